package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiosque.content.NamedEntities;
import kiosque.content.Topic;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * Why an item was chosen, in a line an editor reads: {@code Même affaire · Sujets : Ebola · Noms :
 * OMS, Guinée · Termes : épidémie, virus · Récent}.
 */
final class Reasons {

  static final String PINNED = "Choisi par la rédaction";
  static final String SAME_SECTION_RECENT = "Récent, même rubrique";
  static final String RECENT = "Récent";
  static final int MAX_LENGTH = 500;
  private static final int SHOWN = 3;
  /** Only the strongest terms are checked: the line shows three at most. */
  private static final int TERMS_CHECKED = 10;

  private Reasons() {}

  static String of(IndexSearcher searcher, ArticleProfile profile, Candidate candidate, boolean sameStory,
      boolean recent) throws IOException {
    candidate.loadDetails(searcher);
    List<String> parts = new ArrayList<>();
    if (sameStory) {
      parts.add("Même affaire");
    }
    List<String> topics = new ArrayList<>();
    for (Topic topic : profile.topics()) {
      if (candidate.topicIds().contains(Long.toString(topic.id()))) {
        topics.add(topic.name());
      }
    }
    add(parts, "Sujets", topics);
    List<String> names = new ArrayList<>();
    Map<String, String> byKey = profile.entityNamesByKey();
    for (NamedEntities.Entity entity : profile.entities()) {
      if (candidate.entityKeys().contains(entity.key())) {
        names.add(byKey.get(entity.key()));
      }
    }
    add(parts, "Noms", names);
    add(parts, "Termes", sharedTerms(searcher, profile, candidate, names));
    if (recent) {
      parts.add(RECENT);
    }
    String line = parts.isEmpty() ? "Proche par le texte" : String.join(" · ", parts);
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static void add(List<String> parts, String label, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(label + " : " + String.join(", ", values.subList(0, Math.min(SHOWN, values.size()))));
    }
  }

  /** The strongest key terms the candidate's text also has, leaving out words the names already show. */
  private static List<String> sharedTerms(IndexSearcher searcher, ArticleProfile profile, Candidate candidate,
      List<String> names) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidate.doc, leaves));
    int local = candidate.doc - leaf.docBase;
    String shownNames = String.join(" ", names).toLowerCase(Locale.FRENCH);
    List<String> shared = new ArrayList<>();
    for (KeyTerm term : profile.terms().subList(0, Math.min(TERMS_CHECKED, profile.terms().size()))) {
      if (shared.size() == SHOWN) {
        break;
      }
      if (shownNames.contains(term.word().toLowerCase(Locale.FRENCH))) {
        continue;
      }
      if (has(leaf, SimilarityIndex.BODY, term.stem(), local) || has(leaf, SimilarityIndex.TITLE, term.stem(), local)) {
        shared.add(term.word());
      }
    }
    return shared;
  }

  private static boolean has(LeafReaderContext leaf, String field, String stem, int doc) throws IOException {
    PostingsEnum postings = leaf.reader().postings(new Term(field, stem), PostingsEnum.NONE);
    return postings != null && postings.advance(doc) == doc;
  }
}
