package kiosque.feeds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serialises structured data for a {@code <script type="application/ld+json">} block. The HTML
 * parser ends a script element at the first {@code </script}, whatever JSON thinks of it, so
 * {@code <}, {@code >} and {@code &} are written as {@code \u003c}-style escapes (still the same JSON
 * strings); U+2028 and U+2029 too, for old JavaScript parsers.
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
