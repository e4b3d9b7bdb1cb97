package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.Wiring;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile input fed to the three importers, on H2 and on PostgreSQL, against one
 * invariant: every good item is imported, every bad one is reported (with its line for JSON Lines),
 * the import never dies, and nothing is half-written (the rows of a run are exactly its good items,
 * with no control character left in their text). Each try writes under its own id prefix, so the
 * databases are opened once for the whole class (PostgreSQL is the tests' shared server).
 */
class ImportProperties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final Map<TestDatabase, Wiring> WIRINGS = new EnumMap<>(TestDatabase.class);
  private static Path dir;

  @BeforeContainer
  static void openDatabases() throws IOException {
    dir = Files.createTempDirectory("import-properties");
    for (TestDatabase db : TestDatabase.values()) {
      WIRINGS.put(db, TestDatabases.wiring(dir.resolve(db.name()), db));
    }
  }

  @AfterContainer
  static void closeDatabases() {
    WIRINGS.values().forEach(Wiring::close);
  }

  /** One generated line: its text and whether it must be imported. */
  record Line(String text, boolean good) {}

  // ---- JSON Lines

  @Property(tries = 60)
  void jsonLinesOnH2(@ForAll("jsonLines") List<Line> lines, @ForAll("prefixes") byte[] prefix) throws IOException {
    checkJsonLines(TestDatabase.H2, lines, prefix);
  }

  @Property(tries = 60)
  void jsonLinesOnPostgres(@ForAll("jsonLines") List<Line> lines, @ForAll("prefixes") byte[] prefix)
      throws IOException {
    checkJsonLines(TestDatabase.POSTGRESQL, lines, prefix);
  }

  private static void checkJsonLines(TestDatabase db, List<Line> generated, byte[] prefix) throws IOException {
    Wiring wiring = WIRINGS.get(db);
    String run = "r" + RUNS.incrementAndGet() + "-";
    List<Line> lines = withIds(generated, run);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (prefix.length > 0) {
      file.write(prefix);
      file.write('\n');
    }
    for (Line line : lines) {
      file.write((line.text() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = file.toByteArray();
    JsonLinesImporter importer = new JsonLinesImporter(wiring.articleService());

    ImportReport report;
    try {
      report = importer.importStream(new ByteArrayInputStream(bytes), ImportProgress.NONE);
    } catch (ImportReadException e) {
      // Only the file as a whole may be refused: binary at its start, or gzip that is not.
      assertThat(e.getMessage()).containsAnyOf("not a JSON Lines text file", "reading stopped at line 1");
      assertThat(rows(wiring, run)).isZero();
      return;
    }
    int offset = prefix.length > 0 ? 1 : 0;
    Set<Long> bad = new TreeSet<>();
    long good = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).good()) {
        good++;
      } else {
        bad.add((long) i + 1 + offset);
      }
    }
    Set<Long> reported = new TreeSet<>();
    report.errors().forEach(error -> reported.add(error.line()));
    if (offset == 1) {
      reported.remove(1L); // the prefix: reported, or skipped when it is blank
    }
    assertThat(reported).as(report.errors().toString()).isEqualTo(bad);
    assertThat(report.created()).isEqualTo(good);
    assertThat(rows(wiring, run)).isEqualTo(good);
    assertNoControlCharacters(wiring, run);
  }

  /** Gives each line its id; a bad line "DUP" takes the id of the first good line before it, or becomes garbage. */
  private static List<Line> withIds(List<Line> lines, String run) {
    List<Line> result = new ArrayList<>();
    String firstGood = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String id = run + i;
      String text = line.text();
      if (text.contains("@@DUP@@")) {
        text = firstGood == null ? "pas du json" : text.replace("@@DUP@@", firstGood);
      } else {
        text = text.replace("@@ID@@", id);
        if (line.good() && firstGood == null) {
          firstGood = id;
        }
      }
      result.add(new Line(text, line.good()));
    }
    return result;
  }

  @Provide
  Arbitrary<List<Line>> jsonLines() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, goodJsonLine()),
        net.jqwik.api.Tuple.of(2, badJsonLine())).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<byte[]> prefixes() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().filter(b -> b != '\n').array(byte[].class).ofMinSize(1).ofMaxSize(40);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just(new byte[0])),
        net.jqwik.api.Tuple.of(1, raw),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(new byte[] {0, 0, 0, 0}, new byte[] {(byte) 0x1f, (byte) 0x8b, 8, 0},
            new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xff, (byte) 0xfe, '{', 0})));
  }

  private static Arbitrary<Line> goodJsonLine() {
    return Combinators.combine(titleText(), hostileText(), shortText(), shortText(), goodYear())
        .as((title, body, section, tag, year) -> {
          ObjectNode line = article("@@ID@@", "T" + title, "Texte " + body, year);
          line.put("section", "S" + section);
          line.putArray("tags").add(tag);
          return new Line(line.toString(), true);
        });
  }

  private static Arbitrary<Line> badJsonLine() {
    Arbitrary<Line> farDate = Combinators.combine(titleText(),
            Arbitraries.oneOf(Arbitraries.integers().between(-5000, 1799), Arbitraries.integers().between(10000, 99999)))
        .as((title, year) -> new Line(article("@@ID@@", "T" + title, "Texte", year).toString(), false));
    Arbitrary<Line> loneSurrogate = Combinators.combine(titleText(), Arbitraries.of("\\ud83d", "\\udc00"))
        .as((title, half) -> new Line(article("@@ID@@", "T@@HALF@@" + title, "Texte", 2020).toString()
            .replace("@@HALF@@", half), false));
    Arbitrary<Line> onlyControls = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5)
        .map(title -> new Line(article("@@ID@@", title.replace('\t', '\u0001').replace('\n', '\u0002'), "Texte", 2020)
            .toString(), false));
    Arbitrary<Line> notJson = shortText().map(text -> new Line("pas du json " + text.replace("\n", " "), false));
    Arbitrary<Line> longTitle = Arbitraries.integers().between(1001, 3000)
        .map(n -> new Line(article("@@ID@@", "é".repeat(n), "Texte", 2020).toString(), false));
    Arbitrary<Line> wrongType = Arbitraries.of("[1, 2]", "42", "\"texte\"", "{\"id\": \"@@ID@@\", \"title\": 12}",
        "{\"id\": \"@@ID@@\", \"title\": \"T\", \"published_at\": \"2020-01-01\", \"body\": \"B\"}")
        .map(text -> new Line(text, false));
    Arbitrary<Line> duplicate = titleText()
        .map(title -> new Line(article("@@DUP@@", "T" + title, "Texte", 2020).toString(), false));
    return Arbitraries.oneOf(farDate, loneSurrogate, onlyControls, notJson, longTitle, wrongType, duplicate);
  }

  private static ObjectNode article(String id, String title, String body, int year) {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", id);
    line.put("title", title);
    line.put("published_at", java.time.OffsetDateTime.of(year, 6, 15, 12, 0, 0, 0, java.time.ZoneOffset.UTC).toString());
    line.put("body", body);
    return line;
  }

  private static Arbitrary<Integer> goodYear() {
    return Arbitraries.integers().between(1800, 9999);
  }

  // ---- WordPress exports

  @Property(tries = 40)
  void wordPressOnH2(@ForAll("wxrItems") List<Line> items) throws IOException {
    checkWxr(TestDatabase.H2, items);
  }

  @Property(tries = 40)
  void wordPressOnPostgres(@ForAll("wxrItems") List<Line> items) throws IOException {
    checkWxr(TestDatabase.POSTGRESQL, items);
  }

  private static void checkWxr(TestDatabase db, List<Line> items) throws IOException {
    Wiring wiring = WIRINGS.get(db);
    int runNumber = RUNS.incrementAndGet();
    String run = "r" + runNumber;
    // Post ids unique across runs too: their old address /?p=ID is claimed by one article only.
    int base = runNumber * 100;
    // The site's address is part of every external id: one site per run keeps runs apart.
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:wp=\"http://wordpress.org/export/1.2/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Site</title><link>https://" + run
        + ".example/</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://" + run
        + ".example/</wp:base_site_url>\n");
    long good = 0;
    for (int i = 0; i < items.size(); i++) {
      int earlier = firstGood(items, i);
      String item = items.get(i).text().contains("@@DUP@@") && earlier == 0
          ? wxrItem("@@ID@@", "", "Texte", "2020-01-01 10:00:00") : items.get(i).text();
      item = item.replace("@@ID@@", String.valueOf(base + i + 1)).replace("@@DUP@@", String.valueOf(base + earlier));
      xml.append(item).append('\n');
      good += items.get(i).good() ? 1 : 0;
    }
    xml.append("</channel></rss>\n");
    WxrImporter importer = new WxrImporter(wiring.articleService(), wiring.archivePaths());

    ImportReport report = importer.importStream(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
        ImportProgress.NONE);

    assertThat(report.created()).as(report.errors().toString()).isEqualTo(good);
    assertThat(report.failed()).as(report.errors().toString()).isEqualTo(items.size() - good);
    assertThat(report.errors()).allSatisfy(error -> assertThat(error.line()).isPositive());
    assertThat(rows(wiring, "wp-" + run + ".example-")).isEqualTo(good);
    assertNoControlCharacters(wiring, "wp-" + run + ".example-");
  }

  /** The position (from 1) of the first good item before {@code index}, or a post id that no item has. */
  private static int firstGood(List<Line> items, int index) {
    for (int i = 0; i < index; i++) {
      if (items.get(i).good()) {
        return i + 1;
      }
    }
    return 0;
  }

  @Provide
  Arbitrary<List<Line>> wxrItems() {
    Arbitrary<Line> good = Combinators.combine(xmlTitle(), xmlText(), goodYear())
        .as((title, body, year) -> new Line(wxrItem("@@ID@@", "T" + title, "Texte " + body,
            String.format("%04d-06-15 12:00:00", year)), true));
    Arbitrary<Line> badDate = Combinators.combine(xmlText(), Arbitraries.of("0000-00-00 00:00:00", "0001-01-01 00:00:00",
            "1799-12-31 23:00:00", "10000-01-01 00:00:00", "2021-13-45 99:00:00", "hier"))
        .as((title, date) -> new Line(wxrItem("@@ID@@", "T" + title, "Texte", date), false));
    Arbitrary<Line> noTitle = Arbitraries.of("", " ", "\u0001\u0002")
        .map(title -> new Line(wxrItem("@@ID@@", title, "Texte", "2020-01-01 10:00:00"), false));
    Arbitrary<Line> duplicate = xmlText()
        .map(title -> new Line(wxrItem("@@DUP@@", "T" + title, "Texte", "2020-01-01 10:00:00"), false));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, good), net.jqwik.api.Tuple.of(1, badDate),
        net.jqwik.api.Tuple.of(1, noTitle), net.jqwik.api.Tuple.of(1, duplicate)).list().ofMaxSize(6);
  }

  private static String wxrItem(String postId, String title, String body, String dateGmt) {
    return "<item><title>" + xmlEscape(title) + "</title><dc:creator><![CDATA[admin]]></dc:creator>"
        + "<content:encoded><![CDATA[" + body + "]]></content:encoded><wp:post_id>" + postId + "</wp:post_id>"
        + "<wp:post_date_gmt>" + dateGmt + "</wp:post_date_gmt><wp:post_name>p" + postId + "</wp:post_name>"
        + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>";
  }

  // ---- RSS feeds

  @Property(tries = 40)
  void feedOnH2(@ForAll("feedItems") List<Line> items) throws IOException {
    checkFeed(TestDatabase.H2, items);
  }

  @Property(tries = 40)
  void feedOnPostgres(@ForAll("feedItems") List<Line> items) throws IOException {
    checkFeed(TestDatabase.POSTGRESQL, items);
  }

  private static void checkFeed(TestDatabase db, List<Line> items) throws IOException {
    Wiring wiring = WIRINGS.get(db);
    String run = "r" + RUNS.incrementAndGet();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Fil</title><link>https://fil.example/</link><description>Un fil</description>\n");
    long good = 0;
    for (int i = 0; i < items.size(); i++) {
      xml.append(items.get(i).text().replace("@@ID@@", run + "-" + i)).append('\n');
      good += items.get(i).good() ? 1 : 0;
    }
    xml.append("</channel></rss>\n");
    FeedImporter importer = new FeedImporter(wiring.articleService());

    ImportReport report = importer.importStream(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
        ImportProgress.NONE);

    assertThat(report.created()).as(report.errors().toString()).isEqualTo(good);
    assertThat(report.failed()).isEqualTo(items.size() - good);
    assertThat(report.errors()).allSatisfy(error -> assertThat(error.reason()).startsWith("item "));
    long stored = wiring.database().jdbi().withHandle(h -> h.createQuery(
            "select count(*) from article where source_url like :prefix")
        .bind("prefix", "https://fil.example/" + run + "-%").mapTo(Long.class).one());
    assertThat(stored).isEqualTo(good);
  }

  @Provide
  Arbitrary<List<Line>> feedItems() {
    Arbitrary<Line> good = Combinators.combine(xmlTitle(), xmlText())
        .as((title, body) -> new Line(feedItem("T" + title, "Texte " + body, "Mon, 15 Jan 2024 12:00:00 +0000"), true));
    Arbitrary<Line> noContent = xmlText()
        .map(title -> new Line(feedItem("T" + title, "", "Mon, 15 Jan 2024 12:00:00 +0000"), false));
    Arbitrary<Line> noTitle = Arbitraries.of("", "  ")
        .map(title -> new Line(feedItem(title, "Texte", "Mon, 15 Jan 2024 12:00:00 +0000"), false));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, good), net.jqwik.api.Tuple.of(1, noContent),
        net.jqwik.api.Tuple.of(1, noTitle)).list().ofMaxSize(6);
  }

  private static String feedItem(String title, String description, String pubDate) {
    return "<item><title>" + xmlEscape(title) + "</title><link>https://fil.example/@@ID@@</link><guid>@@ID@@</guid>"
        + "<description>" + xmlEscape(description) + "</description><pubDate>" + pubDate + "</pubDate></item>";
  }

  // ---- generated text

  /** Pieces a hostile writer or a broken converter leaves in text: controls, marks, emoji, markup. */
  private static final List<String> PIECES = List.of("a", "Z", " ", "é", "E\u0301", "a\u0300\u0323", "\t", "\n", "\r",
      "\r\n", "\u0000", "\u0007", "\u001b[31m", "\u000b", "\u000c", "\u001f", "\u007f", "\u0085", "\u200f", "\u202e",
      "\u200b", "\ufeff", "\u2028", "\ufffd", "\uffff", "😀", "👨‍👩‍👧", "🇲🇦", "שלום", "مرحبا", "<b>", "</p>", "&amp;",
      "<script>x</script>", "\"", "\\", "'", "l’été");

  private static Arbitrary<String> hostileText() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> String.join("", list));
    Arbitrary<String> huge = Arbitraries.of(PIECES).map(piece -> ("Long " + piece).repeat(150));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, pieces), net.jqwik.api.Tuple.of(1, huge));
  }

  /** Hostile, but within the 1,000 characters of a title. */
  private static Arbitrary<String> titleText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> String.join("", list));
  }

  private static Arbitrary<String> shortText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(list -> String.join("", list));
  }

  /** What XML 1.0 can carry: the forbidden controls are left out here (XmlCharacters' tests cover them). */
  private static Arbitrary<String> xmlText() {
    return hostileText().map(ImportProperties::xmlSafe);
  }

  private static Arbitrary<String> xmlTitle() {
    return titleText().map(ImportProperties::xmlSafe);
  }

  private static String xmlSafe(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\uffff]", "").replace("]]>", "");
  }

  private static String xmlEscape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ---- the database after an import

  private static long rows(Wiring wiring, String idPrefix) {
    return wiring.database().jdbi().withHandle(h -> h.createQuery(
            "select count(*) from article where external_id like :prefix")
        .bind("prefix", idPrefix + "%").mapTo(Long.class).one());
  }

  private static void assertNoControlCharacters(Wiring wiring, String idPrefix) {
    List<String> texts = wiring.database().jdbi().withHandle(h -> h.createQuery(
            "select title || summary || body_html || body_text from article where external_id like :prefix")
        .bind("prefix", idPrefix + "%").mapTo(String.class).list());
    for (String text : texts) {
      assertThat(text).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f]");
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC: %s", text).isTrue();
    }
  }
}
