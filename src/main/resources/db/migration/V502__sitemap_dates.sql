-- The sitemap index groups every published article by month of publication with its newest
-- update, and the sections sitemap takes each section's newest update. With this index both read
-- a few megabytes of index instead of every article row with its body (H2 stores bodies in the row).
create index article_dates on article(status, published_at, updated_at, section_id);
