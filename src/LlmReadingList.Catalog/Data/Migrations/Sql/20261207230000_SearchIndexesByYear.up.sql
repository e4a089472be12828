-- One index per span of years, newest first: a search that wants the newest thousand matches reads the newest span's
-- matches and stops there when they are enough, instead of every match in the catalog.
DROP INDEX ix_paper_search_document;
CREATE INDEX ix_paper_search_document_from_2025 ON paper_search USING gin (document) WHERE year >= 2025;
CREATE INDEX ix_paper_search_document_2018_to_2024 ON paper_search USING gin (document) WHERE year >= 2018 AND year < 2025;
CREATE INDEX ix_paper_search_document_before_2018 ON paper_search USING gin (document) WHERE year < 2018 OR year IS NULL;
DROP INDEX ix_paper_search_title_document;
CREATE INDEX ix_paper_search_title_document_from_2025 ON paper_search USING gin (title_document) WHERE year >= 2025;
CREATE INDEX ix_paper_search_title_document_2018_to_2024 ON paper_search USING gin (title_document) WHERE year >= 2018 AND year < 2025;
CREATE INDEX ix_paper_search_title_document_before_2018 ON paper_search USING gin (title_document) WHERE year < 2018 OR year IS NULL;
