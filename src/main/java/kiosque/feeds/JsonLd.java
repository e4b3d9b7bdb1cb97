package kiosque.feeds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

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

  /** A document written into the page where the template prints it, by {@code document}. */
  static Content streamed(Document document) {
    return output -> {
      try (JsonGenerator json = MAPPER.getFactory().createGenerator(new OutputWriter(output))) {
        document.write(json);
      } catch (IOException e) {
        // The page's output writes to memory: only a bug in a document gets here.
        throw new UncheckedIOException("JSON-LD could not be written", e);
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

  /**
   * The generator's characters handed to the template's output. The generator fills a buffer of
   * its own (recycled per thread by Jackson) and empties it here once full and at the end: one
   * String for a page's document, where there were the tree's nodes, the serialiser's segments
   * and the document's String.
   */
  private static final class OutputWriter extends Writer {

    private final TemplateOutput output;

    OutputWriter(TemplateOutput output) {
      this.output = output;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
      output.writeContent(new String(chars, offset, count));
    }

    @Override
    public void write(String text, int offset, int count) {
      output.writeContent(text, offset, offset + count);
    }

    @Override
    public void write(int c) {
      output.writeContent(String.valueOf((char) c));
    }

    @Override
    public void flush() {
      // Every write went to the output.
    }

    @Override
    public void close() {
      // The page's output is the template's to finish.
    }
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
