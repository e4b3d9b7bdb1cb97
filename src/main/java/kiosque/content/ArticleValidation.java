package kiosque.content;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The rules every article meets before it is stored, whatever wrote it (the newsroom, an import, an
 * API): {@link ArticleService} applies them to each draft, so no write path can skip them.
 *
 * <p>Text is put in NFC (an accent typed as one character or as a letter plus a combining mark is
 * the same text, for search and for the fingerprint that makes re-imports idempotent); line ends
 * become {@code \n}; the other C0 control characters but tab are removed, and the removal is
 * reported as a warning: they are invisible, PostgreSQL refuses NUL, and a browser shows them
 * as boxes at best. A lone surrogate (half an emoji, a sign of a file cut or converted badly) is
 * refused: there is no character to keep. Dates stay within the years 1800 to 9999, which every
 * column, time zone and date format in the application can hold.
 */
final class ArticleValidation {

  static final int MAX_TITLE = 1000;
  static final int MAX_BODY = 1_000_000;
  // The column sizes of V001__content.sql: longer values must be refused here, with a message,
  // rather than fail in the database.
  static final int MAX_NAME = 200;
  static final int MAX_EXTERNAL_ID = 300;
  static final int MAX_SOURCE_NAME = 300;
  static final int MAX_URL = 2000;
  // The extra fields' sane maxima (V700); the form's counters advise far shorter (60, 160).
  static final int MAX_KICKER = 200;
  static final int MAX_SEO_TITLE = 300;
  static final int MAX_SEO_DESCRIPTION = 1000;
  static final int MAX_SOCIAL_TITLE = 300;
  static final int MAX_CORRECTION = 5000;

  static final int FIRST_YEAR = 1800;
  static final int LAST_YEAR = 9999;
  static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
  /** The last day of 9999 is left out: in a time zone east of UTC it would already be year 10000. */
  static final Instant AFTER_LATEST = Instant.parse("9999-12-31T00:00:00Z");

  /** The draft as it will be stored, and what was removed from it, one sentence per field. */
  record Checked(ArticleDraft draft, List<String> warnings) {}

  private ArticleValidation() {}

  /** @throws InvalidContentException naming the field, when the draft cannot be stored as given */
  static Checked check(ArticleDraft draft) {
    List<String> warnings = new ArrayList<>();
    String id = identifier(draft.externalId());
    Instant publishedAt = date("published_at", draft.publishedAt());
    ArticleDraft clean = new ArticleDraft(id, text("slug", draft.slug(), warnings),
        text("title", draft.title(), warnings), text("summary", draft.summary(), warnings),
        text("body", draft.body(), warnings), text("section", draft.sectionName(), warnings),
        texts("author", draft.bylines(), warnings), texts("topic name", draft.topicNames(), warnings), draft.status(),
        publishedAt, text("source", draft.sourceName(), warnings), text("source_url", draft.sourceUrl(), warnings),
        texts("legacy URL", draft.legacyPaths(), warnings), extras(draft.extras(), warnings));
    validate(clean);
    return new Checked(clean, List.copyOf(warnings));
  }

  private static void validate(ArticleDraft draft) {
    if (draft.title() == null || draft.title().isBlank()) {
      throw new InvalidContentException("title is missing");
    }
    if (draft.title().length() > MAX_TITLE) {
      throw new InvalidContentException("title is longer than " + MAX_TITLE + " characters");
    }
    if (draft.body() != null && draft.body().length() > MAX_BODY) {
      throw new InvalidContentException("body is longer than " + MAX_BODY + " characters");
    }
    if (draft.status() == null) {
      throw new InvalidContentException("status is missing");
    }
    if (draft.sourceUrl() != null && !draft.sourceUrl().isBlank()
        && !draft.sourceUrl().strip().matches("(?i)https?://\\S+")) {
      throw new InvalidContentException("source_url must be an http or https address, got \"" + draft.sourceUrl() + "\"");
    }
    checkLength("id", draft.externalId(), MAX_EXTERNAL_ID);
    checkLength("section", draft.sectionName(), MAX_NAME);
    checkLength("source", draft.sourceName(), MAX_SOURCE_NAME);
    checkLength("source_url", draft.sourceUrl(), MAX_URL);
    for (String name : draft.topicNames()) {
      checkLength("topic name", name, MAX_NAME);
    }
    for (String byline : draft.bylines()) {
      checkLength("author", byline, MAX_NAME);
    }
    ArticleExtras extras = draft.extras();
    checkLength("kicker", extras.kicker(), MAX_KICKER);
    checkLength("seo_title", extras.seoTitle(), MAX_SEO_TITLE);
    checkLength("seo_description", extras.seoDescription(), MAX_SEO_DESCRIPTION);
    checkLength("social_title", extras.socialTitle(), MAX_SOCIAL_TITLE);
    checkLength("correction", extras.correction(), MAX_CORRECTION);
    date("corrected_at", extras.correctedAt());
  }

