package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
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

/** Uploading through the media library form and reading renditions back, over real HTTP. */
class MediaIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient journalist;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    journalist = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static HttpResponse<String> upload(NewsroomClient client, String name, byte[] bytes, String alt, String credit) {
    String boundary = "----kiosque" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "_csrf", client.csrf());
    field(body, boundary, "alt", alt);
    field(body, boundary, "credit", credit);
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/redaction/medias"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
        + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUploadedImageIsInTheLibraryAndItsRenditionsAreCachedForAYearWithoutCookies() {
    HttpResponse<String> response = upload(journalist, "medina.png", Images.png(1500, 1000), "La médina de Fès",
        "S. M. / Kiosque");
    assertThat(response.statusCode()).isEqualTo(303);

    Document library = journalist.page("/redaction/medias");
    String src = library.selectFirst(".media-grid img").attr("src");
    assertThat(library.selectFirst(".media-grid img").attr("alt")).isEqualTo("La médina de Fès");

    HttpResponse<String> card = app.get(src.replace("w320", "w1200"));
    assertThat(card.statusCode()).isEqualTo(200);
    assertThat(card.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(card.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(card.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(app.get(src.replace("w320", "w999")).statusCode()).isEqualTo(404);
  }

  @Test
  void theLeadImagePickedInTheEditorReachesTheReaderPagesSocialCard() {
    upload(journalist, "desert.png", Images.png(1600, 900), "Les dunes de Merzouga", "Kiosque");
    long mediaId = app.wiring().mediaService().latest(1).getFirst().id();
    NewsroomClient editor = app.loggedIn(Role.EDITOR, "lead@example.ma");
    Map<String, String> fields = new java.util.LinkedHashMap<>(EditorIT.fields("Merzouga sous le soleil", "<p>Texte.</p>"));
    fields.put("leadMedia", String.valueOf(mediaId));
    long id = EditorIT.create(editor, fields);
    assertThat(editor.page("/redaction/articles/" + id).selectFirst("select[name=leadMedia] option[selected]").val())
        .isEqualTo(String.valueOf(mediaId));
    EditorIT.move(editor, id, "PUBLISH");

    Document page = app.page(app.pathOf(id));
    assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo("http://localhost:8080/media/" + mediaId + "/w1200.jpg");
    assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("675");
    assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Les dunes de Merzouga");
    // Readers see it above the body, credited, the browser choosing the rendition for its screen.
    var figure = page.selectFirst("article figure.lead");
    assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Les dunes de Merzouga");
    assertThat(figure.selectFirst("img").attr("srcset")).isEqualTo("/media/" + mediaId + "/w320.jpg 320w, /media/"
        + mediaId + "/w640.jpg 640w, /media/" + mediaId + "/w1200.jpg 1200w");
    assertThat(figure.selectFirst("img").attr("src")).isEqualTo("/media/" + mediaId + "/w640.jpg");
    assertThat(figure.selectFirst("img").attr("width")).isEqualTo("1200");
    assertThat(figure.selectFirst("img").attr("height")).isEqualTo("675");
    assertThat(figure.select("figcaption").text()).isEqualTo("Photo : Kiosque");
    assertThat(app.get(figure.selectFirst("img").attr("src")).statusCode()).isEqualTo(200);
    assertThat(page.selectFirst("article figure.lead + div.body")).as("above the body").isNotNull();
    // Feeds look lead images up only for the articles that have one.
    assertThat(app.get("/rss.xml").body())
        .contains("<media:content url=\"http://localhost:8080/media/" + mediaId + "/w");
  }

  @Test
  void aBadFileGetsAClearMessageOnTheForm() {
    HttpResponse<String> response = upload(journalist, "virus.jpg", "MZ not an image".getBytes(StandardCharsets.UTF_8),
        "Une photo", "Kiosque");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(response.body()).selectFirst(".error").text()).contains("n’est pas une image JPEG, PNG ou WebP");
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefused() {
    NewsroomClient forged = app.loggedIn(Role.EDITOR, "editor@example.ma");
    forged.cookies();
    HttpResponse<String> response = upload(new ForgedTokenClient(forged).client(), "a.png", Images.png(400, 300), "a", "b");
    assertThat(response.statusCode()).isEqualTo(403);
  }

  /** The editor's cookies with a token that is not theirs. */
  private record ForgedTokenClient(NewsroomClient source) {
    NewsroomClient client() {
      NewsroomClient copy = app.anonymous();
      copy.cookies().putAll(source.cookies());
      return copy;
    }
  }
}
