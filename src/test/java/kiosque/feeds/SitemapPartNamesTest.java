package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names of a sitemap's files: {@code sujets}, {@code sujets-2} ... and back. */
class SitemapPartNamesTest {

  @Test
  void theFirstPartKeepsTheNameItAlwaysHad() {
    assertThat(SitemapService.partName("sujets", 1)).isEqualTo("sujets");
    assertThat(SitemapService.partName("sujets", 2)).isEqualTo("sujets-2");
    assertThat(SitemapService.partOf("sujets", "sujets")).isEqualTo(1);
    assertThat(SitemapService.partOf("news-2", "news")).isEqualTo(2);
    assertThat(SitemapService.partOf("auteurs-9999", "auteurs")).isEqualTo(9999);
  }

  @Test
  void everyPartNameReadsBackAsItsPart() {
    for (int part = 1; part <= 9999; part++) {
      assertThat(SitemapService.partOf(SitemapService.partName("auteurs", part), "auteurs")).isEqualTo(part);
    }
  }

  @Test
  void otherNamesAreNoPart() {
    // "-1" is the first file's second name, refused so that each file has one address.
    for (String name : new String[] {"sujets-1", "sujets-0", "sujets-02", "sujets-", "sujets-10000", "sujets-x",
        "sujetsx", "news", "auteurs-2", "sujets-2.xml", "sujets--2"}) {
      assertThat(SitemapService.partOf(name, "sujets")).as(name).isZero();
    }
  }
}
