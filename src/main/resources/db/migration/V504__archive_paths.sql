-- Archive addresses of the site a newsroom came from (WordPress category and tag pages such as
-- /category/politique/maroc or /tag/elections): each points to the section or topic page that now
-- answers for it, so links, bookmarks and search engines' results keep working (301).
create table archive_path (
  path varchar(2000) primary key,   -- without the final slash, percent-escapes in upper case
  kind varchar(10) not null,        -- section or topic
  slug varchar(200) not null        -- its slug when recorded; a later rename redirects through taxonomy_old_slug
);
