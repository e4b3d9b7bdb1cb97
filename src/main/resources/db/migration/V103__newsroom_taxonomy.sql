-- Renamed sections, topics and authors keep their old addresses: each former slug points to the
-- row that now answers for it (after a merge, the topic it was merged into).

create table taxonomy_old_slug (
  kind      varchar(10) not null,      -- section, topic or author
  slug      varchar(200) not null,
  target_id bigint not null,
  primary key (kind, slug)
);

alter table author add column photo_media_id bigint references media(id);
