package kiosque.search;

import java.util.ArrayList;
import java.util.List;

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
    private static final String STOPS = ".!?…:»";
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
      collapse(text, current);
      return this;
    }

    /**
     * Each run of white space as one space; a run with a line break after a word without a full stop
     * (a subheading) as a pause, " · ", rather than one run-on sentence. By hand: two regular
     * expressions over every headline and excerpt were a tenth of highlighting.
     */
    static void collapse(String text, StringBuilder out) {
      int length = text.length();
      int at = 0;
      while (at < length) {
        char c = text.charAt(at);
        if (!isSpace(c)) {
          out.append(c);
          at++;
          continue;
        }
        int start = at;
        boolean lineBreak = false;
        while (at < length && isSpace(text.charAt(at))) {
          lineBreak |= text.charAt(at) == '\n';
          at++;
        }
        boolean afterSubheading = lineBreak && start > 0 && STOPS.indexOf(text.charAt(start - 1)) < 0;
        out.append(afterSubheading ? " · " : " ");
      }
    }

    /** White space as regular expressions' {@code \s} knows it: the ASCII spaces and controls. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
