package kiosque.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The UnifiedHighlighter, reading offsets from the postings (no re-analysis), returning
 * {@link Snippet}s rather than HTML strings: headline and standfirst whole, the body as one
 * passage of about two lines around the best match. The texts come from the hits' stored fields
 * as the caller already loaded them: a hit's stored fields are decompressed once per search, not
 * once for its teaser and again for each highlighted field.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  static final int EXCERPT_LENGTH = 220;
  private static final int MAX_EXCERPT = 320;

  private final Map<Integer, Document> loaded;

  /** @param loaded the stored fields of every document to highlight, by doc id, with the fields to highlight */
  SnippetHighlighter(IndexSearcher searcher, Map<Integer, Document> loaded) {
    // Term by term from the postings' offsets. Weight matches (the default) would build the whole
    // query's scorers again for every field of every hit, and multi-term queries would make it
    // re-analyse the text: callers pass queries already rewritten to plain terms and phrases.
    super(UnifiedHighlighter.builder(searcher, ArticleDocument.INDEX_ANALYZER)
        .withWeightMatches(false)
        .withHandleMultiTermQuery(false));
    this.loaded = loaded;
  }

  /** Snippets per field, in the order of {@code docIds}; null where a field has nothing to show. */
  Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
    int[] maxPassages = new int[fields.length];
    Arrays.fill(maxPassages, 1);
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }

  /**
   * The texts from the documents already loaded (a document not loaded is read here), cut to the
   * highlighter's maximum length as its own loading does; null where a document has no such field.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document document = loaded.get(doc);
      if (document == null) {
        document = searcher.storedFields().document(doc, Set.of(fields));
      }
      CharSequence[] texts = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String text = document.get(fields[f]);
        texts[f] = text == null ? null : text.substring(0, Math.min(getMaxLength(), text.length()));
      }
      values.add(texts);
    }
    return values;
  }

  /**
   * The headline, standfirst and text are always indexed with offsets (ArticleDocument.HIGHLIGHTED):
   * no need to look at every segment's field infos again for every search.
   */
  @Override
  protected OffsetSource getOffsetSource(String field) {
    return OffsetSource.POSTINGS;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return isBody(field)
        ? LengthGoalBreakIterator.createClosestToLength(new CharArraySentences(), EXCERPT_LENGTH, 0.3f)
        : new WholeBreakIterator();
  }

  /** A body without a match shows nothing (the standfirst stands in); headlines always show. */
  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return isBody(field) ? 0 : 1;
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return new SnippetFormatter(isBody(field));
  }

  private static boolean isBody(String field) {
    return field.equals(ArticleDocument.BODY);
  }

  /** Turns passages into snippets; body passages are cut around their first match and marked as extracts. */
  private static final class SnippetFormatter extends PassageFormatter {
    private final boolean extract;

    SnippetFormatter(boolean extract) {
      this.extract = extract;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      Snippet.Builder snippet = new Snippet.Builder();
      for (int p = 0; p < passages.length; p++) {
        Passage passage = passages[p];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (extract && end - start > MAX_EXCERPT && passage.getNumMatches() > 0) {
          start = wordStart(content, Math.max(start, passage.getMatchStarts()[0] - MAX_EXCERPT / 3));
          end = wordEnd(content, start, Math.min(end, start + MAX_EXCERPT));
        }
        if (extract && start > 0) {
          start = skipLeadingPunctuation(content, start, passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : end);
        }
        if (extract && (p > 0 || start > 0)) {
          snippet.add("… ", false);
        }
        int pos = start;
        for (int m = 0; m < passage.getNumMatches(); m++) {
          int matchStart = Math.max(passage.getMatchStarts()[m], pos);
          int matchEnd = Math.min(passage.getMatchEnds()[m], end);
          if (matchEnd <= matchStart) {
            continue;
          }
          snippet.add(content.substring(pos, matchStart), false);
          snippet.add(content.substring(matchStart, matchEnd), true);
          pos = matchEnd;
        }
        snippet.add(content.substring(pos, end).stripTrailing(), false);
        if (extract && end < content.length()) {
          snippet.add(" …", false);
        }
      }
      return snippet.build();
    }

    /** A sentence break can fall before the end of a quotation: an extract never starts with ". »". */
    private static int skipLeadingPunctuation(String content, int start, int limit) {
      int at = start;
      while (at < limit && (Character.isWhitespace(content.charAt(at)) || ".,;:!?…)]»".indexOf(content.charAt(at)) >= 0)) {
        at++;
      }
      return at;
    }

    private static int wordStart(String content, int offset) {
      int space = content.lastIndexOf(' ', offset);
      return space < 0 ? offset : space + 1;
    }

    private static int wordEnd(String content, int start, int offset) {
      int space = content.lastIndexOf(' ', offset);
      return space <= start ? offset : space;
    }
  }
}
