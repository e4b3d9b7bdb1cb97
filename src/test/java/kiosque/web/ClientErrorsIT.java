package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What a stranger's broken request gets, sent by hand over a socket as a broken client or a
 * scanner would: a truncated or malformed body is the client's fault (400, or 413 when too large),
 * a method a page does not take is 405 with the methods it does; each answer is the site's error
 * page, and nothing reaches the log at ERROR or with a stack trace.
 */
class ClientErrorsIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static String session;
  static String articlePath;
  static final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    articlePath = app.pathOf(app.publish(kiosque.testsupport.ArticleDrafts.article().title("Le Raja gagne le derby")
        .section("Sport").body("<p>Le Raja l'emporte.</p>")));
    NewsroomClient editor = app.loggedIn(Role.EDITOR, "redaction@example.ma");
    session = editor.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .reduce((a, b) -> a + "; " + b).orElseThrow();
    logged.start();
    root().addAppender(logged);
  }

  @AfterAll
  static void stop() {
    root().detachAppender(logged);
    app.close();
  }

  @BeforeEach
  void forgetLog() {
    synchronized (logged.list) {
      logged.list.clear();
    }
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /**
   * One exchange: the request as bytes, the output half-closed (an early EOF), the whole answer
   * read. A server refusing a body too large may answer and close before the client has sent it
   * all (a broken pipe on this side, as a browser would meet): what it answered is read all the same.
   */
  private static Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      SocketException cutShort = null;
      try {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        socket.shutdownOutput();
      } catch (SocketException e) {
        cutShort = e;
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        in.transferTo(all);
      } catch (SocketException e) {
        // Reset after its answer: what came before the reset is the answer.
        if (all.size() == 0) {
          if (cutShort != null) {
            e.addSuppressed(cutShort);
          }
          throw e;
        }
      }
      if (all.size() == 0 && cutShort != null) {
        throw cutShort;
      }
      return Answer.parse(all.toString(StandardCharsets.UTF_8));
    }
  }

  private static Answer send(String head, String body) throws IOException {
    return send(head, body.getBytes(StandardCharsets.UTF_8));
  }

  record Answer(int status, String headers, String body) {
    static Answer parse(String raw) {
      int end = raw.indexOf("\r\n\r\n");
      String headers = end < 0 ? raw : raw.substring(0, end);
      String body = end < 0 ? "" : raw.substring(end + 4);
      return new Answer(Integer.parseInt(headers.substring(9, 12)), headers, body);
    }

    String header(String name) {
      return headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
    }
  }

  private static String post(String path, String contentType, String lengthOrChunked, String extra) {
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
        + "\r\n" + lengthOrChunked + extra + "\r\n";
  }

  private static void assertErrorPage(Answer answer, int status, String heading) {
    assertThat(answer.status()).as(answer.headers()).isEqualTo(status);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.select("section.error h1").text()).as(answer.body()).contains(heading);
    assertThat(answer.body()).doesNotContain("Exception", "at org.eclipse", "at kiosque.");
    assertThat(answer.header("Content-Type")).startsWith("text/html");
  }

  private static void assertQuietLog() {
    List<ILoggingEvent> events;
    synchronized (logged.list) {
      events = List.copyOf(logged.list);
    }
    assertThat(events).as("logged above INFO or with a stack trace")
        .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN) || e.getThrowableProxy() != null);
  }

  @Test
  void aLoginFormCutShortOfItsContentLengthIsABadRequest() throws IOException {
    Answer answer = send(post("/redaction/connexion", "application/x-www-form-urlencoded", "Content-Length: 100\r\n",
        ""), "email=a");

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void aBrokenChunkedBodyIsABadRequest() throws IOException {
    Answer answer = send(post("/redaction/connexion", "application/x-www-form-urlencoded",
        "Transfer-Encoding: chunked\r\n", ""), "7\r\nemail=a\r\nzz\r\nnot a chunk");

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void aChunkedBodyThatStopsMidwayIsABadRequest() throws IOException {
    Answer answer = send(post("/redaction/connexion", "application/x-www-form-urlencoded",
        "Transfer-Encoding: chunked\r\n", ""), "40\r\nemail=a");

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void aBadPercentEscapeInAFormIsABadRequest() throws IOException {
    String body = "email=%zz&password=%";
    Answer answer = send(post("/redaction/connexion", "application/x-www-form-urlencoded",
        "Content-Length: " + body.length() + "\r\n", ""), body);

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void aBadPercentEscapeInTheQueryIsABadRequest() throws IOException {
    Answer answer = send("GET /recherche?q=%E9%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "");

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void aMalformedUploadIsABadRequest() throws IOException {
    String body = "--frontiere\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\nnot the end of the part";
    Answer answer = send(post("/redaction/medias", "multipart/form-data; boundary=frontiere",
        "Content-Length: " + body.length() + "\r\n", "Cookie: " + session + "\r\n"), body);

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void anUploadWithoutABoundaryIsABadRequest() throws IOException {
    String body = "whatever";
    Answer answer = send(post("/redaction/medias", "multipart/form-data",
        "Content-Length: " + body.length() + "\r\n", "Cookie: " + session + "\r\n"), body);

    assertErrorPage(answer, 400, "Demande incorrecte");
    assertQuietLog();
  }

  @Test
  void anOverLargeFormIsRefusedAsTooLarge() throws IOException {
    // The server answers from the declared length, before reading: only the start is sent.
    Answer answer = send(post("/redaction/connexion", "application/x-www-form-urlencoded",
        "Content-Length: " + 2 * 1024 * 1024 + "\r\n", ""), "email=" + "a".repeat(1000));

    assertErrorPage(answer, 413, "Demande trop volumineuse");
    assertQuietLog();
  }

  @Test
  void anOverLargeFormSentWithoutALengthIsRefusedAsTooLarge() throws IOException {
    String chunk = "a".repeat(64 * 1024);
    StringBuilder body = new StringBuilder(Integer.toHexString(6) + "\r\nemail=\r\n");
    for (int i = 0; i < 20; i++) {
      body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    body.append("0\r\n\r\n");
    Answer answer = send(post("/redaction/connexion", "application/x-www-form-urlencoded",
        "Transfer-Encoding: chunked\r\n", ""), body.toString());

    assertErrorPage(answer, 413, "Demande trop volumineuse");
    assertQuietLog();
  }

  @Test
  void anOverLargeUploadIsRefusedAsTooLarge() throws IOException {
    long declared = (WebServer.UPLOAD_LIMIT_MB + 2) * 1024L * 1024L;
    Answer answer = send(post("/redaction/medias", "multipart/form-data; boundary=frontiere",
        "Content-Length: " + declared + "\r\n", "Cookie: " + session + "\r\n"),
        "--frontiere\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n");

    assertErrorPage(answer, 413, "Demande trop volumineuse");
    assertQuietLog();
  }

  @Test
  void aMethodAReaderPageDoesNotTakeIs405WithTheMethodsItDoes() throws IOException {
    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      for (String path : List.of("/", articlePath)) {
        Answer answer = send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + "Content-Length: 0\r\n\r\n", "");

        assertErrorPage(answer, 405, "Méthode non autorisée");
        assertThat(answer.header("Allow")).as(method + " " + path).contains("GET", "HEAD").doesNotContain(method);
      }
    }
    assertQuietLog();
  }
}
