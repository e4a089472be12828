DROP INDEX IF EXISTS ix_paper_title_title_key;
DROP INDEX IF EXISTS ix_paper_title_key;
ALTER TABLE paper_title DROP COLUMN title_key;
ALTER TABLE paper DROP COLUMN title_key;
