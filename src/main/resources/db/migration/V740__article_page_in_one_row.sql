-- The reader's article page in one statement (issue 15). It read its authors and topics through
-- their link tables, then its related lists' first items from their rows: on PostgreSQL each index
-- lookup of those joins costs its executor, and the three statements cost PostgreSQL about twice
-- what one row with these columns does (docs/benchmarks.md, session 18). Both are derived and kept
-- in the transaction of every write of what they derive from: the ids of an article's authors and
-- topics in order, comma-separated (ArticleStore, and a topic merge), and the ids of its related
-- lists' first items (RelatedListStore, which writes the lists and this row together). Null when
-- there is none. The authors' and topics' names are held in memory by the reader nodes
-- (content.AuthorsAndTopicsCache).
alter table article add column author_ids varchar;
alter table article add column topic_ids varchar;

update article set
  author_ids = (select string_agg(cast(aa.author_id as varchar), ',' order by aa.position)
                from article_author aa where aa.article_id = article.id),
  topic_ids = (select string_agg(cast(tp.topic_id as varchar), ',' order by tp.position)
               from article_topic tp where tp.article_id = article.id);

-- The first 4 and 10 items (RelatedListStore.FIRST_FURTHER, FIRST_RECOMMENDED), by position as the
-- page read them until now.
alter table related_list_state add column first_further varchar;
alter table related_list_state add column first_recommended varchar;

update related_list_state set
  first_further = (select string_agg(cast(r.related_id as varchar), ',' order by r.position)
                   from related_item r where r.article_id = related_list_state.article_id
                     and r.list_kind = 'further' and r.position < 4),
  first_recommended = (select string_agg(cast(r.related_id as varchar), ',' order by r.position)
                       from related_item r where r.article_id = related_list_state.article_id
                         and r.list_kind = 'recommended' and r.position < 10);
