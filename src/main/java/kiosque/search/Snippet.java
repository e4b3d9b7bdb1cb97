package kiosque.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A piece of an article's text with the words that matched the query marked. Templates print the
 * parts with their usual escaping and wrap marked ones in {@code <mark>}; {@link #html()} does the
 * same for the JSON endpoint.
 */
public record Snippet(List<Part> parts) {

  /** A run of text, matched or not. */
  public record Part(String text, boolean marked) {}

  public Snippet {
    parts = List.copyOf(parts);
  }

  static Snippet plain(String text) {
    return new Snippet(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  public boolean hasMarks() {
    return parts.stream().anyMatch(Part::marked);
  }

  /** The text without marks. */
  public String text() {
    StringBuilder out = new StringBuilder();
    parts.forEach(part -> out.append(part.text()));
    return out.toString();
  }

  /** The text HTML-escaped, matched words in {@code <mark>}. */
  public String html() {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part.marked()) {
        out.append("<mark>");
        escape(part.text(), out);
        out.append("</mark>");
      } else {
        escape(part.text(), out);
      }
    }
    return out.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** Builds a snippet part by part, joining neighbours of the same kind and collapsing white space. */
  static final class Builder {
    private static final Pattern PARAGRAPH_WITHOUT_STOP = Pattern.compile("(?<=[^.!?…:»\\s])\\s*\\n\\s*");
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean currentMarked;

    Builder add(String text, boolean marked) {
      if (text.isEmpty()) {
        return this;
      }
      if (marked != currentMarked && !current.isEmpty()) {
        flush();
      }
      currentMarked = marked;
      // A paragraph break without a full stop (a subheading) reads as a pause, not as one run-on sentence.
      current.append(PARAGRAPH_WITHOUT_STOP.matcher(text).replaceAll(" · ").replaceAll("\\s+", " "));
      return this;
    }

    private void flush() {
      parts.add(new Part(current.toString(), currentMarked));
      current.setLength(0);
    }

    Snippet build() {
      if (!current.isEmpty()) {
        flush();
      }
      return new Snippet(parts);
    }
  }
}
