package kiosque.newsroom.editor;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import kiosque.content.ArticleExtras;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A readable difference between two revisions, for people who never read HTML: the fields and
 * each paragraph of the body as a line of text ({@code **gras**}, {@code _italique_}, links with
 * their address), compared line by line and word by word (java-diff-utils, ADR 0102). The result
 * is plain text segments, escaped by the template like everything else.
 */
public final class RevisionDiff {

  /** A run of text that is unchanged, removed or added. */
  public record Segment(String text, String kind) {}

  /** One line of the comparison: "same", "changed", "added" or "removed". */
  public record Line(String kind, List<Segment> segments) {}

  private static final String DEL_START = "\u0001";
  private static final String DEL_END = "\u0002";
  private static final String INS_START = "\u0003";
  private static final String INS_END = "\u0004";

  private RevisionDiff() {}

  public static List<Line> between(ArticleForm before, ArticleForm after) {
    DiffRowGenerator generator = DiffRowGenerator.create()
        .showInlineDiffs(true)
        .inlineDiffByWord(true)
        .mergeOriginalRevised(true)
        .lineNormalizer(line -> line)
        .oldTag(start -> start ? DEL_START : DEL_END)
        .newTag(start -> start ? INS_START : INS_END)
        .build();
    List<Line> lines = new ArrayList<>();
    for (DiffRow row : generator.generateDiffRows(lines(before), lines(after))) {
      String kind = switch (row.getTag()) {
        case EQUAL -> "same";
        case INSERT -> "added";
        case DELETE -> "removed";
        case CHANGE -> "changed";
      };
      lines.add(new Line(kind, segments(row.getOldLine())));
    }
    return lines;
  }

  static List<String> lines(ArticleForm form) {
    List<String> lines = new ArrayList<>();
    lines.add("Titre : " + form.title());
    lines.add("Chapô : " + form.summary());
    lines.add("Rubrique : " + form.section());
    lines.add("Sujets : " + form.topicsText());
    lines.add("Auteurs : " + form.bylinesText());
    lines.add("Source : " + form.sourceName() + (form.sourceUrl().isBlank() ? "" : " [" + form.sourceUrl() + "]"));
    lines.add("Adresse : " + form.slug());
    extraLines(lines, form.extras());
    for (Element block : Jsoup.parseBodyFragment(form.body()).body().children()) {
      if (block.is("ul, ol")) {
        block.children().forEach(item -> lines.add("• " + inline(item)));
      } else {
        String prefix = block.is("h2, h3, h4") ? "Intertitre : " : block.is("blockquote") ? "Citation : " : "";
        lines.add(prefix + inline(block));
      }
    }
    return lines;
  }

  /** The fields of issue 13, each only when set: older revisions compare as they always did. */
  private static void extraLines(List<String> lines, ArticleExtras extras) {
    addIfSet(lines, "Surtitre : ", extras.kicker());
    addIfSet(lines, "Titre pour les moteurs : ", extras.seoTitle());
    addIfSet(lines, "Description pour les moteurs : ", extras.seoDescription());
    addIfSet(lines, "Titre de partage : ", extras.socialTitle());
    addIfSet(lines, "Image de partage : ", extras.socialImageId() == null ? null : "n° " + extras.socialImageId());
    addIfSet(lines, "Correction : ", extras.correction());
  }

  private static void addIfSet(List<String> lines, String label, String value) {
    if (value != null) {
      lines.add(label + value.replace('\n', ' '));
    }
  }

  private static String inline(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode t) {
        text.append(t.text());
      } else if (node instanceof Element e) {
        String inner = inline(e);
        if (e.is("b, strong")) {
          text.append("**").append(inner).append("**");
        } else if (e.is("i, em")) {
          text.append('_').append(inner).append('_');
        } else if (e.is("a")) {
          text.append(inner).append(" [").append(e.attr("href")).append(']');
        } else if (e.is("br")) {
          text.append(' ');
        } else {
          text.append(inner);
        }
      }
    }
    return text.toString().strip();
  }

  private static List<Segment> segments(String marked) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String kind = "same";
    for (int i = 0; i < marked.length(); i++) {
      String c = String.valueOf(marked.charAt(i));
      String next = switch (c) {
        case DEL_START -> "del";
        case INS_START -> "ins";
        case DEL_END, INS_END -> "same";
        default -> null;
      };
      if (next == null) {
        current.append(c);
        continue;
      }
      if (!current.isEmpty()) {
        segments.add(new Segment(current.toString(), kind));
        current.setLength(0);
      }
      kind = next;
    }
    if (!current.isEmpty()) {
      segments.add(new Segment(current.toString(), kind));
    }
    return segments;
  }
}
