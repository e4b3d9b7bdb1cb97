package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Images;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media library over real HTTP: search, the picker's JSON, edits, the focal point's crops, deletion. */
class MediaLibraryIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient editor;
  static NewsroomClient journalist;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    editor = app.loggedIn(Role.EDITOR, "salma@example.ma");
    journalist = app.loggedIn(Role.JOURNALIST, "karim@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static long upload(NewsroomClient client, String name, byte[] bytes, String alt, String credit) {
    HttpResponse<String> response = multipart(client, "/redaction/medias", name, bytes, alt, credit);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    String location = response.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll("^/redaction/medias/(\\d+).*$", "$1"));
  }

  static long publishedWithLead(String title, long mediaId) {
    Map<String, String> fields = new LinkedHashMap<>(EditorIT.fields(title, "<p>Texte.</p>"));
    fields.put("leadMedia", String.valueOf(mediaId));
    long id = EditorIT.create(editor, fields);
    EditorIT.move(editor, id, "PUBLISH");
    app.settle();
    return id;
  }

  static Map<String, String> edit(String alt, String credit, String caption, String x, String y) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("alt", alt);
    fields.put("credit", credit);
    fields.put("caption", caption);
    fields.put("focalX", x);
    fields.put("focalY", y);
    return fields;
  }

  static byte[] bytes(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  static HttpResponse<String> uploadJson(NewsroomClient client, String name, byte[] bytes, String alt) {
    return multipart(client, "/redaction/medias.json", name, bytes, alt, "Kiosque");
  }

  /** An upload as a browser sends it: the form's fields, then the file. */
  static HttpResponse<String> multipart(NewsroomClient client, String path, String name, byte[] bytes, String alt,
      String credit) {
    String boundary = "----kiosque" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var field : Map.of("_csrf", client.csrf(), "alt", alt, "credit", credit).entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  @Test
  void theGridAndThePickerFindAnImageByAWordOfItsAltTextWithoutAccentsOrCase() throws IOException {
    long id = upload(journalist, "IMG_7781.png", Images.png(800, 600), "Le souk de Marrakech à l’aube", "N. A.");

    Document grid = journalist.page("/redaction/medias?q=MARRAKECH+aube");
    assertThat(grid.select(".media-grid img")).extracting(e -> e.attr("alt"))
        .containsExactly("Le souk de Marrakech à l’aube");
    assertThat(grid.selectFirst(".media-grid img").attr("loading")).isEqualTo("lazy");
    assertThat(grid.selectFirst(".media-grid img").attr("src")).isEqualTo("/media/" + id + "/w320.jpg");
    assertThat(journalist.page("/redaction/medias?q=img_7781").select(".media-grid img")).hasSize(1);
    assertThat(journalist.page("/redaction/medias?q=casablanca").select(".media-grid img")).isEmpty();

    HttpResponse<String> found = journalist.get("/redaction/medias.json?q=marrakech");
    assertThat(found.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode item = json.readTree(found.body()).path("items").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(id);
    assertThat(item.path("src").asText()).isEqualTo("/media/" + id + "/w640.jpg");
    assertThat(item.path("width").asInt()).isEqualTo(640);
    assertThat(item.path("height").asInt()).isEqualTo(480);
    assertThat(item.path("alt").asText()).isEqualTo("Le souk de Marrakech à l’aube");
    assertThat(item.path("credit").asText()).isEqualTo("N. A.");
    assertThat(item.has("caption")).isTrue();
    assertThat(app.anonymous().get("/redaction/medias.json?q=marrakech").statusCode())
        .as("the library is for the newsroom only").isEqualTo(302);
  }

  @Test
  void thePickerUploadsAndAnswersTheImageOrAFrenchRefusal() throws IOException {
    HttpResponse<String> stored = uploadJson(journalist, "oasis.jpg", Images.jpeg(900, 600), "Une oasis");
    assertThat(stored.statusCode()).isEqualTo(201);
    JsonNode image = json.readTree(stored.body());
    assertThat(image.path("alt").asText()).isEqualTo("Une oasis");
    assertThat(app.get(image.path("src").asText()).statusCode()).isEqualTo(200);

    HttpResponse<String> refused = uploadJson(journalist, "notes.jpg", "pas une image".getBytes(StandardCharsets.UTF_8),
        "Des notes");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).path("error").asText()).contains("n’est pas une image");
    HttpResponse<String> noAlt = uploadJson(journalist, "oasis.jpg", Images.jpeg(900, 600), " ");
    assertThat(json.readTree(noAlt.body()).path("error").asText()).contains("texte alternatif");
  }

  @Test
  void editingTheTextsOfAnImageChangesTheArticlePagesThatShowIt() {
    long mediaId = upload(journalist, "pont.png", Images.png(1300, 800), "Un pont", "K. B.");
    long article = publishedWithLead("Le nouveau pont de Rabat", mediaId);
    Document before = app.page(app.pathOf(article));
    assertThat(before.selectFirst("article figure.lead img").attr("alt")).isEqualTo("Un pont");

    HttpResponse<String> saved = journalist.submit("/redaction/medias/" + mediaId,
        edit("Le pont Mohammed VI au-dessus du Bouregreg", "K. B. / Kiosque", "Inauguré en 2016.", "0.5", "0.5"));
    assertThat(saved.statusCode()).isEqualTo(303);
    app.settle();

    Document after = app.page(app.pathOf(article));
    assertThat(after.selectFirst("article figure.lead img").attr("alt"))
        .isEqualTo("Le pont Mohammed VI au-dessus du Bouregreg");
    assertThat(after.selectFirst("meta[property=og:image:alt]").attr("content"))
        .isEqualTo("Le pont Mohammed VI au-dessus du Bouregreg");
    assertThat(after.select("article figure.lead figcaption").text()).contains("K. B. / Kiosque");
    Document page = journalist.page("/redaction/medias/" + mediaId);
    assertThat(page.selectFirst("textarea[name=caption]").text()).isEqualTo("Inauguré en 2016.");
    assertThat(page.select(".media-uses a")).extracting(e -> e.attr("href"))
        .containsExactly("/redaction/articles/" + article);
  }

  @Test
  void theFocalPointMovesTheCropsAndThePagesPointAtTheNewOnes() throws Exception {
    // Left half red, right half near black: a square crop shows mostly one or the other.
    long mediaId = upload(journalist, "moitie.png", Images.png(1600, 900), "Deux couleurs", "Kiosque");
    long article = publishedWithLead("Un article en deux couleurs", mediaId);

    journalist.submit("/redaction/medias/" + mediaId, edit("Deux couleurs", "Kiosque", "", "0", "0.5"));
    app.settle();
    String leftSquare = squareCrop(article);
    BufferedImage left = ImageIO.read(new ByteArrayInputStream(bytes(leftSquare)));
    assertThat(left.getWidth()).isEqualTo(900);
    assertThat(left.getHeight()).isEqualTo(900);
    assertThat(red(left.getRGB(450, 450))).as("the left (red) side is kept").isGreaterThan(150);

    HttpResponse<String> moved = journalist.submit("/redaction/medias/" + mediaId,
        edit("Deux couleurs", "Kiosque", "", "1,0", "0.5"));
    assertThat(moved.statusCode()).isEqualTo(303);
    app.settle();
    String rightSquare = squareCrop(article);
    assertThat(rightSquare).as("a new address: the old bytes stay cached elsewhere for a year").isNotEqualTo(leftSquare);
    BufferedImage right = ImageIO.read(new ByteArrayInputStream(bytes(rightSquare)));
    assertThat(red(right.getRGB(450, 450))).as("the right (dark) side is kept").isLessThan(60);
    assertThat(app.get(leftSquare).statusCode()).isEqualTo(404);
    assertThat(journalist.page("/redaction/medias/" + mediaId).select(".media-crops img")).extracting(e -> e.attr("src"))
        .contains(rightSquare);
  }

  /** The 1x1 crop the article page's structured data lists for its lead image. */
  private static String squareCrop(long article) throws IOException {
    String data = app.page(app.pathOf(article)).select("script[type=application/ld+json]").stream()
        .map(e -> e.data()).filter(d -> d.contains("NewsArticle")).findFirst().orElseThrow();
    String url = json.readTree(data).path("image").get(0).asText();
    assertThat(url).contains("-1x1.jpg");
    return URI.create(url).getPath();
  }

  private static int red(int rgb) {
    return (rgb >> 16) & 0xff;
  }

  @Test
  void anImageAnArticleShowsIsNotDeletedAndThePageSaysWhichArticle() {
    long mediaId = upload(journalist, "phare.png", Images.png(800, 600), "Le phare", "Kiosque");
    long article = publishedWithLead("Le phare du cap Spartel", mediaId);

    HttpResponse<String> refused = editor.submit("/redaction/medias/" + mediaId + "/supprimer", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error").text()).contains("n’a pas été supprimée");
    assertThat(page.select(".error a")).extracting(e -> e.attr("href"), e -> e.text())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/redaction/articles/" + article, "Le phare du cap Spartel"));
    assertThat(app.get("/media/" + mediaId + "/w640.jpg").statusCode()).isEqualTo(200);
  }

  @Test
  void anUnusedImageIsDeletedWithAllItsFiles() {
    long mediaId = upload(journalist, "double.png", Images.png(800, 600), "Un doublon", "Kiosque");
    String crop = journalist.page("/redaction/medias/" + mediaId).selectFirst(".media-crops img").attr("src");

    HttpResponse<String> deleted = journalist.submit("/redaction/medias/" + mediaId + "/supprimer", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location").orElseThrow()).startsWith("/redaction/medias?note=media-deleted");
    for (String path : List.of("/media/" + mediaId + "/w320.jpg", "/media/" + mediaId + "/w1200.jpg", crop)) {
      assertThat(app.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(journalist.get("/redaction/medias/" + mediaId).statusCode()).isEqualTo(404);
  }

  @Test
  void badInputGetsAClearFrenchMessageAndLosesNothing() {
    long mediaId = upload(editor, "dune.png", Images.png(800, 600), "Une dune", "Kiosque");

    HttpResponse<String> outOfRange = editor.submit("/redaction/medias/" + mediaId,
        edit("Une dune de l’erg Chebbi", "Kiosque", "", "1.5", "0.5"));
    assertThat(outOfRange.statusCode()).isEqualTo(400);
    Document form = Jsoup.parse(outOfRange.body());
    assertThat(form.selectFirst(".error").text()).contains("entre 0 et 1");
    assertThat(form.selectFirst("textarea[name=alt]").text()).as("what was typed comes back")
        .isEqualTo("Une dune de l’erg Chebbi");
    assertThat(form.selectFirst("input[name=focalX]").val()).isEqualTo("1.5");
    assertThat(Jsoup.parse(editor.submit("/redaction/medias/" + mediaId, edit("Une dune", "Kiosque", "", "à gauche", ""))
        .body()).selectFirst(".error").text()).contains("un nombre entre 0 et 1");
    assertThat(editor.page("/redaction/medias/" + mediaId).selectFirst("textarea[name=alt]").text())
        .isEqualTo("Une dune");

    assertThat(editor.get("/redaction/medias/987654").statusCode()).isEqualTo(404);
    assertThat(editor.get("/redaction/medias/dune").statusCode()).isEqualTo(404);
    assertThat(editor.submit("/redaction/medias/987654/supprimer", Map.of()).statusCode()).isEqualTo(404);
    // A forged deletion: no CSRF token, or someone else's image for a journalist.
    assertThat(editor.post("/redaction/medias/" + mediaId + "/supprimer", Map.of()).statusCode()).isEqualTo(403);
    assertThat(journalist.submit("/redaction/medias/" + mediaId + "/supprimer", Map.of()).statusCode()).isEqualTo(403);
    assertThat(app.get("/media/" + mediaId + "/w320.jpg").statusCode()).isEqualTo(200);

    // The editor's form refuses a lead image that does not exist, keeping the article.
    Map<String, String> fields = new LinkedHashMap<>(EditorIT.fields("Une image qui n’existe pas", "<p>Texte.</p>"));
    fields.put("leadMedia", "987654");
    HttpResponse<String> missing = editor.submit("/redaction/articles", fields);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(missing.body()).selectFirst("input[name=title]").val()).isEqualTo("Une image qui n’existe pas");
  }
}
