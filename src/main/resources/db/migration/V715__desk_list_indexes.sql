-- The newsroom's article list (desk, issue 13) reads the whole archive newest first, by last change
-- or by publication, optionally of one status: with these indexes both databases read a page off
-- the index in order and stop after it, instead of sorting 100,000 articles for each page. Words,
-- names and dates are searched in the archive index (kiosque.search.ArchiveSearch); the database
-- serves the list alone only while that index is rebuilt.
create index article_desk_updated on article(updated_at desc, id desc);
create index article_desk_status_updated on article(status, updated_at desc, id desc);
create index article_desk_published on article(published_at desc, id desc);
