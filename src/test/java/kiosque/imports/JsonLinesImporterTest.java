package kiosque.imports;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.Author;
import kiosque.content.Topic;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class JsonLinesImporterTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  Wiring wiring;
  JsonLinesImporter importer;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir.resolve("data"), db);
    importer = new JsonLinesImporter(wiring.articleService());
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  ImportReport importLines(Object... lines) throws IOException {
    return importer.importFile(ImportFiles.write(dir.resolve("in.jsonl"), lines), ImportProgress.NONE);
  }

  Article stored(String externalId) {
    long id = wiring.database().jdbi()
        .withHandle(h -> wiring.articleStore().findByExternalId(h, externalId)).orElseThrow().id();
    return wiring.articleStore().findById(id).orElseThrow();
  }

  @Test
  void importsEveryField() throws IOException {
    ObjectNode line = article("wn-1")
        .put("source", "Wikinews (CC BY 2.5)")
        .put("source_url", "https://fr.wikinews.org/wiki/Un_article")
        .put("status", "published")
        .put("published_at", "2016-01-01T13:30:00+01:00");
    line.putArray("legacy_urls").add("/2016/01/01/un-article.html").add("https://ancien.example.com/a?id=3#haut");
    line.put("ignored_field", "unknown fields are ignored");

    ImportReport report = importLines(line);

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.errors()).isEmpty();
    Article article = stored("wn-1");
    assertThat(article.title()).isEqualTo("Titre de l’article wn-1");
    assertThat(article.slug()).isEqualTo("titre-de-l-article-wn-1");
    assertThat(article.summary()).isEqualTo("Le résumé de wn-1.");
    assertThat(article.section().name()).isEqualTo("Monde");
    assertThat(article.authors()).extracting(Author::byline).containsExactly("Rédaction");
    assertThat(article.topics()).extracting(Topic::name).containsExactly("Maroc", "Économie");
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2016-01-01T12:30:00Z"));
    assertThat(article.sourceName()).isEqualTo("Wikinews (CC BY 2.5)");
    assertThat(article.sourceUrl()).isEqualTo("https://fr.wikinews.org/wiki/Un_article");
    assertThat(wiring.articleStore().pathsOf(article.id()))
        .containsExactly("/2016/01/01/un-article.html", "/a?id=3");
  }

  @Test
  void takesOneAuthorOrSeveral() throws IOException {
    ObjectNode several = article("several");
    several.remove("author");
    several.putArray("authors").add("I.L").add("Karim B.");
    ObjectNode both = article("both").put("author", "I.L");
    both.putArray("authors").add("I.L").add("Sara M.");
    ObjectNode none = article("none");
    none.remove("author");

    importLines(article("one").put("author", "I.L"), several, both, none);

    assertThat(stored("one").authors()).extracting(Author::byline).containsExactly("I.L");
    assertThat(stored("several").authors()).extracting(Author::byline).containsExactly("I.L", "Karim B.");
    assertThat(stored("both").authors()).extracting(Author::byline).containsExactly("I.L", "Sara M.");
    assertThat(stored("none").authors()).isEmpty();
  }

  @Test
  void plainTextBodyBecomesParagraphs() throws IOException {
    importLines(article("plain").put("body", "Premier paragraphe.\n\nSecond, sur\ndeux lignes.\n\n\nTom & Jerry < 3"));

    assertThat(stored("plain").bodyHtml())
        .isEqualTo("<p>Premier paragraphe.</p><p>Second, sur<br>deux lignes.</p><p>Tom &amp; Jerry &lt; 3</p>");
  }

  @Test
  void htmlBodyIsKept() throws IOException {
    String html = "<p>Un <strong>mot</strong> et <a href=\"https://example.org/x\">un lien</a>.</p>"
        + "<h2>Intertitre</h2><ul><li>un</li><li>deux</li></ul><blockquote><p>Citation</p></blockquote>";
    importLines(article("html").put("body", html));

    assertThat(stored("html").bodyHtml()).isEqualTo(html.replace("/x\">", "/x\" rel=\"noopener\">"));
  }

  @Test
  void sanitisesTheBody() throws IOException {
    String dirty = "<p style=\"color:red\" onclick=\"steal()\">Texte <script>alert(1)</script>"
        + "<img src=\"https://example.org/a.jpg\" onerror=\"alert(2)\">"
        + "<a href=\"javascript:alert(3)\">piège</a> <a href=\"JaVaScRiPt:alert(4)\">bis</a></p>"
        + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style><h1>Gros titre</h1>";
    importLines(article("dirty").put("body", dirty));

    String html = stored("dirty").bodyHtml();
    assertThat(html).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript")
        .doesNotContainIgnoringCase("style").doesNotContainIgnoringCase("iframe").doesNotContain("<h1");
    assertThat(html).contains("<p>Texte <img src=\"https://example.org/a.jpg\"><a>piège</a> <a>bis</a></p>",
        "<h2>Gros titre</h2>");
  }

  @Test
  void takesDraftAndUnpublishedArticlesWithoutADate() throws IOException {
    ObjectNode draft = article("draft").put("status", "draft");
    draft.remove("published_at");
    ObjectNode unpublished = article("gone").put("status", "Unpublished");
    unpublished.remove("published_at");

    ImportReport report = importLines(draft, unpublished);

    assertThat(report.errors()).isEmpty();
    assertThat(stored("draft").status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(stored("draft").publishedAt()).isNull();
    assertThat(stored("gone").status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(wiring.articleStore().countPublished()).isZero();
  }

  @Test
  void reportsEachBadLineByNumberAndImportsTheOthers() throws IOException {
    ObjectNode noId = article("x");
    noId.remove("id");
    ObjectNode noTitle = article("no-title");
    noTitle.remove("title");
    ObjectNode noDate = article("no-date");
    noDate.remove("published_at");
    ObjectNode authorList = article("author-list");
    authorList.putArray("author").add("A");
    ObjectNode tagNumber = article("tag-number");
    tagNumber.putArray("tags").add("Maroc").add(3);
    ObjectNode idObject = article("x");
    idObject.putObject("id");

    List<Object> lines = new ArrayList<>(List.of(
        article("good-1"),                                                        // 1
        "{\"id\": \"broken\", \"title\": ",                                        // 2
        "[1, 2]",                                                                 // 3
        noId,                                                                     // 4
        article("blank-id").put("id", "  "),                                      // 5
        idObject,                                                                 // 6
        noTitle,                                                                  // 7
        article("title-number").put("title", 12),                                 // 8
        article("bad-date").put("published_at", "hier"),                          // 9
        article("local-date").put("published_at", "2016-01-01T12:00:00"),        // 10
        article("day-only").put("published_at", "2016-01-01"),                    // 11
        noDate,                                                                   // 12
        article("tags-string").put("tags", "Maroc"),                              // 13
        tagNumber,                                                                // 14
        authorList,                                                               // 15
        article("bad-status").put("status", "live"),                              // 16
        article("empty-body").put("body", "<script>alert(1)</script>"),           // 17
        article("ftp-source").put("source_url", "ftp://example.org/x"),           // 18
        "{\"id\": \"twice\", \"id\": \"again\", \"title\": \"T\"}",                // 19
        "{\"id\": \"trailing\", \"title\": \"T\"} {}",                           // 20
        article("good-2")));                                                      // 21

    ImportReport report = importLines(lines.toArray());

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(19);
    assertThat(report.errors()).extracting(LineError::message).containsExactly(
        "line 2: not valid JSON (column 27): Unexpected end-of-input within/between Object entries",
        "line 3: expected a JSON object for the article, got an array",
        "line 4: id is missing",
        "line 5: id is missing",
        "line 6: id must be a string, got an object",
        "line 7: title is missing",
        "line 8: title must be a string, got a number",
        "line 9: published_at \"hier\" is not an ISO-8601 date and time (like 2016-01-01T12:00:00Z)",
        "line 10: published_at \"2016-01-01T12:00:00\" has no UTC offset; write it like 2016-01-01T12:00:00Z"
            + " or 2016-01-01T13:00:00+01:00",
        "line 11: published_at \"2016-01-01\" has no UTC offset; write it like 2016-01-01T12:00:00Z"
            + " or 2016-01-01T13:00:00+01:00",
        "line 12: published_at is missing (a published article needs its date, like 2016-01-01T12:00:00Z)",
        "line 13: tags must be an array of strings, got a string",
        "line 14: tags[1] must be a string, got a number",
        "line 15: author must be a string, got an array (use authors for a list)",
        "line 16: unknown status \"live\" (expected draft, published or unpublished)",
        "line 17: body is empty (after removing unsafe content)",
        "line 18: source_url must be an http or https address, got \"ftp://example.org/x\"",
        "line 19: not valid JSON (column 21): Duplicate field 'id'",
        "line 20: unexpected text after the article's closing brace (column 34); write one article per line");
    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
    assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(2);
  }

  @Test
  void aRejectedLegacyPathLeavesNothingOfItsArticle() throws IOException {
    ObjectNode first = article("first");
    first.putArray("legacy_urls").add("/ancien/1.html");
    ObjectNode second = article("second");
    second.putArray("legacy_urls").add("/ancien/2.html").add("/ancien/1.html");

    ImportReport report = importLines(first, second);

    assertThat(report.errors()).extracting(LineError::message)
        .containsExactly("line 2: legacy URL /ancien/1.html already belongs to article " + stored("first").id());
    // The transaction rolled back: no article, no claimed path, no topic link, no change row.
    assertThat(wiring.articleStore().countAll()).isEqualTo(1);
    assertThat(wiring.articleStore().articleIdForPath("/ancien/2.html")).isEmpty();
    assertThat(TestDatabases.rows(wiring, "article_topic")).isEqualTo(2);
    assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(1);
  }

  @Test
  void rejectsLinesThatAreNotUtf8() throws IOException {
    byte[] latin1 = "{\"id\": \"latin1\", \"title\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("latin1.jsonl");
    Files.write(file, latin1);

    ImportReport report = importer.importFile(file, ImportProgress.NONE);

    assertThat(report.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(1);
      assertThat(error.reason()).startsWith("not valid JSON").containsIgnoringCase("UTF-8");
    });
  }

  @Test
  void skipsBlankLinesButCountsThemInLineNumbers() throws IOException {
    ObjectNode noTitle = article("no-title");
    noTitle.remove("title");

    ImportReport report = importLines("", article("a"), "   \t", noTitle, "");

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.errors()).extracting(LineError::message).containsExactly("line 4: title is missing");
  }

  @Test
  void readsWindowsLineEndings() throws IOException {
    ImportReport report = importLines(article("crlf-1") + "\r", article("crlf-2") + "\r");

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws IOException {
    Path file = ImportFiles.write(dir.resolve("twice.jsonl"), article("a"), article("b"), article("c"));
    ImportReport first = importer.importFile(file, ImportProgress.NONE);
    long changes = TestDatabases.rows(wiring, "content_change");

    ImportReport second = importer.importFile(file, ImportProgress.NONE);

    assertThat(first.created()).isEqualTo(3);
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.unchanged()).isEqualTo(3);
    assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(changes).isEqualTo(3);
  }

  @Test
  void aChangedLineUpdatesItsArticleAndWritesOneChange() throws IOException {
    importLines(article("a"), article("b"));
    long changes = TestDatabases.rows(wiring, "content_change");
    long id = stored("b").id();

    ImportReport report = importLines(article("a"), article("b").put("title", "Titre corrigé"));

    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(stored("b").id()).isEqualTo(id);
    assertThat(stored("b").title()).isEqualTo("Titre corrigé");
    assertThat(stored("b").version()).isEqualTo(1);
    assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(changes + 1);
    assertThat(wiring.changeLog().after(changes, 10)).singleElement()
        .satisfies(change -> assertThat(change.articleId()).isEqualTo(id));
  }

  @Test
  void matchesSectionsTopicsAndAuthorsWithoutCaseOrAccents() throws IOException {
    ObjectNode first = article("first").put("section", "Économie").put("author", "Rédaction");
    first.putArray("tags").add("États-Unis").add("Afrique de l’Ouest");
    ObjectNode second = article("second").put("section", "economie").put("author", "REDACTION");
    second.putArray("tags").add("etats-unis").add("afrique de l'ouest").add("ÉTATS-UNIS");

    importLines(first, second);

    assertThat(stored("second").section()).isEqualTo(stored("first").section());
    assertThat(stored("second").section().name()).isEqualTo("Économie");
    assertThat(stored("second").authors()).isEqualTo(stored("first").authors());
    assertThat(stored("second").topics()).extracting(Topic::name)
        .containsExactly("États-Unis", "Afrique de l’Ouest");
    assertThat(TestDatabases.rows(wiring, "section")).isEqualTo(1);
    assertThat(TestDatabases.rows(wiring, "topic")).isEqualTo(2);
    assertThat(TestDatabases.rows(wiring, "author")).isEqualTo(1);
  }

  @Test
  void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
    Path gz = ImportFiles.writeGzip(dir.resolve("articles.jsonl.gz"), article("gz-1"), article("gz-2"));
    Path misnamed = ImportFiles.writeGzip(dir.resolve("misnamed.jsonl"), article("gz-3"));
    Path plainNamedGz = ImportFiles.write(dir.resolve("plain.jsonl.gz"), article("gz-4"));

    assertThat(importer.importFile(gz, ImportProgress.NONE).created()).isEqualTo(2);
    assertThat(importer.importFile(misnamed, ImportProgress.NONE).created()).isEqualTo(1);
    assertThat(importer.importFile(plainNamedGz, ImportProgress.NONE).created()).isEqualTo(1);
    assertThat(stored("gz-2").title()).isEqualTo("Titre de l’article gz-2");
  }

  @Test
  void aTruncatedGzipFileStopsWithAReadError() throws IOException {
    Object[] lines = new Object[200];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = article("t-" + i).put("body", "Texte " + i + " " + "différent ".repeat(i));
    }
    Path whole = ImportFiles.writeGzip(dir.resolve("whole.jsonl.gz"), lines);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = dir.resolve("truncated.jsonl.gz");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

    ImportReadException error = catchThrowableOfType(ImportReadException.class,
        () -> importer.importFile(truncated, ImportProgress.NONE));

    assertThat(error).hasMessageStartingWith("reading stopped at line ")
        .hasMessageEndingWith(": Unexpected end of ZLIB input stream");
    assertThat(error.partialReport().created()).isBetween(1L, 199L)
        .isEqualTo(wiring.articleStore().countAll());
  }

  @Test
  void reportsProgressInLinesAndBytesOfTheFile() throws IOException {
    Path gz = ImportFiles.writeGzip(dir.resolve("p.jsonl.gz"), article("p-1"), "", article("p-2"));
    List<long[]> calls = new ArrayList<>();

    importer.importFile(gz, (lines, bytes) -> calls.add(new long[] {lines, bytes}));

    assertThat(calls).extracting(call -> call[0]).containsExactly(1L, 2L, 3L);
    assertThat(calls.getLast()[1]).isEqualTo(Files.size(gz));
  }
}
