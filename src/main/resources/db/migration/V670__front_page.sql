-- Editors run the front page (issue 14).

-- The home page's picks: position 0 is the main story, 1 to 4 the featured slots ("À la une").
-- A slot without a row, with an expired row or pointing at an article no longer published shows
-- the latest articles instead. No foreign key: a deleted article's slot simply falls back.
create table front_slot (
  position   integer primary key,
  article_id bigint not null,
  expires_at timestamp with time zone,
  set_at     timestamp with time zone not null
);

-- The home page's section blocks in the editors' order. No row at all: every section of the menu,
-- in the menu's order (what the site did before).
create table front_section (
  section_id bigint primary key references section (id) on delete cascade,
  position   integer not null
);

-- The breaking-news banner ("Alerte info"): at most one row (id 1).
create table breaking_banner (
  id         integer primary key,
  message    varchar not null,
  link       varchar,
  expires_at timestamp with time zone,
  set_at     timestamp with time zone not null
);

-- Whether a section shows in the masthead menu. Existing sections keep today's menu; sections an
-- import creates from now on are inserted with false and wait for an editor to show them.
alter table section add column in_menu boolean default true not null;
