package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosque.Wiring;
import kiosque.content.ArticleExtras;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Yoast's SEO title and description of a WordPress post become the article's (issue 13). */
class WxrYoastFieldsTest {

  @TempDir
  Path dir;

  @Test
  void aPostsOwnYoastTitleAndDescriptionAreKeptAndTemplatesAreNot() throws IOException {
    String wxr;
    try (InputStream in = getClass().getResourceAsStream("/imports/wxr/lequotidien.xml")) {
      wxr = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String thumbnail = "<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>";
    int at = wxr.indexOf("<wp:postmeta>\n\t\t\t" + thumbnail);
    assertThat(at).as("the fixture's post 101 has a thumbnail").isPositive();
    String withYoast = wxr.substring(0, at)
        + meta("_yoast_wpseo_title", "Barrages : le taux de remplissage &amp; la sécheresse")
        + meta("_yoast_wpseo_metadesc", "Les grands barrages ne sont remplis qu’à 36 % à la mi-janvier.")
        + wxr.substring(at);

    try (Wiring wiring = TestDatabases.wiring(dir)) {
      ImportReport report = new WxrImporter(wiring.articleService(), wiring.archivePaths())
          .importStream(new ByteArrayInputStream(withYoast.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
      assertThat(report.errors()).isEmpty();

      assertThat(extras(wiring, "wp-lequotidien-atlas.ma-101")).isEqualTo(new ArticleExtras(null,
          "Barrages : le taux de remplissage & la sécheresse",
          "Les grands barrages ne sont remplis qu’à 36 % à la mi-janvier.", null, null, null, null));
    }
  }

  @Test
  void aYoastTemplateIsNoTitle() throws IOException {
    String wxr;
    try (InputStream in = getClass().getResourceAsStream("/imports/wxr/lequotidien.xml")) {
      wxr = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int at = wxr.indexOf("<wp:postmeta>\n\t\t\t<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>");
    String withTemplate = wxr.substring(0, at) + meta("_yoast_wpseo_title", "%%title%% %%sep%% %%sitename%%")
        + wxr.substring(at);

    try (Wiring wiring = TestDatabases.wiring(dir)) {
      new WxrImporter(wiring.articleService(), wiring.archivePaths())
          .importStream(new ByteArrayInputStream(withTemplate.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);

      assertThat(extras(wiring, "wp-lequotidien-atlas.ma-101").seoTitle()).isNull();
    }
  }

  private static String meta(String key, String value) {
    return "<wp:postmeta>\n\t\t\t<wp:meta_key><![CDATA[" + key + "]]></wp:meta_key>\n\t\t\t<wp:meta_value><![CDATA["
        + value + "]]></wp:meta_value>\n\t\t</wp:postmeta>\n\t\t";
  }

  private static ArticleExtras extras(Wiring wiring, String externalId) {
    long id = wiring.database().jdbi().withHandle(h -> wiring.articleStore().findByExternalId(h, externalId))
        .orElseThrow().id();
    return wiring.articleStore().findById(id).orElseThrow().extras();
  }
}
