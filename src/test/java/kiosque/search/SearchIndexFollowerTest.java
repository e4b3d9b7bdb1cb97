package kiosque.search;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class SearchIndexFollowerTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  private Wiring wiring;

  @AfterEach
  void close() {
    if (wiring != null) {
      wiring.close();
    }
  }

  private SearchService openSearch() {
    wiring = SearchTestSupport.wiring(data, db);
    return awaitRebuilt(wiring.searchService());
  }

  /** A rebuild started at opening is under way as soon as searchService() returns; waits for its end. */
  static SearchService awaitRebuilt(SearchService service) {
    assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !service.isRebuilding()))
        .as("the background rebuild finished").isTrue();
    return service;
  }

  private static List<String> titles(SearchService service, String text) {
    return service.search(SearchQuery.of(text)).hits().items().stream().map(hit -> hit.teaser().title()).toList();
  }

  @Test
  void aPublishedArticleIsSearchableOnceTheFeedHasCaughtUp() throws Exception {
    SearchService search = openSearch();
    article("Séisme au large de Tanger").saveWith(wiring.articleService());

    wiring.changeFeed().catchUp();

    assertThat(titles(search, "seisme tanger")).containsExactly("Séisme au large de Tanger");
  }

  @Test
  void anUpdateReplacesTheDocument() throws Exception {
    SearchService search = openSearch();
    var draft = article("Grève des dockers à Casablanca");
    draft.saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();

    wiring.articleService().save(new kiosque.content.ArticleDraft(draft.externalId(), null,
        "Fin de la grève des dockers", "", "Les dockers reprennent le travail.", "Maroc", List.of("I.L"), List.of(),
        ArticleStatus.PUBLISHED, SearchTestSupport.NOW, null, null, List.of()));
    wiring.changeFeed().catchUp();

    assertThat(titles(search, "dockers")).containsExactly("Fin de la grève des dockers");
    assertThat(search.search(SearchQuery.of("dockers")).total()).isEqualTo(1);
  }

  @Test
  void unpublishingRemovesTheArticleAndDraftsAreNeverIndexed() throws Exception {
    SearchService search = openSearch();
    var published = article("Inondations à Safi");
    published.saveWith(wiring.articleService());
    article("Inondations : brouillon").status(ArticleStatus.DRAFT).saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    assertThat(titles(search, "inondations")).containsExactly("Inondations à Safi");

    wiring.articleService().save(new kiosque.content.ArticleDraft(published.externalId(), null, "Inondations à Safi",
        "", "Article : Inondations à Safi.", "Monde", List.of("I.L"), List.of(), ArticleStatus.UNPUBLISHED,
        SearchTestSupport.NOW, null, null, List.of()));
    wiring.changeFeed().catchUp();

    assertThat(titles(search, "inondations")).isEmpty();
  }

  @Test
  void aChangeIsSearchableWithinOneSecondWhenTheFeedRuns() {
    SearchService search = openSearch();
    wiring.changeFeed().start();

    long start = System.nanoTime();
    article("Tempête de sable sur Ouarzazate").saveWith(wiring.articleService());
    boolean found = SearchTestSupport.waitFor(Duration.ofSeconds(5), () -> !titles(search, "ouarzazate").isEmpty());

    assertThat(found).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aRestartResumesFromTheSequenceCommittedInTheIndex() throws Exception {
    openSearch();
    article("Premier article").saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    long committed = wiring.changeLog().head();
    wiring.close();

    // An import while search is closed: the index falls behind the log.
    try (Wiring importOnly = SearchTestSupport.wiring(data, db)) {
      article("Deuxième article, importé pendant l'arrêt").saveWith(importOnly.articleService());
    }

    wiring = SearchTestSupport.wiring(data, db);
    SearchService search = wiring.searchService();
    assertThat(search.isRebuilding()).as("an index that is only behind is caught up, not rebuilt").isFalse();
    assertThat(search.search(SearchQuery.of("")).total()).isEqualTo(1);
    assertThat(wiring.changeLog().head()).isGreaterThan(committed);
    wiring.changeFeed().catchUp();

    assertThat(titles(search, "importe arret")).containsExactly("Deuxième article, importé pendant l'arrêt");
    assertThat(search.search(SearchQuery.of("")).total()).isEqualTo(2);
  }

  @Test
  void aDeletedIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
    openSearch();
    article("Le port de Tanger Med s'agrandit").saveWith(wiring.articleService());
    article("Record de trafic à Tanger Med").saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    wiring.close();
    deleteRecursively(SearchTestSupport.settings(data).indexDir());

    SearchService search = openSearch();

    assertThat(search.isRebuilding()).isFalse();
    assertThat(titles(search, "tanger med")).hasSize(2);
  }

  @Test
  void aCorruptIndexIsReplacedAndRebuiltAtStart() throws Exception {
    openSearch();
    article("Éclipse visible depuis Rabat").saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    wiring.close();
    try (Stream<Path> files = Files.list(SearchTestSupport.settings(data).indexDir())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(file, "this is not a Lucene commit".getBytes());
      }
    }

    SearchService search = openSearch();

    assertThat(titles(search, "eclipse rabat")).containsExactly("Éclipse visible depuis Rabat");
  }

  @Test
  void anIndexAheadOfTheDatabaseIsRebuilt() throws Exception {
    openSearch();
    for (int i = 0; i < 3; i++) {
      article("Article numéro " + i + " de l'autre base").saveWith(wiring.articleService());
    }
    wiring.changeFeed().catchUp();
    wiring.close();
    // Another data directory whose database knows fewer changes gets this index copied in.
    Path other = data.resolve("other");
    try (Wiring fresh = SearchTestSupport.wiring(other, db)) {
      article("Le seul article de cette base").saveWith(fresh.articleService());
    }
    copyRecursively(SearchTestSupport.settings(data).indexDir(), SearchTestSupport.settings(other).indexDir());

    wiring = SearchTestSupport.wiring(other, db);
    SearchService search = awaitRebuilt(wiring.searchService());

    assertThat(search.search(SearchQuery.of("")).hits().items())
        .extracting(hit -> hit.teaser().title())
        .containsExactly("Le seul article de cette base");
  }

  @Test
  void reindexRebuildsOnDemandAndReportsProgress() throws Exception {
    SearchService search = openSearch();
    for (int i = 0; i < 7; i++) {
      article("Dépêche " + i).saveWith(wiring.articleService());
      if (i % 3 == 0) {
        article("Dépêche en brouillon " + i).status(ArticleStatus.DRAFT).saveWith(wiring.articleService());
      }
    }
    var counted = new long[2];
    wiring.rebuildSearchIndex(new RebuildProgress() {
      @Override
      public void started(long total) {
        counted[0] = total;
      }

      @Override
      public synchronized void indexed(int count) {
        counted[1] += count;
      }
    });

    assertThat(counted).containsExactly(7, 7);
    assertThat(search.search(SearchQuery.of("depeche")).total()).isEqualTo(7);
    assertThat(search.isRebuilding()).isFalse();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
