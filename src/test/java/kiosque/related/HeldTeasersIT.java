package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.media.MediaEdit;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.Images;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The related lists' teasers are held in memory on the reader site ({@code content.TeaserCache}): a
 * listed article's new headline, its lead image's new text and its withdrawal are on the page that
 * lists it as soon as the node's followers have run, over real HTTP. The page cache is off here, so
 * every page is rendered again and only the teasers held could be stale.
 */
class HeldTeasersIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static long drought;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of("KIOSQUE_CACHE_MB", "0"));
    drought = app.publish(RelatedArticlesIT.water(RelatedArticlesIT.DROUGHT, "2021-03-02T09:00:00Z",
        "Le barrage Youssef Ben Tachfine ne retient plus que 10 % de sa capacité. Les agriculteurs du Souss "
            + "réclament une aide de l'Office national de l'eau potable (ONEP) pour irriguer les orangers."));
    app.publish(RelatedArticlesIT.water("Souss : les orangers meurent faute d'irrigation", "2021-04-11T09:00:00Z",
        "Faute d'eau, les orangers du Souss sèchent sur pied. Les agriculteurs accusent la sécheresse et le "
            + "barrage Youssef Ben Tachfine presque vide."));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Document page() {
    return app.page(app.pathOf(drought));
  }

  private static List<String> listed() {
    return page().select("section.go-further li h3, section.recommended li h3").eachText();
  }

  @Test
  void aListedArticlesNewHeadlineImageTextAndWithdrawalAreOnThePageOnceTheFollowersHaveRun() {
    String before = "Souss : le barrage Youssef Ben Tachfine à sec, l'ONEP rationne Agadir";
    String after = "Souss : le barrage Youssef Ben Tachfine vide, l'ONEP rationne l'eau d'Agadir la nuit";
    ArticleDrafts dam = RelatedArticlesIT.water(before, "2021-03-03T09:00:00Z", "Le barrage Youssef Ben Tachfine est "
        + "à sec. L'ONEP rationne l'eau potable d'Agadir ; les agriculteurs du Souss et leurs orangers souffrent de "
        + "la sécheresse.");
    long damId = app.publish(dam);
    Media photo = app.wiring().mediaService().importImage(Actor.operator("test"), "barrage.jpg",
        new ByteArrayInputStream(Images.jpeg(1200, 800)), "Le barrage à sec", "Agence");
    app.wiring().articleService().setLeadImageIfNone(damId, photo.id());
    app.settle();
    assertThat(listed()).as("read once, held from now on").contains(before);
    assertThat(page().select("section.related img.teaser-image").eachAttr("alt")).contains("Le barrage à sec");

    app.save(dam.title(after).build());
    assertThat(listed()).contains(after).doesNotContain(before);

    Actor editor = new Actor(app.account(Role.EDITOR, "salma@example.ma"), "127.0.0.1");
    app.wiring().mediaService().edit(editor, photo.id(),
        new MediaEdit("Le lit du barrage, craquelé", "Agence", "", 0.5, 0.5));
    app.settle();
    assertThat(page().select("section.related img.teaser-image").eachAttr("alt"))
        .contains("Le lit du barrage, craquelé").doesNotContain("Le barrage à sec");

    app.save(dam.status(ArticleStatus.UNPUBLISHED).build());
    assertThat(listed()).doesNotContain(after, before);
  }
}
