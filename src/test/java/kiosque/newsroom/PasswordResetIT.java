package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password-reset links over real HTTP, e-mailed through a real SMTP server started by the test
 * (GreenMail on a free port): single use, 24 hours, the old sessions ended, clear French refusals.
 */
class PasswordResetIT {

  private static final String NEW_PASSWORD = "un tout nouveau secret";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  TestApp app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private NewsroomClient start(boolean withMail) {
    Map<String, String> env = withMail
        ? Map.of("KIOSQUE_SMTP_HOST", "127.0.0.1", "KIOSQUE_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
            "KIOSQUE_SMTP_FROM", "redaction@example.ma", "KIOSQUE_SMTP_STARTTLS", "false",
            "KIOSQUE_SITE_URL", "https://journal.example.ma")
        : Map.of("KIOSQUE_SITE_URL", "https://journal.example.ma");
    app = TestApp.start(dir, env, clock);
    app.wiring().accountService().create(Actor.operator("test"), "admin@example.ma", "Amina", Role.ADMINISTRATOR,
        NewsroomClient.PASSWORD.toCharArray());
    app.wiring().accountService().create(Actor.operator("test"), "nadia@example.ma", "Nadia", Role.JOURNALIST,
        NewsroomClient.PASSWORD.toCharArray());
    return app.anonymous().login("admin@example.ma");
  }

  private long nadiaId() {
    return app.wiring().accountService().accounts(Actor.operator("test")).stream()
        .filter(a -> a.email().equals("nadia@example.ma")).findFirst().orElseThrow().id();
  }

