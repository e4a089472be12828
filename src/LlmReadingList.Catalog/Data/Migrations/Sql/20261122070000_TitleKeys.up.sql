-- Title keys are computed by the application (Text/TitleKey.cs). Rows that exist before this migration get an SQL
-- approximation of the same rule; the importer rewrites a paper's key whenever it touches the paper.
CREATE FUNCTION pg_temp.approximate_title_key(title text) RETURNS text
LANGUAGE sql IMMUTABLE
RETURN btrim(regexp_replace(
    regexp_replace(regexp_replace(lower(normalize(title, NFKC)), '[-/‐‑–—×]+', ' ', 'g'), '[^[:alnum:][:space:]]+', '', 'g'),
    '\s+', ' ', 'g'));

ALTER TABLE paper ADD COLUMN title_key character varying(500) NOT NULL DEFAULT '';
UPDATE paper SET title_key = pg_temp.approximate_title_key(title);
ALTER TABLE paper ALTER COLUMN title_key DROP DEFAULT;

ALTER TABLE paper_title ADD COLUMN title_key character varying(500) NOT NULL DEFAULT '';
UPDATE paper_title SET title_key = pg_temp.approximate_title_key(title);
ALTER TABLE paper_title ALTER COLUMN title_key DROP DEFAULT;

CREATE INDEX ix_paper_title_key ON paper (title_key);
CREATE INDEX ix_paper_title_title_key ON paper_title (title_key);
