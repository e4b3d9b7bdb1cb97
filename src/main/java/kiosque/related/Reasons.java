package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  /** The reason line of one candidate, given the key terms its text shares ({@link #sharedTerms}). */
  static String of(ArticleProfile profile, Candidate candidate, NameOrdinals names, List<KeyTerm> sharedTerms,
      boolean sameStory, boolean recent) throws IOException {
    return of(profile, candidate, names, sharedTerms, sameStory, null, recent);
  }

  /** @param dossier the rare kicker both headlines carry ({@code Dossier : Gilets jaunes}), or null */
  static String of(ArticleProfile profile, Candidate candidate, NameOrdinals names, List<KeyTerm> sharedTerms,
      boolean sameStory, Kicker dossier, boolean recent) throws IOException {
    List<String> parts = new ArrayList<>();
    if (sameStory) {
      parts.add("Même affaire");
    }
    if (dossier != null) {
      parts.add("Dossier : " + dossier.text());
    }
    List<String> topics = new ArrayList<>();
    for (Topic topic : profile.topics()) {
      if (candidate.topicIds().contains(Long.toString(topic.id()))) {
        topics.add(topic.name());
      }
    }
    add(parts, "Sujets", topics);
    // Compared as ordinals: turning each candidate's names into text was 4 % of a list's CPU.
    boolean[] shared = names.sharedWith(candidate);
    List<String> sharedNames = new ArrayList<>();
    for (int i = 0; i < shared.length; i++) {
      if (shared[i]) {
        sharedNames.add(profile.entities().get(i).name());
      }
    }
    add(parts, "Noms", sharedNames);
    String shownNames = String.join(" ", sharedNames).toLowerCase(Locale.FRENCH);
    // Words the names already show ("Kinshasa" in "Noms") are not repeated as terms.
    add(parts, "Termes", sharedTerms.stream().map(KeyTerm::word)
        .filter(word -> !shownNames.contains(word.toLowerCase(Locale.FRENCH))).toList());
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

  /**
   * The strongest key terms each candidate's text or headline also has, strongest first. One
   * dictionary seek per term and segment, whatever the number of candidates, shared with the
   * similarity query's ({@link LookedUpTerms}).
   */
  static Map<Candidate, List<KeyTerm>> sharedTerms(IndexSearcher searcher, ArticleProfile profile,
      LookedUpTerms lookedUp, Collection<Candidate> candidates) throws IOException {
    List<KeyTerm> checked = profile.terms().subList(0, Math.min(TERMS_CHECKED, profile.terms().size()));
    Map<Candidate, Set<String>> found = new HashMap<>();
    candidates.forEach(c -> found.put(c, new HashSet<>()));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, List<Candidate>> byLeaf = new TreeMap<>();
    for (Candidate c : candidates) {
      byLeaf.computeIfAbsent(ReaderUtil.subIndex(c.doc, leaves), k -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<Integer, List<Candidate>> entry : byLeaf.entrySet()) {
      LeafReaderContext leaf = leaves.get(entry.getKey());
      List<Candidate> inLeaf = entry.getValue().stream().sorted(Comparator.comparingInt(c -> c.doc)).toList();
      String[] fields = {SimilarityIndex.BODY, SimilarityIndex.TITLE};
      PostingsEnum[] reused = new PostingsEnum[fields.length];
      for (KeyTerm term : checked) {
        for (int f = 0; f < fields.length; f++) {
          PostingsEnum postings = lookedUp.postings(leaf, new Term(fields[f], term.stem()), PostingsEnum.NONE,
              reused[f]);
          if (postings == null) {
            continue;
          }
          reused[f] = postings;
          for (Candidate c : inLeaf) {
            int local = c.doc - leaf.docBase;
            int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
            if (at == local) {
              found.get(c).add(term.stem());
            } else if (at == PostingsEnum.NO_MORE_DOCS) {
              break;
            }
          }
        }
      }
    }
    Map<Candidate, List<KeyTerm>> shared = new HashMap<>();
    found.forEach((c, stems) -> shared.put(c, checked.stream().filter(t -> stems.contains(t.stem())).toList()));
    return shared;
  }
}
