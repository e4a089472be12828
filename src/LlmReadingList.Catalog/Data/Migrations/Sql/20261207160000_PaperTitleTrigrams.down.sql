DROP INDEX ix_paper_title;
