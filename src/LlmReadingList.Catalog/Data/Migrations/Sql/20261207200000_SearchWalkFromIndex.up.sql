-- A search walks the newest papers until enough of them match; with the columns it tests in the index, the walk is an
-- index-only scan (a few index pages per thousand papers) rather than a table row per paper.
DROP INDEX ix_paper_search_year_paper_id;
CREATE INDEX ix_paper_search_year_paper_id ON paper_search (year DESC NULLS LAST, paper_id DESC) INCLUDE (merged, title_document, languages);
