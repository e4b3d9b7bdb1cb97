package kiosque.related;

import java.io.IOException;
import java.util.List;
import kiosque.content.NamedEntities;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.IndexReader;

/**
 * How much the names two articles share say, by rarity: sharing "France" says little, sharing
 * "Pierre Nkurunziza" a lot. The shared names' idf over the idf of all the article's names, in [0, 1].
 */
final class SharedNames {

  private SharedNames() {}

  /** @param shared for each of the article's names, whether the candidate has it ({@link NameOrdinals}) */
  static double rarity(IndexReader reader, DocFrequencies frequencies, List<NamedEntities.Entity> names,
      boolean[] shared) throws IOException {
    int documents = Math.max(1, reader.numDocs());
    double[] idf = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      idf[i] = idf(frequencies.of(reader, SimilarityIndex.ENTITY, names.get(i).key()), documents);
    }
    return share(idf, shared);
  }

  /** The shared names' part of the article's names' total idf. */
  static double share(double[] idf, boolean[] shared) {
    double all = 0;
    double common = 0;
    for (int i = 0; i < idf.length; i++) {
      all += idf[i];
      common += shared[i] ? idf[i] : 0;
    }
    return all == 0 ? 0 : common / all;
  }

  /** BM25's idf: how rare a name is among the archive's articles. */
  static double idf(int documentFrequency, int documents) {
    return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
