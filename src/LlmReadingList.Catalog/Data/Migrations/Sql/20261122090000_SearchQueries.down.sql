DROP FUNCTION IF EXISTS catalog_search_tsquery(text[], text[], text, text);

DROP TRIGGER paper_search_on_summary ON summary;
CREATE TRIGGER paper_search_on_summary AFTER INSERT OR UPDATE OF body_markdown, paper_id OR DELETE ON summary
    FOR EACH ROW EXECUTE FUNCTION catalog_paper_search_trigger();

CREATE OR REPLACE FUNCTION catalog_refresh_paper_search(target bigint) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO paper_search (paper_id, document, titles)
    SELECT p.id,
           catalog_search_document(p.title, t.titles, s.bodies),
           lower(p.title || coalesce(' ' || t.titles, ''))
    FROM paper p
    LEFT JOIN LATERAL (SELECT string_agg(pt.title, ' ' ORDER BY pt.id) AS titles FROM paper_title pt WHERE pt.paper_id = p.id) t ON true
    LEFT JOIN LATERAL (SELECT string_agg(su.body_markdown, ' ' ORDER BY su.id) AS bodies FROM summary su WHERE su.paper_id = p.id) s ON true
    WHERE p.id = target
    ON CONFLICT (paper_id) DO UPDATE SET document = excluded.document, titles = excluded.titles;
$$;

DROP INDEX IF EXISTS ix_paper_year_id;
DROP INDEX IF EXISTS ix_paper_search_title_document;
ALTER TABLE paper_search DROP COLUMN languages;
ALTER TABLE paper_search DROP COLUMN title_document;
