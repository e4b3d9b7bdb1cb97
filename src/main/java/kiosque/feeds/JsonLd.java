package kiosque.feeds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.Content;
import java.io.IOException;
import java.io.UncheckedIOException;
import kiosque.web.CharsOutput;

/**
 * Serialises structured data for a {@code <script type="application/ld+json">} block. The HTML
 * parser ends a script element at the first {@code </script}, whatever JSON thinks of it, so
 * {@code <}, {@code >} and {@code &} are written as {@code \u003c}-style escapes (still the same JSON
 * strings); U+2028 and U+2029 too, for old JavaScript parsers.
 *
 * <p>A page's documents are {@link #streamed}: written by a generator into the page as it renders,
 * with the same escapes, instead of a tree of nodes serialised to a String first (7 to 9 KB of
 * every uncached article page, issue 15).
 */
final class JsonLd {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    MAPPER.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private JsonLd() {}

  static ObjectNode object(String type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", type);
    return node;
  }

  /** A nested object: no {@code @context}, the outermost one applies. */
  static ObjectNode typed(String type) {
    return MAPPER.createObjectNode().put("@type", type);
  }

  static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON-LD could not be written", e);
    }
  }

  /** What writes one document's tokens, from its opening brace to its closing one. */
  @FunctionalInterface
  interface Document {
    void write(JsonGenerator json) throws IOException;
  }

  /** A document's characters, in an array each request thread keeps (a document is a few kilobytes). */
  private static final ThreadLocal<CharsWriter> CHARS = ThreadLocal.withInitial(() -> new CharsWriter(4096));

  /** A buffer grown past this (a huge document) is not kept: the thread would hold it for ever. */
  private static final int CHARS_KEPT_AT_MOST = 64 * 1024;

  /**
   * A document written into the page where the template prints it, by {@code document}: into the
   * thread's character array, then handed to the page whole (a page's own output encodes the array
   * straight into the page's bytes: no String of the document). Whole, because a surrogate pair
   * split between two writes would print as two '?'.
   */
  static Content streamed(Document document) {
    return output -> {
      CharsWriter chars = CHARS.get();
      chars.clear();
      try (JsonGenerator json = MAPPER.getFactory().createGenerator(chars)) {
        document.write(json);
      } catch (IOException e) {
        // The characters go to memory: only a bug in a document gets here.
        throw new UncheckedIOException("JSON-LD could not be written", e);
      }
      if (output instanceof CharsOutput page) {
        page.writeChars(chars.chars(), 0, chars.length());
      } else {
        output.writeContent(chars.toString());
      }
      if (chars.chars().length > CHARS_KEPT_AT_MOST) {
        CHARS.remove();
      }
    };
  }

  /** A document serialised once ({@link #write}), printed as it is. */
  static Content written(String json) {
    return output -> output.writeContent(json);
  }

  /** Opens a top-level object: {@code @context}, then {@code @type}, as {@link #object} has them. */
  static void startObject(JsonGenerator json, String type) throws IOException {
    json.writeStartObject();
    json.writeStringField("@context", "https://schema.org");
    json.writeStringField("@type", type);
  }

  /** Opens a nested object with its {@code @type}, as {@link #typed} has it. */
  static void startTyped(JsonGenerator json, String type) throws IOException {
    json.writeStartObject();
    json.writeStringField("@type", type);
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {

    private final int[] ascii;

    HtmlSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> new SerializedString("\\u2028");
        case 0x2029 -> new SerializedString("\\u2029");
        default -> null;
      };
    }
  }
}
