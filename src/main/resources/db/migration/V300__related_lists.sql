-- Related lists ("Aller plus loin", "Ces articles devraient vous intéresser"), computed when
-- content changes and read by page views. Derived data: it can all be computed again.

-- One row per article whose lists have been computed, and when: page views fall back to the SQL
-- baseline without it; the background refresh recomputes the oldest first.
create table related_list_state (
  article_id  bigint primary key references article(id) on delete cascade,
  computed_at timestamp with time zone not null
);
create index related_list_state_computed on related_list_state(computed_at);

-- The items of both lists, in order, with why each was chosen (shown to editors).
create table related_item (
  article_id bigint not null references article(id) on delete cascade,
  list_kind  varchar(20) not null,           -- further | recommended
  position   integer not null,
  related_id bigint not null references article(id) on delete cascade,
  pinned     boolean not null default false,
  reason     varchar(500) not null,
  primary key (article_id, list_kind, position)
);
-- Who lists an article: refreshed when it is unpublished or changes.
create index related_item_related on related_item(related_id);

-- Editors' choices for an article's "Aller plus loin": items pinned first (in position order) or excluded.
create table related_override (
  article_id bigint not null references article(id) on delete cascade,
  related_id bigint not null references article(id) on delete cascade,
  action     varchar(10) not null,           -- pin | exclude
  position   integer not null default 0,
  created_at timestamp with time zone not null,
  primary key (article_id, related_id)
);

-- How far the related lists have followed the change log, so a restart resumes there.
create table related_follower (
  name        varchar(100) primary key,
  applied_seq bigint not null
);
