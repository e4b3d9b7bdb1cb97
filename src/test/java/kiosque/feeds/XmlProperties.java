package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import kiosque.web.LentPage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The feeds' XML writer, encoding into the thread's page buffer ({@code PageWriter}): the same bytes as the JDK's writer
 * into a {@code StringWriter}. And {@link CharsWriter}, which JSON-LD writes into.
 */
class XmlProperties {

  // 200 tries: the long texts make each try costly, and the short ones already cover every kind of character.
  @Property(tries = 200)
  void aDocumentIsTheOneTheJdkWriterWritesIntoAStringWriter(@ForAll("texts") String text, @ForAll("texts") String attribute,
      @ForAll("texts") String more) throws Exception {
    Xml xml = new Xml();
    xml.start("urlset").namespace("", SitemapWriter.NS).newline()
        .start("url").attribute("title", attribute).element("loc", text).end().newline()
        .element("news", "title", SitemapWriter.NEWS, more);
    xml.end();
    String ours = xml.finish().text();

    StringWriter chars = new StringWriter();
    XMLStreamWriter jdk = XMLOutputFactory.newFactory().createXMLStreamWriter(chars);
    jdk.writeStartDocument("UTF-8", "1.0");
    jdk.writeCharacters("\n");
    jdk.writeStartElement("urlset");
    jdk.writeDefaultNamespace(SitemapWriter.NS);
    jdk.writeCharacters("\n");
    jdk.writeStartElement("url");
    jdk.writeAttribute("title", Xml.clean(attribute));
    jdk.writeStartElement("loc");
    jdk.writeCharacters(Xml.clean(text));
    jdk.writeEndElement();
    jdk.writeEndElement();
    jdk.writeCharacters("\n");
    jdk.writeStartElement("news", "title", SitemapWriter.NEWS);
    jdk.writeCharacters(Xml.clean(more));
    jdk.writeEndElement();
    jdk.writeEndElement();
    jdk.writeEndDocument();
    jdk.close();

    assertThat(ours).isEqualTo(chars.toString());
  }

  @Property(tries = 100)
  void documentsOneAfterAnotherAndOneInsideAnotherKeepTheirOwnText(@ForAll("texts") String first,
      @ForAll("texts") String second, @ForAll("texts") String third) {
    // The thread's array is reused: a document must not start with the previous one's characters.
    String written = oneElement(new Xml(), first).finish().text();
    assertThat(written).isEqualTo(expected(first));

    // A second document while the first is open gets an array of its own.
    Xml outer = new Xml().start("outer").text(second);
    String inner = oneElement(new Xml(), third).finish().text();
    String outerText = outer.end().finish().text();
    assertThat(inner).isEqualTo(expected(third));
    assertThat(outerText).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<outer>" + escaped(second) + "</outer>");
  }

  @Example
  void aDocumentThatFailsHalfWayGivesTheThreadsBufferBack() {
    byte[] threads = Xml.document(xml -> oneElement(xml, "un")).buffer();
    assertThatThrownBy(() -> Xml.document(xml -> {
      xml.start("deux").text("à moitié");
      throw new IllegalStateException("an entry that cannot be written");
    })).hasMessage("an entry that cannot be written");
    // Still taken, the buffer would leave every later document of this thread to allocate its own.
    LentPage next = Xml.document(xml -> oneElement(xml, "trois"));
    assertThat(next.buffer()).isSameAs(threads);
    assertThat(next.text()).isEqualTo(expected("trois"));
  }

  private static Xml oneElement(Xml xml, String text) {
    return xml.start("one").text(text).end();
  }

  private static String expected(String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<one>" + escaped(text) + "</one>";
  }

  /** What the JDK's writer escapes in text: the three characters XML requires. */
  private static String escaped(String text) {
    return Xml.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Property(tries = 1000)
  void w3cDatesAreTheIsoFormattersToTheSecond(@ForAll @LongRange(min = -2_000_000_000L, max = 8_000_000_000L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano, @ForAll("zones") String zone) {
    Instant instant = Instant.ofEpochSecond(second, nano);
    ZoneId id = ZoneId.of(zone);
    assertThat(Xml.w3c(instant, id)).isEqualTo(
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(id)));
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("Africa/Casablanca", "Europe/Paris", "UTC", "Asia/Kathmandu", "America/St_Johns");
  }

  @Property(tries = 200)
  void writesOfEveryKindLandInOrder(@ForAll("texts") String first, @ForAll("texts") String second) {
    // Sized too small on purpose: every kind of write must grow the array.
    CharsWriter writer = new CharsWriter(1);
    writer.write(first, 0, first.length());
    first.chars().forEach(writer::write);
    writer.write(second.toCharArray(), 0, second.length());
    assertThat(writer.toString()).isEqualTo(first + first + second);
  }

  /** Long and short, with what XML escapes, French letters, control characters and surrogate pairs. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("<>&\"'\t\n\r aéÉçœ«»’\u0001\u000b\uFFFE").ofMaxLength(300),
        Arbitraries.strings().all().ofMaxLength(2_000),
        Arbitraries.strings().alpha().ofMinLength(5_000).ofMaxLength(20_000));
  }
}
