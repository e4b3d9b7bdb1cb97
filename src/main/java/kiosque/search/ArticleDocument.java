package kiosque.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import kiosque.content.Article;
import kiosque.content.Author;
import kiosque.content.NameKeys;
import kiosque.content.NamedEntities;
import kiosque.content.Section;
import kiosque.content.Teaser;
import kiosque.content.Topic;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * How a published article becomes a Lucene document: the fields, how each is indexed and why.
 * Only published articles are ever indexed; unpublishing or deleting one deletes its document, so
 * no status field is needed to hide anything.
 */
final class ArticleDocument {

  static final String ID = "id";
  static final String SLUG = "slug";
  static final String TITLE = "title";
  static final String TITLE_WORDS = "title_words";
  static final String TITLE_FORMS = "title_forms";
  static final String SUMMARY = "summary";
  static final String SUMMARY_FORMS = "summary_forms";
  static final String BODY = "body";
  static final String BODY_FORMS = "body_forms";
  static final String TOPIC_TEXT = "topic_text";
  static final String SECTION = "section";
  static final String TOPIC = "topic";
  static final String AUTHOR = "author";
  static final String PUBLISHED = "published";
  static final String SPELLING = "spelling";
  static final String TITLE_PREFIXES = "title_prefixes";
  static final String TOPIC_PREFIXES = "topic_prefixes";
  static final String ARTICLE_ID = "article_id";
  static final String TITLE_VALUE = "title_value";
  static final String ENTITY = "entity";
  static final String TOPIC_ID = "topic_id";

  static final String ARCHIVE_STATUS = "archive_status";
  static final String ARCHIVE_SECTION = "archive_section";
  static final String ARCHIVE_AUTHOR = "archive_author";
  static final String ARCHIVE_TOPIC = "archive_topic";
  static final String ARCHIVE_UPDATED = "archive_updated";

  /** At most this many names per article: the most mentioned carry the similarity, the rest is noise. */
  static final int MAX_ENTITIES = 40;

  /** Facet dimensions: multi-valued where an article can have several. */
  static final FacetsConfig FACETS = facetsConfig();

