CREATE INDEX ix_paper_title ON paper USING gin (title gin_trgm_ops);
