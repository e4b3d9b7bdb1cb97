-- Listing pages and feeds read published articles newest first (PublishedListings). With these
-- indexes both databases read the page off the index in order and stop after it, instead of
-- sorting every published article (100,000 in the benchmarks). They replace the two indexes of
-- V001, whose columns they start with: the scheduler's queries (status = 'scheduled' and a
-- published_at range) and the section foreign key use them as well.
create index article_listing on article(status, published_at desc, id desc);
create index article_section_listing on article(section_id, status, published_at desc, id desc);
drop index article_status_published;
drop index article_section_published;
