package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article page's validators follow its related lists: when only the stored lists change (the
 * article itself untouched), a conditional request gets the new page, not a 304 that keeps the old
 * lists for as long as a browser or CDN cares to.
 */
class ArticleValidatorsIT {

  @TempDir
  Path dir;
  TestApp app;
  final MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void lastModifiedAndEtagChangeWhenOnlyTheRelatedListsChange() {
    app = TestApp.start(dir, Map.of(), clock);
    long drought = app.publish(water("La sécheresse frappe le Souss : les barrages d'Agadir à 10 %", 2));
    for (int day = 3; day <= 8; day++) {
      app.publish(water("Souss : la sécheresse, jour " + day + ", le barrage Youssef Ben Tachfine baisse", day));
    }
    String path = app.pathOf(drought);
    HttpResponse<String> before = app.get(path);
    String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
    String etag = before.headers().firstValue("ETag").orElseThrow();
    List<String> further = goFurther(before);
    assertThat(further).isNotEmpty();
    assertThat(app.get(path, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
    assertThat(app.get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    Instant articleUpdated = app.wiring().articleStore().findById(drought).orElseThrow().updatedAt();

    // An hour later an editor excludes the first item: the lists are recomputed, the article is not.
    clock.advance(Duration.ofHours(1));
    app.wiring().relatedService().exclude(drought, idOf(before, further.getFirst()));
    app.settle();

    assertThat(app.wiring().articleStore().findById(drought).orElseThrow().updatedAt()).isEqualTo(articleUpdated);
    HttpResponse<String> sinceDate = app.get(path, Map.of("If-Modified-Since", lastModified));
    assertThat(sinceDate.statusCode()).isEqualTo(200);
    assertThat(goFurther(sinceDate)).doesNotContain(further.getFirst());
    String newLastModified = sinceDate.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(httpDate(newLastModified)).isAfter(httpDate(lastModified));
    assertThat(sinceDate.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    assertThat(app.get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);
    assertThat(app.get(path, Map.of("If-Modified-Since", newLastModified)).statusCode()).isEqualTo(304);
  }

  @Test
  void aRecomputationThatChangesNothingKeepsLastModified() {
    app = TestApp.start(dir, Map.of(), clock);
    long drought = app.publish(water("La sécheresse frappe le Souss : les barrages d'Agadir à 10 %", 2));
    for (int day = 3; day <= 8; day++) {
      app.publish(water("Souss : la sécheresse, jour " + day + ", le barrage Youssef Ben Tachfine baisse", day));
    }
    String path = app.pathOf(drought);
    HttpResponse<String> before = app.get(path);
    String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();

    // The daily refresh recomputes every list: the same items must not make the page look new.
    clock.advance(Duration.ofDays(1));
    app.wiring().relatedService().refresh(drought);

    assertThat(app.wiring().relatedService().computedAt(drought)).contains(clock.instant());
    HttpResponse<String> after = app.get(path, Map.of("If-Modified-Since", lastModified));
    assertThat(after.statusCode()).isEqualTo(304);
  }

  private static ArticleDrafts water(String title, int day) {
    return article().title(title).section("Maroc").topics("Eau", "Agriculture")
        .publishedAt("2021-03-%02dT09:00:00Z".formatted(day))
        .body("<p>Le barrage Youssef Ben Tachfine ne retient plus que 10 % de sa capacité. Les agriculteurs du "
            + "Souss réclament de l'eau pour irriguer les orangers ; l'ONEP coupe l'eau la nuit à Agadir.</p>");
  }

  private static List<String> goFurther(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).select("section.go-further li h3 a").eachAttr("href");
  }

  private static long idOf(HttpResponse<String> page, String href) {
    return Long.parseLong(href.substring(href.lastIndexOf('-') + 1));
  }

  private static Instant httpDate(String value) {
    return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
