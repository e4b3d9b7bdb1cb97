package kiosque.cache;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import kiosque.web.CacheKeys;
import kiosque.web.CachePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Which keys a change purges, and where the follower learns what an article belonged to before. */
@BothDatabases
class PageCacheFollowerTest {

  @Parameter
  TestDatabase db;

  static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  @TempDir
  Path dir;
  Wiring wiring;
  PageCache cache;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), Clock.fixed(NOW, ZoneOffset.UTC));
    cache = new PageCache(1 << 20, Duration.ofMinutes(5), wiring.clock());
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  /** A follower as a freshly started node has it: it has seen no change yet. */
  PageCacheFollower freshFollower() {
    return new PageCacheFollower(cache, wiring.articleStore(), wiring.taxonomyStore(), CASABLANCA,
        wiring.changeLog().head());
  }

  long save(ArticleDrafts draft) {
    return wiring.articleService().save(draft.build()).articleId();
  }

  Change lastChange() {
    List<Change> changes = wiring.changeLog().after(0, 1000);
    return changes.getLast();
  }

  Article load(long id) {
    return wiring.articleStore().findById(id).orElseThrow();
  }

  static ArticleDrafts moving() {
    return article().id("moving").title("Déménagement").topics("Ports").bylines("I.L").publishedAt("2025-05-20T10:00:00Z");
  }

  @Test
  void theEditorsFrontPagePurgesTheHomeOnlyAndTheMastheadEverything() {
    long id = save(moving().section("Maroc"));
    PageCacheFollower follower = freshFollower();
    cache.put("/", CachedResponse.of(new byte[1], false, Rendered.HTML, "W/\"h\"", NOW, CachePolicy.PAGE,
        new CacheKeys(java.util.Set.of(CacheKeys.LATEST, CacheKeys.HOME), java.util.Set.of(id), java.util.Set.of()),
        NOW), cache.generation());
    cache.put("/article", CachedResponse.of(new byte[1], false, Rendered.HTML, "W/\"e\"", NOW, CachePolicy.PAGE,
        CacheKeys.articlePage(load(id), CASABLANCA), NOW), cache.generation());
    assertThat(cache.stats().entries()).isEqualTo(2);

    wiring.frontPageService().pick(0, id, null);
    follower.apply(List.of(lastChange()));
    assertThat(lastChange().kind()).isEqualTo(kiosque.changes.ChangeKind.FRONT_PAGE);
    assertThat(cache.stats().entries()).as("the article page stays").isEqualTo(1);

    wiring.frontPageService().setBanner("Alerte", null, null);
    follower.apply(List.of(lastChange()));
    assertThat(cache.stats().entries()).isZero();
  }

  @Test
  void aPublicationPurgesTheArticleAndEveryListItNowBelongsTo() {
    PageCacheFollower follower = freshFollower();
    long id = save(moving().section("Maroc"));
    Article article = load(id);

    assertThat(follower.keysOf(lastChange())).containsExactlyInAnyOrder(CacheKeys.article(id), CacheKeys.LATEST,
        CacheKeys.section(article.section().id()), CacheKeys.topic(article.topics().getFirst().id()),
        CacheKeys.author(article.authors().getFirst().id()), "month-2025-05", "year-2025");
  }

  @Test
  void afterARestartTheCachedArticlePageTellsWhereTheArticleWas() {
    long id = save(moving().section("Maroc"));
    Article before = load(id);
    cache.put("/article", CachedResponse.of(new byte[1], false, Rendered.HTML, "W/\"e\"", NOW, CachePolicy.PAGE,
        CacheKeys.articlePage(before, CASABLANCA), NOW), cache.generation());
    PageCacheFollower follower = freshFollower();

    save(moving().section("Sport"));

    assertThat(follower.keysOf(lastChange()))
        .contains(CacheKeys.section(before.section().id()), CacheKeys.section(load(id).section().id()));
  }

  @Test
  void afterARestartACachedListingThatShowsTheArticleTellsWhereItWas() {
    long id = save(moving().section("Maroc"));
    long maroc = load(id).section().id();
    cache.put("/rubrique/maroc", CachedResponse.of(new byte[1], false, Rendered.HTML, "W/\"e\"", NOW, CachePolicy.PAGE,
        CacheKeys.listing(CacheKeys.section(maroc), List.of(id)), NOW), cache.generation());
    PageCacheFollower follower = freshFollower();

    save(moving().section("Sport"));

    assertThat(follower.keysOf(lastChange())).contains(CacheKeys.section(maroc));
  }

  @Test
  void theFollowerRemembersWhatItSawAtThePreviousChange() {
    PageCacheFollower follower = freshFollower();
    long id = save(moving().section("Maroc"));
    long maroc = load(id).section().id();
    follower.keysOf(lastChange());

    save(moving().section("Sport"));

    assertThat(follower.keysOf(lastChange())).contains(CacheKeys.section(maroc));
  }

  @Test
  void aDraftNeverPublishedPurgesOnlyItsOwnKey() {
    PageCacheFollower follower = freshFollower();
    long id = save(article().id("draft").title("Brouillon").section("Maroc").status(ArticleStatus.DRAFT));

    assertThat(follower.keysOf(lastChange())).containsExactly(CacheKeys.article(id));
  }

  @Test
  void withdrawingPurgesTheListsTheArticleLeaves() {
    PageCacheFollower follower = freshFollower();
    long id = save(moving().section("Maroc"));
    long maroc = load(id).section().id();

    save(moving().section("Maroc").status(ArticleStatus.UNPUBLISHED));

    assertThat(follower.keysOf(lastChange())).contains(CacheKeys.article(id), CacheKeys.LATEST, CacheKeys.section(maroc));
  }

  @Test
  void aNewSectionClearsTheWholeCache() {
    PageCacheFollower follower = freshFollower();
    cache.put("/a-propos", CachedResponse.of(new byte[1], false, Rendered.HTML, "W/\"e\"", NOW, CachePolicy.PAGE,
        CacheKeys.of(CacheKeys.PUBLISHER), NOW), cache.generation());

    save(article().id("health").title("Vaccins").section("Santé"));
    follower.apply(List.of(lastChange()));

    assertThat(cache.stats().entries()).isZero();
  }

  @Test
  void aRelatedListOrAnEditLeavesTheMonthsHeldAndAPublicationInANewMonthReadsThemAgain() {
    long id = save(moving().section("Maroc"));
    PageCacheFollower follower = freshFollower();
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    kiosque.web.ArchiveMonths months = new kiosque.web.ArchiveMonths(() -> {
      reads.incrementAndGet();
      return wiring.articleStore().publishedMonths();
    }, cache::monthsGeneration, Duration.ofDays(1));
    assertThat(months.months()).containsExactly(java.time.YearMonth.of(2025, 5));

    // What the related lists' worker writes after each list it rewrites.
    follower.apply(List.of(new Change(lastChange().seq() + 1, id, kiosque.changes.ChangeKind.RELATED, NOW)));
    save(moving().section("Maroc").title("Déménagement reporté"));
    follower.apply(List.of(lastChange()));
    assertThat(months.years()).containsExactly(2025);
    assertThat(reads).as("no month opened or closed").hasValue(1);

    save(article().id("march").title("Mars").section("Maroc").publishedAt("2025-03-02T10:00:00Z"));
    follower.apply(List.of(lastChange()));
    assertThat(months.months()).containsExactly(java.time.YearMonth.of(2025, 3), java.time.YearMonth.of(2025, 5));
    assertThat(reads).hasValue(2);

    save(article().id("march").title("Mars").section("Maroc").publishedAt("2025-03-02T10:00:00Z")
        .status(ArticleStatus.UNPUBLISHED));
    follower.apply(List.of(lastChange()));
    assertThat(months.months()).as("a withdrawal closes March").containsExactly(java.time.YearMonth.of(2025, 5));
  }
}
