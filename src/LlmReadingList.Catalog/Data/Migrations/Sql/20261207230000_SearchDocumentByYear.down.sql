DROP INDEX ix_paper_search_document_from_2025;
DROP INDEX ix_paper_search_document_2018_to_2024;
DROP INDEX ix_paper_search_document_before_2018;
CREATE INDEX ix_paper_search_document ON paper_search USING gin (document);
