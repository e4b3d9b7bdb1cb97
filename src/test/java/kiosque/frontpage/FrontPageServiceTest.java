package kiosque.frontpage;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.changes.ChangeKind;
import kiosque.content.ArticleStatus;
import kiosque.content.Section;
import kiosque.content.Teaser;
import kiosque.errors.BadRequestException;
import kiosque.frontpage.FrontPageService.SectionChoice;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Editors' picks, blocks, menu and banner as stored, with their change-log rows, on H2 and PostgreSQL. */
@BothDatabases
class FrontPageServiceTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2026-12-06T10:00:00Z");
  Wiring wiring;
  FrontPageService service;
  FrontPageChoices frontPage;
  long first;
  long second;
  long draft;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, java.util.Map.of(), db), clock);
    service = wiring.frontPageService();
    frontPage = new FrontPageChoices(wiring.database().jdbi(), clock);
    first = save(article().id("a").title("Le port de Tanger Med bat un record").section("Économie")
        .publishedAt("2026-12-01T10:00:00Z"));
    second = save(article().id("b").title("Le Raja gagne la coupe").section("Sport")
        .publishedAt("2026-12-02T10:00:00Z"));
    draft = save(article().id("c").title("Brouillon sur le port").section("Économie").status(ArticleStatus.DRAFT));
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  long save(ArticleDrafts draft) {
    return wiring.articleService().save(draft.build()).articleId();
  }

  List<Long> lead() {
    return frontPage.lead(wiring.articleStore().latest(1, 12).items()).stream().map(Teaser::id).toList();
  }

  List<ChangeKind> kindsSince(long seq) {
    return wiring.changeLog().after(seq, 100).stream().map(Change::kind).toList();
  }

  @Test
  void aPickShowsUntilItExpiresThenTheExpiryIsAnnouncedOnce() {
    long head = wiring.changeLog().head();
    service.pick(0, first, Duration.ofHours(2));

    assertThat(lead()).startsWith(first, second);
    assertThat(kindsSince(head)).containsExactly(ChangeKind.FRONT_PAGE);
    assertThat(service.nextExpiry()).contains(clock.instant().plus(Duration.ofHours(2)));

    clock.advance(Duration.ofHours(2));
    assertThat(lead()).as("expired: automatic again, even before the expiry is announced").startsWith(second, first);
    long beforeExpiry = wiring.changeLog().head();
    assertThat(service.expireDue()).isTrue();
    assertThat(service.expireDue()).as("announced once").isFalse();
    assertThat(kindsSince(beforeExpiry)).containsExactly(ChangeKind.FRONT_PAGE);
    assertThat(frontPage.slots()).isEmpty();
  }

  @Test
  void onlyAPublishedArticleMayBePickedAndAnArticleUnpublishedLaterFallsBack() {
    assertThatThrownBy(() -> service.pick(1, draft, null)).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("n’est pas publié");
    assertThatThrownBy(() -> service.pick(1, 987654, null)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> service.pick(5, first, null)).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Emplacement inconnu");
    assertThatThrownBy(() -> service.pick(0, first, Duration.ofDays(31))).isInstanceOf(BadRequestException.class);

    service.pick(0, first, null);
    save(article().id("a").title("Le port de Tanger Med bat un record").section("Économie")
        .publishedAt("2026-12-01T10:00:00Z").status(ArticleStatus.UNPUBLISHED));

    assertThat(lead()).containsExactly(second);
  }

  @Test
  void theMenuAndTheHomeBlocksFollowTheEditorsAndAMenuChangeIsAFrameChange() {
    List<Section> sections = wiring.taxonomyStore().sections();
    long economy = sections.stream().filter(s -> s.name().equals("Économie")).findFirst().orElseThrow().id();
    long sport = sections.stream().filter(s -> s.name().equals("Sport")).findFirst().orElseThrow().id();
    long head = wiring.changeLog().head();

    service.arrangeSections(List.of(new SectionChoice(economy, false, 1, 0), new SectionChoice(sport, true, 0, null)));

    assertThat(wiring.taxonomyStore().menuSections()).extracting(Section::name).containsExactly("Sport");
    assertThat(frontPage.homeSections()).containsExactly(economy);
    assertThat(kindsSince(head)).containsExactly(ChangeKind.FRAME);

    long again = wiring.changeLog().head();
    service.arrangeSections(List.of(new SectionChoice(economy, false, 1, 1), new SectionChoice(sport, true, 0, 0)));
    assertThat(frontPage.homeSections()).containsExactly(sport, economy);
    assertThat(kindsSince(again)).as("the menu did not change: the home only").containsExactly(ChangeKind.FRONT_PAGE);

    assertThatThrownBy(() -> service.arrangeSections(List.of(new SectionChoice(424242, true, 0, null))))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("n’existe pas");
  }

  @Test
  void sectionsAnImportCreatesWaitOutsideTheMenu() {
    wiring.articleService().forImports().save(article().id("d").title("Météo : de la neige à Ifrane")
        .section("Météo").publishedAt("2026-12-03T10:00:00Z").build());

    assertThat(wiring.taxonomyStore().sections()).extracting(Section::name).contains("Météo");
    assertThat(wiring.taxonomyStore().menuSections()).extracting(Section::name)
        .containsExactlyInAnyOrder("Économie", "Sport");
  }

  @Test
  void theBannerShowsUntilClearedOrExpiredAndRefusesBadInput() {
    long head = wiring.changeLog().head();
    service.setBanner("  Séisme dans la région d’Al Haouz  ", "/2026/12/06/seisme-12", Duration.ofHours(1));

    assertThat(frontPage.banner()).get().extracting(Banner::message, Banner::link)
        .containsExactly("Séisme dans la région d’Al Haouz", "/2026/12/06/seisme-12");
    assertThat(kindsSince(head)).containsExactly(ChangeKind.FRAME);

    clock.advance(Duration.ofHours(1));
    assertThat(frontPage.banner()).isEmpty();
    assertThat(service.expireDue()).isTrue();
    assertThat(frontPage.bannerAsSet()).isEmpty();

    service.setBanner("Alerte", null, null);
    service.clearBanner();
    assertThat(frontPage.bannerAsSet()).isEmpty();

    assertThatThrownBy(() -> service.setBanner(" ", null, null)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> service.setBanner("x".repeat(201), null, null)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> service.setBanner("Alerte", "javascript:alert(1)", null))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> service.setBanner("Alerte", "//evil.example/x", null))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void titleSearchFindsPublishedArticlesOnly() {
    assertThat(frontPage.searchTitles("port", 10)).extracting(Teaser::id).containsExactly(first);
    assertThat(frontPage.searchTitles("100%_", 10)).isEmpty();
    assertThat(frontPage.searchTitles("  ", 10)).isEmpty();
  }
}
