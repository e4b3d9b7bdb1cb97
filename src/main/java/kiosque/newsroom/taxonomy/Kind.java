package kiosque.newsroom.taxonomy;

/** The three taxonomies, with their table, the column that names a row and their address prefix. */
enum Kind {
  SECTION("section", "name", "/rubrique/", "article a where a.section_id = :id"),
  TOPIC("topic", "name", "/sujet/", "article_topic a where a.topic_id = :id"),
  AUTHOR("author", "byline", "/auteur/", "article_author a where a.author_id = :id");

  final String table;
  final String nameColumn;
  final String prefix;
  /** Where the articles that show this row are found, as "table a where ..." selecting a's article. */
  final String articles;

  Kind(String table, String nameColumn, String prefix, String articles) {
    this.table = table;
    this.nameColumn = nameColumn;
    this.prefix = prefix;
    this.articles = articles;
  }

  String articleIdColumn() {
    return this == SECTION ? "a.id" : "a.article_id";
  }
}
