-- "Les plus lus": page views per article and hour, added to by every node's periodic flush (an
-- upsert that adds, so nodes sum up). Counted without cookies or personal data: no address, no
-- agent, only how many. Rankings read the last 24 hours or 7 days of buckets once a minute.
create table article_views (
  article_id bigint not null references article(id) on delete cascade,
  hour_start timestamp with time zone not null,
  views      bigint not null,
  primary key (article_id, hour_start)
);
create index article_views_hour_start on article_views(hour_start);