  /** Searched, highlighted and shown: positions for phrases, offsets so highlighting needs no re-analysis. */
  private static final FieldType HIGHLIGHTED = frozen(TextField.TYPE_STORED,
      IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
  /** Searched (with phrases) but never shown: no stored copy. */
  private static final FieldType MATCHED = TextField.TYPE_NOT_STORED;
  /** Only asked "is this term there, and how often across documents": no frequencies, positions or norms. */
  private static final FieldType VOCABULARY = vocabulary();

  private ArticleDocument() {}

  /** The analyzer for each field, shared: analyzers are thread-safe and keep per-thread token streams. */
  static final Analyzer INDEX_ANALYZER = indexAnalyzer();

  /** The analyzer for each field; what is not listed gets the stemmed text chain. */
  private static Analyzer indexAnalyzer() {
    NewsAnalyzer words = new NewsAnalyzer(NewsAnalyzer.Chain.WORDS);
    NewsAnalyzer forms = new NewsAnalyzer(NewsAnalyzer.Chain.FORMS);
    NewsAnalyzer prefixes = new NewsAnalyzer(NewsAnalyzer.Chain.PREFIXES);
    return new PerFieldAnalyzerWrapper(NewsAnalyzer.text(), Map.of(
        TITLE_WORDS, words,
        TITLE_FORMS, forms,
        SUMMARY_FORMS, forms,
        BODY_FORMS, forms,
        SPELLING, new NewsAnalyzer(NewsAnalyzer.Chain.SPELLING),
        TITLE_PREFIXES, prefixes,
        TOPIC_PREFIXES, prefixes));
  }

  static Term idTerm(long id) {
    return new Term(ID, Long.toString(id));
  }

  static Document of(Article article) throws IOException {
    Document doc = new Document();
    // The key: updates and deletes find the document by it; stored to load the article's teaser.
    doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
    // The id again as a number per document: related lists turn dozens of hits into ids without reading stored fields.
    doc.add(new NumericDocValuesField(ARTICLE_ID, article.id()));
    // Only needed to build the result's link.
    doc.add(new StoredField(SLUG, article.slug()));
    // The headline again as doc values: related lists compare dozens of headlines without reading stored fields.
    doc.add(new BinaryDocValuesField(TITLE_VALUE, new BytesRef(article.title())));
    // The headline: matched with the heaviest boost, highlighted, shown.
    doc.add(new Field(TITLE, article.title(), HIGHLIGHTED));
    // The headline unstemmed: an exact name (Paris) outranks a stem that collides with it (pari).
    doc.add(new Field(TITLE_WORDS, article.title(), MATCHED));
    // The headline's words give or take a plural: the word typed ranks above words sharing its stem.
    doc.add(new Field(TITLE_FORMS, article.title(), MATCHED));
    // The standfirst: matched above the body, shown as the excerpt when the body has no match.
    doc.add(new Field(SUMMARY, article.summary(), HIGHLIGHTED));
    // The standfirst's words give or take a plural: marocain ranks above Maroc, which only shares its stem.
    doc.add(new Field(SUMMARY_FORMS, article.summary(), MATCHED));
    // The text: matched, and the source of the highlighted excerpt.
    doc.add(new Field(BODY, article.bodyText(), HIGHLIGHTED));
    // The text's words give or take a plural: équipe ranks above équipements, which only shares its stem.
    doc.add(new Field(BODY_FORMS, article.bodyText(), MATCHED));
    // Everything a reader sees, unstemmed with accents: the words "Vouliez-vous dire" may propose.
    for (String text : new String[] {article.title(), article.summary(), article.bodyText()}) {
      doc.add(new Field(SPELLING, text, VOCABULARY));
    }
    // Every word beginning of the headline: suggestions as you type, correct as soon as the index refreshes.
    doc.add(new Field(TITLE_PREFIXES, article.title(), VOCABULARY));
    Section section = article.section();
    if (section != null) {
      // Filters and counts per section, by its name (what a facet shows and a filter link carries).
      doc.add(new SortedSetDocValuesFacetField(SECTION, section.name()));
      doc.add(new StoredField(SECTION, section.name()));
    }
    for (NamedEntities.Entity entity : NamedEntities.in(article).stream()
        .limit(MAX_ENTITIES).toList()) {
      // Related articles: the same person, place or organisation, matched exactly by its folded key
      // (an idf per name, so a rare name weighs more than "France"); doc values to say which names two share.
      doc.add(new KeywordField(ENTITY, entity.key(), Field.Store.NO));
    }
    for (Topic topic : article.topics()) {
      // Related articles: shared topics matched exactly by id, a rare topic weighing more (idf); doc
      // values for the cap on items per topic and to say which topics two articles share.
      doc.add(new KeywordField(TOPIC_ID, Long.toString(topic.id()), Field.Store.NO));
      // Filters and counts per topic.
      doc.add(new SortedSetDocValuesFacetField(TOPIC, topic.name()));
      // Topic names are words too: an article tagged "Ebola" matches "ebola" strongly.
      doc.add(new Field(TOPIC_TEXT, topic.name(), MATCHED));
      // Topic suggestions as you type.
      doc.add(new Field(TOPIC_PREFIXES, topic.name(), VOCABULARY));
    }
    for (Author author : article.authors()) {
      // Filters and counts per author.
      doc.add(new SortedSetDocValuesFacetField(AUTHOR, author.displayName()));
    }
    long published = article.publishedAt() == null ? article.createdAt().toEpochMilli()
        : article.publishedAt().toEpochMilli();
    // Points for date-range filters, doc values for sorting by date and the freshness boost, stored to show it.
    doc.add(new LongPoint(PUBLISHED, published));
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new StoredField(PUBLISHED, published));
    return FACETS.build(doc);
  }

  /**
   * The newsroom's document of an article in any status: the reader document (the same French text
   * fields, so the same query finds it) plus what the article list filters and sorts on. Names are
   * matched by their folded key ({@link NameKeys}), as the taxonomy matches them: "Économie" and
   * "economie" are one section.
   */
  static Document forArchive(Article article) throws IOException {
    Document doc = of(article);
    // The list's status filter: one exact code per article.
    doc.add(new StringField(ARCHIVE_STATUS, article.status().code(), Field.Store.NO));
    if (article.section() != null) {
      // The section filter, by folded name.
      doc.add(new StringField(ARCHIVE_SECTION, NameKeys.of(article.section().name()), Field.Store.NO));
    }
    for (Author author : article.authors()) {
      // The author filter: any of the bylines, by folded name.
      doc.add(new StringField(ARCHIVE_AUTHOR, NameKeys.of(author.displayName()), Field.Store.NO));
    }
    for (Topic topic : article.topics()) {
      // The topic filter, by folded name.
      doc.add(new StringField(ARCHIVE_TOPIC, NameKeys.of(topic.name()), Field.Store.NO));
    }
    long updated = article.updatedAt().toEpochMilli();
    // The last change: the list's default order and its date range; points to filter, doc values to sort.
    doc.add(new LongPoint(ARCHIVE_UPDATED, updated));
    doc.add(new NumericDocValuesField(ARCHIVE_UPDATED, updated));
    return doc;
  }

  /** The teaser a hit links to, from the stored fields. */
  static Teaser teaser(Document doc) {
    return new Teaser(Long.parseLong(doc.get(ID)), doc.get(SLUG), doc.get(TITLE), doc.get(SUMMARY),
        Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()), doc.get(SECTION));
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(TOPIC, true);
    config.setMultiValued(AUTHOR, true);
    return config;
  }

  private static FieldType frozen(FieldType base, IndexOptions options) {
    FieldType type = new FieldType(base);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  private static FieldType vocabulary() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
