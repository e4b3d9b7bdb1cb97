package kiosque.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for newsroom tests: keeps the cookies the server sets, reads the
 * CSRF token from pages and posts forms over real HTTP. Redirects are not followed, so tests see them.
 */
public final class NewsroomClient {

  public static final String PASSWORD = "un mot de passe de test";

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final Runnable settle;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf = "";

  /**
   * @param settle run after every request that may change content, before the test reads again:
   *     the app's followers (page cache, search, related lists) apply the change first, as they
   *     would within a second in production.
   */
  public NewsroomClient(int port, Runnable settle) {
    this.base = "http://localhost:" + port;
    this.settle = settle;
  }

  /** Logs in and reads the session's CSRF token from the dashboard; fails the test if it does not work. */
  public NewsroomClient login(String email) {
    HttpResponse<String> response = tryLogin(email, PASSWORD, "/redaction");
    if (response.statusCode() != 303) {
      throw new AssertionError("login of " + email + " answered " + response.statusCode());
    }
    refreshCsrf();
    return this;
  }

  public HttpResponse<String> tryLogin(String email, String password, String next) {
    Document form = Jsoup.parse(get("/redaction/connexion").body());
    Element token = form.selectFirst("input[name=_csrf]");
    return post("/redaction/connexion", Map.of("_csrf", token == null ? "" : token.val(), "email", email,
        "password", password, "suite", next));
  }

  public void refreshCsrf() {
    Element token = Jsoup.parse(get("/redaction").body()).selectFirst("input[name=_csrf]");
    csrf = token == null ? "" : token.val();
  }

  public String csrf() {
    return csrf;
  }

  public Map<String, String> cookies() {
    return cookies;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** GETs a page that must answer 200, and parses it. */
  public Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + "\n" + response.body());
    }
    return Jsoup.parse(response.body(), base + path);
  }

  /** POSTs a form with the session's CSRF token added. */
  public HttpResponse<String> submit(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", csrf);
    return post(path, all);
  }

  public HttpResponse<String> submit(String path, List<Map.Entry<String, String>> fields) {
    StringBuilder body = new StringBuilder("_csrf=" + enc(csrf));
    fields.forEach(e -> body.append('&').append(enc(e.getKey())).append('=').append(enc(e.getValue())));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** POSTs exactly these fields (no token added): for CSRF refusal tests. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpRequest built = request.build();
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      if (!built.method().equals("GET")) {
        settle.run();
      }
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || header.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
