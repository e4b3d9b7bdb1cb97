-- What teasers show of an article (listings, related lists, feeds' item heads), in a narrow row
-- of its own. A page view used to read these columns from `article`, whose rows carry the body
-- twice (HTML and plain text): H2 decodes a whole row to read any column of it, so an article
-- page decoded 14 bodies to print 14 titles. Kept by ArticleStore (TeaserRows) in the same
-- transaction as every write of these columns; derived, so rebuilt here from `article`.
create table article_teaser (
  id            bigint primary key references article(id) on delete cascade,
  slug          varchar(300) not null,
  title         varchar(1000) not null,
  summary       varchar not null,
  section_id    bigint,
  status        varchar(20) not null,
  published_at  timestamp with time zone,
  updated_at    timestamp with time zone not null,
  lead_media_id bigint
);

insert into article_teaser (id, slug, title, summary, section_id, status, published_at, updated_at, lead_media_id)
select id, slug, title, summary, section_id, status, published_at, updated_at, lead_media_id from article;