  /** The extra fields under the same text rules as the others, each named as an import file names it. */
  private static ArticleExtras extras(ArticleExtras extras, List<String> warnings) {
    if (extras.isEmpty()) {
      return extras;
    }
    return new ArticleExtras(text("kicker", extras.kicker(), warnings), text("seo_title", extras.seoTitle(), warnings),
        text("seo_description", extras.seoDescription(), warnings),
        text("social_title", extras.socialTitle(), warnings), extras.socialImageId(),
        text("correction", extras.correction(), warnings), extras.correctedAt());
  }

  static void checkLength(String what, String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw new InvalidContentException(what + " is longer than " + max + " characters: \""
          + value.strip().substring(0, 40) + "...\"");
    }
  }

  private static Instant date(String field, Instant value) {
    if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(AFTER_LATEST))) {
      throw new InvalidContentException(field + " " + value.atOffset(ZoneOffset.UTC).toLocalDate()
          + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR + " (until " + LAST_YEAR + "-12-30)");
    }
    return value;
  }

  /** An id is how a later import finds the article again: changing it silently would duplicate it. */
  private static String identifier(String id) {
    if (id == null) {
      return null;
    }
    refuseLoneSurrogates("id", id);
    TreeSet<Integer> controls = controls(id);
    if (!controls.isEmpty()) {
      throw new InvalidContentException("id contains control characters (" + names(controls) + ")");
    }
    return id;
  }

  private static List<String> texts(String field, List<String> values, List<String> warnings) {
    List<String> clean = new ArrayList<>(values.size());
    for (String value : values) {
      clean.add(text(field, value, warnings));
    }
    return clean;
  }

  /** The text in NFC with {@code \n} line ends and no control character but tab and line feed. */
  static String text(String field, String value, List<String> warnings) {
    if (value == null) {
      return null;
    }
    refuseLoneSurrogates(field, value);
    String lines = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    TreeSet<Integer> controls = controls(lines);
    String kept = lines;
    if (!controls.isEmpty()) {
      StringBuilder out = new StringBuilder(lines.length());
      int removed = 0;
      for (int i = 0; i < lines.length(); i++) {
        char c = lines.charAt(i);
        if (isRemovedControl(c)) {
          removed++;
        } else {
          out.append(c);
        }
      }
      kept = out.toString();
      warnings.add(field + ": " + removed + " control character" + (removed > 1 ? "s" : "") + " removed ("
          + names(controls) + ")");
    }
    return Normalizer.isNormalized(kept, Normalizer.Form.NFC) ? kept : Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  private static void refuseLoneSurrogates(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidContentException(field + " contains a lone surrogate (" + name(c) + " at character " + (i + 1)
            + "), half of a character such as an emoji: the text was cut or converted badly");
      }
    }
  }

  private static TreeSet<Integer> controls(String value) {
    TreeSet<Integer> found = new TreeSet<>();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isRemovedControl(c) || c == '\r') {
        found.add((int) c);
      }
    }
    return found;
  }

  /** C0 controls but tab and line feed (carriage returns are line ends, turned into line feeds first). */
  private static boolean isRemovedControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n';
  }

  private static String names(TreeSet<Integer> codes) {
    List<String> names = new ArrayList<>();
    codes.forEach(code -> names.add(name(code)));
    return String.join(", ", names);
  }

  private static String name(int code) {
    return String.format(Locale.ROOT, "U+%04X", code);
  }
}
