-- What listings and sitemaps need about each section, topic, author and month, kept by the writes
-- in the transaction of the change (content/ListingSummaries) instead of aggregated per request:
-- how many published articles it lists (page counts: the home page counted 100,000 articles, a
-- topic its 20,000 links) and their newest update (sitemaps' lastmod: the topics sitemap joined
-- 400,000 links to their articles, the sitemap index grouped the whole archive by month).
-- newest_update is null when nothing is published there.
alter table section add column published_count integer default 0 not null;
alter table section add column newest_update timestamp with time zone;
alter table topic add column published_count integer default 0 not null;
alter table topic add column newest_update timestamp with time zone;
alter table author add column published_count integer default 0 not null;
alter table author add column newest_update timestamp with time zone;
update section set
  published_count = (select count(*) from article a where a.section_id = section.id and a.status = 'published'),
  newest_update = (select max(a.updated_at) from article a where a.section_id = section.id and a.status = 'published');
update topic set
  published_count = (select count(*) from article_topic l join article a on a.id = l.article_id
    where l.topic_id = topic.id and a.status = 'published'),
  newest_update = (select max(a.updated_at) from article_topic l join article a on a.id = l.article_id
    where l.topic_id = topic.id and a.status = 'published');
update author set
  published_count = (select count(*) from article_author l join article a on a.id = l.article_id
    where l.author_id = author.id and a.status = 'published'),
  newest_update = (select max(a.updated_at) from article_author l join article a on a.id = l.article_id
    where l.author_id = author.id and a.status = 'published');

-- Months depend on the site's time zone, which SQL cannot apply the same way on both databases:
-- the application fills this table on start when it has no row for its zone
-- (ListingSummaries.ensureMonths). published_month: yyyy-MM in that zone; a row per month with
-- published articles.
create table listing_month (
  time_zone       varchar(64) not null,
  published_month varchar(7) not null,
  published_count integer not null,
  newest_update   timestamp with time zone not null,
  primary key (time_zone, published_month)
);
