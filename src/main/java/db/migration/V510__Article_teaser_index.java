package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 only: an index holding every article column a teaser shows, so that the related lists under
 * an article page (up to 20 teasers, {@code RelatedListStore.shownLists}) are read from it without
 * touching the articles' rows. H2 stores a row whole, bodies included, and decodes every row of a
 * page it reads: at 100,000 articles those reads were a third of an uncached article page and most
 * of its garbage. PostgreSQL fetches rows without decoding their neighbours and keeps long bodies
 * out of line; there a B-tree entry is limited to about 2.7 kB, which a long summary would exceed:
 * no index there.
 */
public class V510__Article_teaser_index extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    if (!context.getConnection().getMetaData().getDatabaseProductName().equals("H2")) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("create index article_teaser on article"
          + "(id, status, slug, title, summary, published_at, updated_at, section_id)");
    }
  }
}
