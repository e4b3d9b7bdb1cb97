-- The fields newsrooms use around the headline and the body (issue 13): a kicker (surtitre) above
-- the headline, a title and description for search engines, a title and image for social cards,
-- and a correction note with its date. All optional: null means "use the headline, the summary,
-- the lead image" (or "no correction"). Sizes are the sane maxima ArticleValidation refuses
-- beyond; the usual advice (about 60 and 160 characters) is for the form's counters, not a rule.
alter table article add column kicker varchar(200);
alter table article add column seo_title varchar(300);
alter table article add column seo_description varchar(1000);
alter table article add column social_title varchar(300);
alter table article add column social_media_id bigint references media(id) on delete set null;
alter table article add column correction varchar(5000);
alter table article add column corrected_at timestamp with time zone;

-- Teasers may show the kicker above the title (V665 keeps what listings read apart from the body).
alter table article_teaser add column kicker varchar(200);

-- Revisions and the autosave's draft slot keep the whole form, these fields included, so a
-- pending change of a live article carries them until it is published.
alter table article_revision add column kicker varchar(200);
alter table article_revision add column seo_title varchar(300);
alter table article_revision add column seo_description varchar(1000);
alter table article_revision add column social_title varchar(300);
alter table article_revision add column social_media_id bigint;
alter table article_revision add column correction varchar(5000);

alter table article_draft_slot add column kicker varchar(200);
alter table article_draft_slot add column seo_title varchar(300);
alter table article_draft_slot add column seo_description varchar(1000);
alter table article_draft_slot add column social_title varchar(300);
alter table article_draft_slot add column social_media_id bigint;
alter table article_draft_slot add column correction varchar(5000);
