package kiosque.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;

/**
 * Turns one line of the JSON Lines format into an {@link ArticleDraft}. It checks the shape (types,
 * dates, status) and says which field is wrong; the content rules (title, body, addresses) are
 * {@link kiosque.content.ArticleService}'s. Fields it does not know are ignored; null is absent.
 */
final class ArticleLineParser {

  // Thread-safe once built: one mapper for every line of every import.
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  ArticleDraft parse(byte[] bytes, int length) throws BadLineException {
    JsonNode root = tree(bytes, length);
    ArticleStatus status = status(root);
    Instant publishedAt = instant(root, "published_at");
    if (publishedAt == null && status == ArticleStatus.PUBLISHED) {
      throw new BadLineException("published_at is missing (a published article needs its date, "
          + "like 2016-01-01T12:00:00Z)");
    }
    List<String> bylines = new ArrayList<>();
    String author = text(root, "author");
    if (author != null) {
      bylines.add(author);
    }
    bylines.addAll(strings(root, "authors"));
    return new ArticleDraft(id(root), text(root, "slug"), text(root, "title"), text(root, "summary"), text(root, "body"),
        text(root, "section"), bylines, strings(root, "tags"), status, publishedAt, text(root, "source"),
        text(root, "source_url"), strings(root, "legacy_urls"), extras(root));
  }

  /** The newsroom's optional fields (issue 13), when the line has them; an export writes them. */
  private static ArticleExtras extras(JsonNode root) throws BadLineException {
    return new ArticleExtras(text(root, "kicker"), text(root, "seo_title"), text(root, "seo_description"),
        text(root, "social_title"), null, text(root, "correction"), instant(root, "corrected_at"));
  }

  private static JsonNode tree(byte[] bytes, int length) throws BadLineException {
    JsonNode root;
    try (JsonParser parser = JSON.createParser(bytes, 0, length)) {
      root = JSON.readTree(parser);
      if (parser.nextToken() != null) {
        throw new BadLineException("unexpected text after the article's closing brace (column "
            + parser.currentTokenLocation().getColumnNr() + "); write one article per line");
      }
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw new BadLineException("not valid JSON" + (column > 0 ? " (column " + column + ")" : "") + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      // Not a syntax error but bytes that are no text at all (NUL bytes read as UTF-32, say).
      throw new BadLineException("not valid JSON text: " + e.getMessage());
    }
    if (!root.isObject()) {
      throw new BadLineException("expected a JSON object for the article, got " + kind(root));
    }
    return root;
  }

  /** Usually a string; whole numbers are accepted too, as many exports number their rows. */
  private static String id(JsonNode root) throws BadLineException {
    JsonNode node = root.get("id");
    if (absent(node)) {
      throw new BadLineException("id is missing");
    }
    if (!node.isTextual() && !node.isIntegralNumber()) {
      throw new BadLineException("id must be a string, got " + kind(node));
    }
    String id = node.asText().strip();
    if (id.isEmpty()) {
      throw new BadLineException("id is missing");
    }
    return id;
  }

  private static ArticleStatus status(JsonNode root) throws BadLineException {
    String code = text(root, "status");
    if (code == null || code.isBlank()) {
      return ArticleStatus.PUBLISHED;
    }
    // The newsroom's workflow states (in_review, scheduled) are not part of the import format.
    String normalized = code.strip().toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case "draft", "published", "unpublished" -> ArticleStatus.fromCode(normalized);
      default -> throw new BadLineException("unknown status \"" + normalized + "\" (expected draft, published or unpublished)");
    };
  }

  /** ISO-8601 with an offset: without one the instant would depend on the importing machine. */
  private static Instant instant(JsonNode root, String field) throws BadLineException {
    String raw = text(root, field);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      if (parses(() -> LocalDateTime.parse(value)) || parses(() -> LocalDate.parse(value))) {
        throw new BadLineException(field + " " + quote(value) + " has no UTC offset; write it like "
            + "2016-01-01T12:00:00Z or 2016-01-01T13:00:00+01:00");
      }
      throw new BadLineException(field + " " + quote(value) + " is not an ISO-8601 date and time "
          + "(like 2016-01-01T12:00:00Z)");
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String text(JsonNode root, String field) throws BadLineException {
    JsonNode node = root.get(field);
    if (absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadLineException(field + " must be a string, got " + kind(node)
          + (field.equals("author") && node.isArray() ? " (use authors for a list)" : ""));
    }
    return node.textValue();
  }

  private static List<String> strings(JsonNode root, String field) throws BadLineException {
    JsonNode node = root.get(field);
    if (absent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadLineException(field + " must be an array of strings, got " + kind(node));
    }
    List<String> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isTextual()) {
        throw new BadLineException(field + "[" + i + "] must be a string, got " + kind(item));
      }
      values.add(item.textValue());
    }
    return values;
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** Quoted for a message, cut short: the value may be a whole paragraph put in the wrong field. */
  private static String quote(String value) {
    return "\"" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "\"";
  }
}
