-- The sitemaps' lastmod: the newest update among the published articles of each section, topic,
-- author and month. Aggregated at every request, the topics sitemap joined 400,000 links to their
-- articles (945 ms at 100,000 articles) and the sitemap index grouped the whole archive by month.
-- Writes keep these now, in the transaction of the change (content/ListingDates). Null: nothing
-- published there.
alter table section add column newest_update timestamp with time zone;
alter table topic add column newest_update timestamp with time zone;
alter table author add column newest_update timestamp with time zone;
update section set newest_update = (select max(a.updated_at) from article a
  where a.section_id = section.id and a.status = 'published');
update topic set newest_update = (select max(a.updated_at) from article_topic l join article a on a.id = l.article_id
  where l.topic_id = topic.id and a.status = 'published');
update author set newest_update = (select max(a.updated_at) from article_author l join article a on a.id = l.article_id
  where l.author_id = author.id and a.status = 'published');

-- Months depend on the site's time zone, which SQL cannot apply the same way on both databases:
-- the application fills this table on start when it has no row for its zone (ListingDates.ensureMonths).
-- published_month: yyyy-MM in that zone.
create table listing_month (
  time_zone       varchar(64) not null,
  published_month varchar(7) not null,
  newest_update   timestamp with time zone not null,
  primary key (time_zone, published_month)
);
