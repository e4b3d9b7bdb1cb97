package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in and out over real HTTP: cookies, session renewal, CSRF, redirects, headers. */
class NewsroomAccessIT {

  @TempDir
  static Path dir;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    app.account(Role.ADMINISTRATOR, "admin@example.ma");
    app.account(Role.JOURNALIST, "nadia@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPageWithTheirDestination() {
    HttpResponse<String> response = app.anonymous().get("/redaction/journal");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue("/redaction/connexion?suite=%2Fredaction%2Fjournal");
  }

  @Test
  void loginSetsAnHttpOnlyLaxSessionCookieScopedToTheNewsroomAndGoesToTheLocalDestination() {
    NewsroomClient client = app.anonymous();
    HttpResponse<String> response = client.tryLogin("admin@example.ma", NewsroomClient.PASSWORD, "/redaction/journal");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/redaction/journal");
    String cookie = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("kiosque_session=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/redaction").doesNotContain("Secure");
    assertThat(client.get("/redaction/journal").statusCode()).isEqualTo(200);
  }

  @Test
  void theSessionCookieIsSecureWhenTheSiteIsServedOverHttps() {
    try (TestApp https = TestApp.start(dir.resolve("https"), Map.of("KIOSQUE_SITE_URL", "https://www.example.ma"))) {
      https.account(Role.EDITOR, "secure@example.ma");
      HttpResponse<String> response = https.anonymous().tryLogin("secure@example.ma", NewsroomClient.PASSWORD, "/redaction");

      assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("kiosque_session="))
          .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
    }
  }

  @Test
  void afterLoginOnlyLocalPathsAreFollowed() {
    for (String hostile : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
      HttpResponse<String> response = app.anonymous().tryLogin("admin@example.ma", NewsroomClient.PASSWORD, hostile);
      assertThat(response.headers().firstValue("Location")).as(hostile).hasValue("/redaction");
    }
  }

  @Test
  void aTabBetweenTwoSlashesDoesNotLeadOffTheSiteAfterLogin() {
    NewsroomClient client = app.anonymous();
    String form = client.get("/redaction/connexion?suite=/%09/evil.com").body();
    assertThat(Jsoup.parse(form).selectFirst("input[name=suite]").val()).isEqualTo("/redaction");

    HttpResponse<String> response = client.tryLogin("admin@example.ma", NewsroomClient.PASSWORD, "/\t/evil.com");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/redaction");
  }

  @Test
  void theSessionIdIsRenewedAtLogin() {
    NewsroomClient client = app.anonymous().login("admin@example.ma");
    String before = client.cookies().get("kiosque_session");

    client.tryLogin("nadia@example.ma", NewsroomClient.PASSWORD, "/redaction");
    String after = client.cookies().get("kiosque_session");

    assertThat(after).isNotEqualTo(before);
    assertThat(app.wiring().sessions().find(before)).isEmpty();
  }

  @Test
  void aWrongPasswordIsRefusedWithTheSameWordsAsAnUnknownAddress() {
    HttpResponse<String> wrong = app.anonymous().tryLogin("nadia@example.ma", "pas le bon mot de passe", "/redaction");
    HttpResponse<String> unknown = app.anonymous().tryLogin("personne@example.ma", "pas le bon mot de passe", "/redaction");

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Jsoup.parse(wrong.body()).selectFirst(".error").text()).isEqualTo("Adresse ou mot de passe incorrect.")
        .isEqualTo(Jsoup.parse(unknown.body()).selectFirst(".error").text());
  }

  @Test
  void aLoginWithoutTheFormsTokenIsRefused() {
    HttpResponse<String> response = app.anonymous().post("/redaction/connexion",
        Map.of("email", "admin@example.ma", "password", NewsroomClient.PASSWORD));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("kiosque_session="));
  }

  @Test
  void aStateChangeWithoutTheSessionsCsrfTokenIsRefused() {
    NewsroomClient client = app.anonymous().login("admin@example.ma");

    HttpResponse<String> missing = client.post("/redaction/deconnexion", Map.of());
    HttpResponse<String> wrong = client.post("/redaction/deconnexion", Map.of("_csrf", "x".repeat(43)));

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(client.get("/redaction").statusCode()).isEqualTo(200);
  }

  @Test
  void logoutEndsThisSessionAndLogoutEverywhereEndsAllOfThem() {
    NewsroomClient phone = app.anonymous().login("nadia@example.ma");
    NewsroomClient laptop = app.anonymous().login("nadia@example.ma");
    NewsroomClient tablet = app.anonymous().login("nadia@example.ma");

    assertThat(phone.submit("/redaction/deconnexion", Map.of()).statusCode()).isEqualTo(303);
    assertThat(phone.get("/redaction").statusCode()).isEqualTo(302);
    assertThat(tablet.get("/redaction").statusCode()).isEqualTo(200);

    assertThat(laptop.submit("/redaction/deconnexion-partout", Map.of()).statusCode()).isEqualTo(303);
    assertThat(laptop.get("/redaction").statusCode()).isEqualTo(302);
    assertThat(tablet.get("/redaction").statusCode()).isEqualTo(302);
  }

  @Test
  void newsroomPagesAreNeverStoredAndTheReaderSiteSetsNoCookie() {
    NewsroomClient client = app.anonymous();

    assertThat(client.get("/redaction/connexion").headers().firstValue("Cache-Control")).hasValue("private, no-store");
    HttpResponse<String> home = client.get("/");
    assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(home.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
  }

  @Test
  void administratorsManageAccountsFromTheBrowserAndSeeItInTheAuditLog() {
    NewsroomClient admin = app.anonymous().login("admin@example.ma");

    HttpResponse<String> created = admin.submit("/redaction/comptes", Map.of("email", "karim@example.ma",
        "name", "Karim B.", "role", "contributor", "password", NewsroomClient.PASSWORD));
    assertThat(created.statusCode()).isEqualTo(303);
    NewsroomClient karim = app.anonymous().login("karim@example.ma");
    long karimId = app.wiring().accountService().accounts(kiosque.newsroom.accounts.Actor.operator("test")).stream()
        .filter(a -> a.email().equals("karim@example.ma")).findFirst().orElseThrow().id();

    assertThat(admin.submit("/redaction/comptes/" + karimId + "/desactiver", Map.of()).statusCode()).isEqualTo(303);
    assertThat(karim.get("/redaction").statusCode()).isEqualTo(302);
    assertThat(karim.tryLogin("karim@example.ma", NewsroomClient.PASSWORD, "/redaction").statusCode()).isEqualTo(401);

    var log = admin.page("/redaction/journal").select("table.audit tbody tr td:nth-child(3)").eachText();
    assertThat(log).contains("account.create", "account.disable", "login");
  }

  @Test
  void aWeakPasswordIsRefusedOnTheFormWithAClearMessage() {
    NewsroomClient admin = app.anonymous().login("admin@example.ma");

    HttpResponse<String> response = admin.submit("/redaction/comptes", Map.of("email", "court@example.ma",
        "role", "journalist", "password", "court"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(response.body()).selectFirst(".error").text()).isEqualTo("Le mot de passe doit compter au moins 10 caractères.");
  }
}
