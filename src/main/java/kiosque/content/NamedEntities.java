package kiosque.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Candidate names of people, places and organisations in French text, found without a model:
 * sequences of capitalised words ({@code Mohammed Belhocine}, {@code États-Unis}, {@code OMS}),
 * with the particles French and Arabic names carry inside them ({@code Afrique de l'Ouest},
 * {@code Côte d'Ivoire}, {@code Mohammed al-Joubouri}).
 *
 * <p>A capital at the start of a sentence proves nothing ({@code Rappelons que ...}), so a lone
 * word there counts only when the text also capitalises it elsewhere. Names are matched by their
 * {@link NameKeys key}, so accents and case do not split them. A surname used alone after the full
 * name ({@code Belhocine} after {@code Mohammed Belhocine}) counts for the full name.
 */
public final class NamedEntities {

  /** One name: its key, how the text first wrote it, how often it appears, whether the title has it. */
  public record Entity(String key, String name, int count, boolean inTitle) {}

  private NamedEntities() {}

  /** The names in an article's title, standfirst and text. */
  public static List<Entity> in(Article article) {
    String body = article.bodyText() == null ? "" : article.bodyText();
    String summary = article.summary() == null ? "" : article.summary().strip();
    // Imports often repeat the standfirst as the first paragraph: counting it twice would favour its names.
    String text = summary.isEmpty() || body.startsWith(summary) ? body : summary + "\n\n" + body;
    return in(article.title(), text);
  }

  /** The names in a title and a text, most mentioned first (the title's first among equals). */
  public static List<Entity> in(String title, String text) {
    List<NameSpans.Span> spans = new ArrayList<>();
    spans.addAll(NameSpans.in(title == null ? "" : title, true));
    spans.addAll(NameSpans.in(text == null ? "" : text, false));
    Set<String> confirmed = new HashSet<>();
    for (NameSpans.Span span : spans) {
      if (!span.atSentenceStart || span.words > 1) {
        confirmed.add(span.key);
      }
      if (span.words > 1) {
        // "Macron propose ..." opens a sentence, but the text also says "Emmanuel Macron".
        confirmed.add(span.key.substring(span.key.lastIndexOf(' ') + 1));
      }
    }
    Map<String, Counted> byKey = new LinkedHashMap<>();
    for (NameSpans.Span span : spans) {
      boolean acronym = span.words == 1 && span.text.length() > 1 && span.text.equals(span.text.toUpperCase(Locale.ROOT))
          && span.text.chars().anyMatch(Character::isLetter);
      if (span.atSentenceStart && span.words == 1 && !acronym && !confirmed.contains(span.key)) {
        continue;
      }
      Counted counted = byKey.computeIfAbsent(span.key, k -> new Counted(span.text, span.words, byKey.size()));
      counted.count++;
      counted.inTitle |= span.inTitle;
    }
    foldSurnames(byKey);
    return byKey.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Counted> e) -> -e.getValue().count)
            .thenComparing(e -> !e.getValue().inTitle)
            .thenComparingInt(e -> e.getValue().order))
        .map(e -> new Entity(e.getKey(), e.getValue().name, e.getValue().count, e.getValue().inTitle))
        .toList();
  }

  /** A surname alone, after the full name was given, is that person: Belhocine → Mohammed Belhocine. */
  private static void foldSurnames(Map<String, Counted> byKey) {
    Map<String, String> fullNameOfLastWord = new LinkedHashMap<>();
    for (Map.Entry<String, Counted> entry : byKey.entrySet()) {
      if (entry.getValue().words > 1) {
        String key = entry.getKey();
        String last = key.substring(key.lastIndexOf(' ') + 1);
        // Two full names ending alike (Marine and Jean-Marie Le Pen): the surname stays on its own.
        fullNameOfLastWord.merge(last, key, (a, b) -> "");
      }
    }
    for (Map.Entry<String, String> link : fullNameOfLastWord.entrySet()) {
      Counted alone = byKey.get(link.getKey());
      Counted full = link.getValue().isEmpty() ? null : byKey.get(link.getValue());
      if (alone != null && full != null && alone.words == 1 && full.order < alone.order) {
        full.count += alone.count;
        full.inTitle |= alone.inTitle;
        byKey.remove(link.getKey());
      }
    }
  }

  /** A name being counted. */
  private static final class Counted {
    final String name;
    final int words;
    final int order;
    int count;
    boolean inTitle;

    Counted(String name, int words, int order) {
      this.name = name;
      this.words = words;
      this.order = order;
    }
  }
}
