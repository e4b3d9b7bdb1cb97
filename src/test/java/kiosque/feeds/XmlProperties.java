package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The feeds' XML writer writes into {@link CharsWriter}: the same bytes as the JDK's writer into a {@code StringWriter}. */
class XmlProperties {

  // 200 tries: the long texts make each try costly, and the short ones already cover every kind of character.
  @Property(tries = 200)
  void aDocumentIsTheOneTheJdkWriterWritesIntoAStringWriter(@ForAll("texts") String text, @ForAll("texts") String attribute,
      @ForAll("texts") String more) throws Exception {
    Xml xml = new Xml(4);
    xml.start("urlset").namespace("", SitemapWriter.NS).newline()
        .start("url").attribute("title", attribute).element("loc", text).end().newline()
        .element("news", "title", SitemapWriter.NEWS, more);
    xml.end();
    byte[] ours = xml.finish();

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

    assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(chars.toString());
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
