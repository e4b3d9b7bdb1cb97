package kiosque.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's {@code wpautop}, the rule that turns a classic-editor post into paragraphs: a blank
 * line separates paragraphs ({@code <p>}), a single line break is a {@code <br>}, and block
 * elements (headings, lists, quotes, tables, figures ...) are never wrapped in a paragraph. Text in
 * {@code <pre>} is left exactly as written. Ported from WordPress's formatting.php, keeping its
 * steps and order, so that posts read as they did on the old site; jsoup's sanitiser runs
 * afterwards and would fix any tag this leaves unbalanced.
 */
final class Autop {

  private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol"
      + "|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside"
      + "|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

  private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
  private static final Pattern TAG_WITH_NEWLINE = Pattern.compile("<[^>]*\\n[^>]*>");
  private static final Pattern BLOCK_OPEN = Pattern.compile("(?i)(<" + BLOCKS + "[\\s/>])");
  private static final Pattern BLOCK_CLOSE = Pattern.compile("(?i)(</" + BLOCKS + ">)");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?" + BLOCKS + "[^>]*>");

  // The clean-up steps of wpautop, in its order, compiled once: they run for every post.
  private static final Pattern DOUBLE_BR = Pattern.compile("<br\\s*/?>\\s*<br\\s*/?>");
  private static final Pattern HR = Pattern.compile("(?i)(<hr\\s*/?>)");
  private static final Pattern EXTRA_NEWLINES = Pattern.compile("\\n\\n+");
  private static final Pattern EMPTY_P = Pattern.compile("<p>\\s*</p>");
  private static final Pattern TEXT_BEFORE_CLOSING_DIV = Pattern.compile("(?i)<p>([^<]+)</(div|address|form)>");
  private static final Pattern P_AROUND_BLOCK_TAG = Pattern.compile("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>");
  private static final Pattern P_AROUND_LI = Pattern.compile("(?i)<p>(<li.+?)</p>");
  private static final Pattern P_BEFORE_QUOTE = Pattern.compile("(?i)<p><blockquote([^>]*)>");
  private static final Pattern P_AFTER_QUOTE = Pattern.compile("(?i)</blockquote></p>");
  private static final Pattern P_BEFORE_BLOCK_TAG = Pattern.compile("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)");
  private static final Pattern P_AFTER_BLOCK_TAG = Pattern.compile("(?i)(</?" + BLOCKS + "[^>]*>)\\s*</p>");
  private static final Pattern BR_AFTER_BLOCK_TAG = Pattern.compile("(?i)(</?" + BLOCKS + "[^>]*>)\\s*<br />");
  private static final Pattern BR_BEFORE_BLOCK_TAG = Pattern.compile("(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)");
  private static final Pattern NEWLINE_BEFORE_LAST_P = Pattern.compile("\\n</p>$");

  private Autop() {}

  static String paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String pee = text.replace("\r\n", "\n").replace('\r', '\n') + "\n";
    List<String> pres = new ArrayList<>();
    pee = hidePre(pee, pres);
    // A line break inside a tag (between attributes) is not a line break of the text.
    pee = TAG_WITH_NEWLINE.matcher(pee).replaceAll(m -> Matcher.quoteReplacement(m.group().replace('\n', ' ')));
    pee = DOUBLE_BR.matcher(pee).replaceAll("\n\n");
    // Block elements stand apart, as if surrounded by blank lines.
    pee = BLOCK_OPEN.matcher(pee).replaceAll("\n\n$1");
    pee = BLOCK_CLOSE.matcher(pee).replaceAll("$1\n\n");
    pee = HR.matcher(pee).replaceAll("$1\n\n");
    pee = EXTRA_NEWLINES.matcher(pee).replaceAll("\n\n");

    StringBuilder html = new StringBuilder();
    for (String chunk : BLANK_LINES.split(pee)) {
      if (!chunk.isBlank()) {
        html.append("<p>").append(chunk.strip()).append("</p>\n");
      }
    }
    pee = html.toString();
    pee = EMPTY_P.matcher(pee).replaceAll("");
    pee = TEXT_BEFORE_CLOSING_DIV.matcher(pee).replaceAll("<p>$1</p></$2>");
    pee = P_AROUND_BLOCK_TAG.matcher(pee).replaceAll("$1");
    pee = P_AROUND_LI.matcher(pee).replaceAll("$1");
    pee = P_BEFORE_QUOTE.matcher(pee).replaceAll("<blockquote$1><p>");
    pee = P_AFTER_QUOTE.matcher(pee).replaceAll("</p></blockquote>");
    pee = P_BEFORE_BLOCK_TAG.matcher(pee).replaceAll("$1");
    pee = P_AFTER_BLOCK_TAG.matcher(pee).replaceAll("$1");
    pee = lineBreaks(pee);
    pee = BR_AFTER_BLOCK_TAG.matcher(pee).replaceAll("$1");
    pee = BR_BEFORE_BLOCK_TAG.matcher(pee).replaceAll("$1");
    pee = NEWLINE_BEFORE_LAST_P.matcher(pee).replaceAll("</p>");
    return showPre(pee, pres).strip();
  }

  /** A single line break inside a paragraph becomes {@code <br />}, unless a block tag is beside it. */
  private static String lineBreaks(String pee) {
    StringBuilder out = new StringBuilder(pee.length() + 64);
    String[] lines = pee.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      out.append(line);
      if (i == lines.length - 1) {
        break;
      }
      String next = lines[i + 1];
      boolean endsBlock = endsWithBlockTag(line) || line.endsWith("<br />") || line.endsWith("<br>");
      boolean startsBlock = startsWithBlockTag(next.stripLeading());
      boolean paragraphEdge = line.endsWith("</p>") || line.isEmpty() || next.isBlank();
      if (!endsBlock && !startsBlock && !paragraphEdge) {
        out.append("<br />");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean endsWithBlockTag(String line) {
    int open = line.lastIndexOf('<');
    return open >= 0 && line.endsWith(">") && BLOCK_TAG.matcher(line.substring(open)).matches();
  }

  private static boolean startsWithBlockTag(String line) {
    Matcher m = BLOCK_TAG.matcher(line);
    return m.lookingAt();
  }

  private static String hidePre(String pee, List<String> pres) {
    Matcher m = PRE.matcher(pee);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      pres.add(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement("<pre wp-pre-tag-" + (pres.size() - 1) + "></pre>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String showPre(String pee, List<String> pres) {
    for (int i = 0; i < pres.size(); i++) {
      pee = pee.replace("<pre wp-pre-tag-" + i + "></pre>", pres.get(i));
    }
    return pee;
  }
}
