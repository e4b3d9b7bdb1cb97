package kiosque.feeds;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kiosque.content.FrenchDates;
import kiosque.web.LentPage;
import kiosque.web.PageWriter;

/**
 * A thin layer over {@link XMLStreamWriter}: the library escapes; this class removes the
 * characters XML 1.0 cannot carry at all (control characters pasted from word processors would
 * otherwise make the whole feed unreadable) and formats dates.
 */
final class Xml {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  private final PageWriter page;
  private final XMLStreamWriter out;

  /**
   * The writer gets characters, encoded into the thread's page buffer as they come: given an output
   * stream, the JDK's writer encodes character by character into it, one synchronized write a
   * byte (most of a sitemap's time).
   */
  Xml() {
    this.page = new PageWriter();
    try {
      this.out = FACTORY.createXMLStreamWriter(page);
      out.writeStartDocument("UTF-8", "1.0");
      out.writeCharacters("\n");
    } catch (XMLStreamException e) {
      page.discard();
      throw new FeedWritingException(e);
    }
  }

  /**
   * A whole document: what {@code content} writes, finished ({@link #finish}). If writing fails
   * half-way, the thread's page buffer is given back before the failure goes on: the thread's next
   * page would otherwise find it still taken and allocate one of its own every time.
   */
  static LentPage document(Consumer<Xml> content) {
    Xml xml = new Xml();
    try {
      content.accept(xml);
      return xml.finish();
    } catch (RuntimeException | Error e) {
      xml.page.discard();
      throw e;
    }
  }

  /** The text without what XML 1.0 cannot carry; the same string, not a copy, when all of it can (almost always). */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c == 0x09 || c == 0x0A || c == 0x0D)) {
        // Rare: control characters to remove, or surrogates to check in pairs: the pattern decides.
        return NOT_XML.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  /** W3C date-time with the site's offset, to the second: {@code 2025-06-01T11:00:00+01:00}. */
  static String w3c(Instant instant, ZoneId zone) {
    return FrenchDates.iso(instant.truncatedTo(ChronoUnit.SECONDS), zone);
  }

  /** RSS's RFC 822 date (with a four-digit year, as RFC 1123 made usual): {@code Sun, 1 Jun 2025 11:00:00 +0100}. */
  static String rfc822(Instant instant, ZoneId zone) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  // Each call written out rather than passed as a lambda to one wrapper: a sitemap makes about ten
  // calls an address, and the capturing lambdas were allocated for every one (issue 15).

  Xml start(String name) {
    try {
      out.writeStartElement(name);
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml start(String prefix, String name, String namespace) {
    try {
      out.writeStartElement(prefix, name, namespace);
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml namespace(String prefix, String uri) {
    try {
      if (prefix.isEmpty()) {
        out.writeDefaultNamespace(uri);
      } else {
        out.writeNamespace(prefix, uri);
      }
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml attribute(String name, String value) {
    try {
      out.writeAttribute(name, clean(value));
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml attribute(String prefix, String namespace, String name, String value) {
    try {
      out.writeAttribute(prefix, namespace, name, clean(value));
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml text(String value) {
    try {
      out.writeCharacters(clean(value));
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml end() {
    try {
      out.writeEndElement();
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  /** {@code <name>text</name>} */
  Xml element(String name, String value) {
    return start(name).text(value).end();
  }

  Xml element(String prefix, String name, String namespace, String value) {
    return start(prefix, name, namespace).text(value).end();
  }

  Xml empty(String name) {
    try {
      out.writeEmptyElement(name);
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml empty(String prefix, String name, String namespace) {
    try {
      out.writeEmptyElement(prefix, name, namespace);
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return this;
  }

  Xml newline() {
    return text("\n");
  }

  /**
   * The document as UTF-8, in the calling thread's page buffer ({@link PageWriter#lend}): valid
   * until the thread writes its next page or document, to be copied if kept.
   */
  LentPage finish() {
    try {
      out.writeEndDocument();
      out.close();
    } catch (XMLStreamException e) {
      throw new FeedWritingException(e);
    }
    return page.lend();
  }
}
