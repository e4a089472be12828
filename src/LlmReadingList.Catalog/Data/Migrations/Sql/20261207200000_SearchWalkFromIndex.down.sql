DROP INDEX ix_paper_search_year_paper_id;
CREATE INDEX ix_paper_search_year_paper_id ON paper_search (year DESC NULLS LAST, paper_id DESC);
