-- The media library (issue 13): what an image says beside its alternative text, where its subject
-- is, and a key to find it by.
--
-- caption       what the image shows in context, printed under it where a page wants it
-- focal_x/y     the point the crops keep in view, as fractions of the width and height (0..1,
--               0.5 = the middle, what renditions used before)
-- crop_version  part of the crops' file names (c{version}-16x9.jpg): a crop's bytes never change
--               under its address, so a new focal point gives new addresses, and the pages that
--               show the image are purged through the change log
-- search_key    file name, caption, credit and alternative text, lower case without accents (the
--               service writes it; rows from before this migration get it at the next start)
alter table media add column caption varchar(1000) default '' not null;
alter table media add column focal_x double precision default 0.5 not null;
alter table media add column focal_y double precision default 0.5 not null;
alter table media add column crop_version integer default 1 not null;
alter table media add column search_key varchar;
alter table media add column updated_at timestamp with time zone;

create index media_account on media(account_id);
create index article_lead_media on article(lead_media_id);
