-- The editor's soft lock: who has an article open, since when. The page renews seen_at by a
-- heartbeat; a row older than two minutes is ignored, so a closed tab or a crashed browser
-- releases the article by itself. In the database so every node sees the same people.
create table article_presence (
  article_id  bigint not null references article(id) on delete cascade,
  account_id  bigint not null references account(id) on delete cascade,
  since       timestamp with time zone not null,
  seen_at     timestamp with time zone not null,
  primary key (article_id, account_id)
);

-- What a person's autosave could not put into the article (someone saved a newer version, the
-- save was refused): one row per article and person, overwritten by the next autosave, offered
-- back when the article is opened and dropped by that person's next save.
create table article_draft_slot (
  article_id    bigint not null references article(id) on delete cascade,
  account_id    bigint not null references account(id) on delete cascade,
  base_version  integer not null,
  saved_at      timestamp with time zone not null,
  title         varchar not null,
  summary       varchar not null,
  body_html     varchar not null,
  section_name  varchar,
  topic_names   varchar not null,
  bylines       varchar not null,
  source_name   varchar,
  source_url    varchar,
  slug          varchar,
  lead_media_id bigint,
  primary key (article_id, account_id)
);

-- Login throttling counts failures per account and address (newsroom.accounts.LoginThrottle).
create index login_failure_pair on login_failure(email_key, address, failed_at);
