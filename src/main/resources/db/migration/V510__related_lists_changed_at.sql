-- When an article's stored lists last changed (which articles, in which order), as opposed to when
-- they were last computed: the daily refresh recomputes every list and mostly finds it unchanged.
-- The article page's Last-Modified takes it, so that a conditional request never keeps old lists.
-- Null for lists stored before this column: computed_at stands in.
alter table related_list_state add column changed_at timestamp with time zone;
