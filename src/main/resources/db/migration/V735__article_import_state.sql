-- What the last import of an article left (issue: a re-import overwrote the newsroom's edits).
-- imported_hash     the fingerprint of the last imported draft, whether it was written or kept
--                   aside: a re-import of the same source changes nothing, even after an edit
-- imported_version  the article's version right after the last import wrote it: a higher version
--                   means the newsroom saved it since (every newsroom save bumps the version), and
--                   the next import keeps the newsroom's work and proposes its text as a revision
alter table article add column imported_hash varchar(64);
alter table article add column imported_version integer;

-- Imported articles nobody saved in the newsroom count as untouched; those with a revision by a
-- person keep imported_version null, so the next changed import is kept aside, not written over.
update article set imported_hash = content_hash where external_id is not null;
update article set imported_version = version
 where external_id is not null
   and not exists (select 1 from article_revision r where r.article_id = article.id and r.account_id is not null);