  /** Issues a link from the accounts page; returns the page shown. */
  private Document issue(NewsroomClient admin) {
    HttpResponse<String> response = admin.submit("/redaction/comptes/" + nadiaId() + "/lien-mot-de-passe", Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    return Jsoup.parse(response.body());
  }

  /** The link's path and query on this server. */
  private static String local(String link) {
    URI uri = URI.create(link);
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private static HttpResponse<String> setPassword(NewsroomClient visitor, String path, String password, String again) {
    Document form = visitor.page(path);
    return visitor.post("/redaction/nouveau-mot-de-passe", Map.of(
        "_csrf", form.selectFirst("input[name=_csrf]").val(),
        "jeton", form.selectFirst("input[name=jeton]").val(),
        "password", password, "again", again));
  }

  @Test
  void theLinkIsEmailedInFrenchAndShownAndWorksOnceAndEndsTheOldSessions() throws Exception {
    NewsroomClient admin = start(true);
    NewsroomClient nadiaBefore = app.anonymous().login("nadia@example.ma");

    Document shown = issue(admin);
    String link = shown.selectFirst(".reset-link input#reset-link").val();
    assertThat(link).startsWith("https://journal.example.ma/redaction/nouveau-mot-de-passe?jeton=");
    assertThat(shown.selectFirst(".reset-link").text()).contains("envoyé par e-mail à nadia@example.ma");

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nadia@example.ma");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("redaction@example.ma");
    assertThat(mail.getSubject()).isEqualTo("Kiosque : choisissez un nouveau mot de passe");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("Bonjour Nadia", "valable 24 heures");
    Matcher mailed = Pattern.compile("https://journal\\.example\\.ma/\\S+").matcher(
        ((String) mail.getContent()));
    assertThat(mailed.find()).isTrue();
    assertThat(mailed.group()).isEqualTo(link);

    NewsroomClient visitor = app.anonymous();
    Document form = visitor.page(local(link));
    assertThat(form.text()).contains("nadia@example.ma");
    assertThat(setPassword(visitor, local(link), NEW_PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(200);

    // The old session is over, the new password opens the newsroom, the old one no longer does.
    assertThat(nadiaBefore.get("/redaction").statusCode()).isEqualTo(302);
    assertThat(app.anonymous().tryLogin("nadia@example.ma", NEW_PASSWORD, "/redaction").statusCode()).isEqualTo(303);
    assertThat(app.anonymous().tryLogin("nadia@example.ma", NewsroomClient.PASSWORD, "/redaction").statusCode())
        .isEqualTo(401);

    // Once used, the link says so.
    HttpResponse<String> again = app.anonymous().get(local(link));
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(Jsoup.parse(again.body()).selectFirst(".error").text()).isEqualTo("Ce lien a déjà servi : un lien ne sert qu’une fois.");
    assertThat(admin.page("/redaction/journal").select("table.audit td.sentence").eachText()).contains(
        "Amina a créé un lien de réinitialisation pour nadia@example.ma",
        "Nadia a choisi un nouveau mot de passe par un lien de réinitialisation");
  }

  @Test
  void aLinkExpiresAfter24Hours() {
    NewsroomClient admin = start(false);
    String link = local(issue(admin).selectFirst("#reset-link").val());

    clock.advance(Duration.ofHours(23).plusMinutes(59));
    assertThat(app.anonymous().get(link).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(1));
    HttpResponse<String> expired = app.anonymous().get(link);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(Jsoup.parse(expired.body()).selectFirst(".error").text())
        .isEqualTo("Ce lien a expiré : il n’est valable que 24 heures.");
  }

  @Test
  void withoutSmtpTheLinkIsShownToCopyAndSaidNotSent() {
    NewsroomClient admin = start(false);
    Document shown = issue(admin);
    assertThat(shown.selectFirst("#reset-link").val()).contains("jeton=");
    assertThat(shown.selectFirst(".reset-link").text()).contains("Aucun serveur d’e-mail n’est configuré");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aFailingMailServerLosesNothingTheLinkIsShown() {
    // The SMTP settings point at a port where nothing listens.
    app = TestApp.start(dir, Map.of("KIOSQUE_SMTP_HOST", "127.0.0.1", "KIOSQUE_SMTP_PORT", "1",
        "KIOSQUE_SMTP_FROM", "redaction@example.ma", "KIOSQUE_SMTP_STARTTLS", "false"), clock);
    app.wiring().accountService().create(Actor.operator("test"), "admin@example.ma", "Amina", Role.ADMINISTRATOR,
        NewsroomClient.PASSWORD.toCharArray());
    app.wiring().accountService().create(Actor.operator("test"), "nadia@example.ma", "Nadia", Role.JOURNALIST,
        NewsroomClient.PASSWORD.toCharArray());
    Document shown = issue(app.anonymous().login("admin@example.ma"));

    assertThat(shown.selectFirst(".reset-link .error").text()).contains("L’envoi de l’e-mail à nadia@example.ma a échoué");
    String link = local(shown.selectFirst("#reset-link").val());
    assertThat(app.anonymous().get(link).statusCode()).isEqualTo(200);
  }

  @Test
  void aForgedTokenAWeakPasswordAndTwoDifferentOnesGetClearFrenchMessages() {
    NewsroomClient admin = start(false);
    HttpResponse<String> forged = app.anonymous().get("/redaction/nouveau-mot-de-passe?jeton=" + "A".repeat(43));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(forged.body()).selectFirst(".error").text()).startsWith("Ce lien de réinitialisation n’est pas valable");

    String link = local(issue(admin).selectFirst("#reset-link").val());
    NewsroomClient visitor = app.anonymous();
    HttpResponse<String> different = setPassword(visitor, link, NEW_PASSWORD, NEW_PASSWORD + "!");
    assertThat(different.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(different.body()).selectFirst(".error").text()).isEqualTo(
        "Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.");
    HttpResponse<String> weak = setPassword(visitor, link, "court", "court");
    assertThat(Jsoup.parse(weak.body()).selectFirst(".error").text()).isEqualTo(
        "Ce mot de passe est trop court : il faut au moins 10 caractères.");
    // Refusals do not use the link up.
    assertThat(setPassword(visitor, link, NEW_PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void thePasswordFormRefusesAPostWithoutItsFormToken() {
    NewsroomClient admin = start(false);
    String link = issue(admin).selectFirst("#reset-link").val();
    String token = link.substring(link.indexOf("jeton=") + 6);
    HttpResponse<String> response = app.anonymous().post("/redaction/nouveau-mot-de-passe",
        Map.of("jeton", token, "password", NEW_PASSWORD, "again", NEW_PASSWORD));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(app.anonymous().tryLogin("nadia@example.ma", NewsroomClient.PASSWORD, "/redaction").statusCode())
        .isEqualTo(303);
  }
}
