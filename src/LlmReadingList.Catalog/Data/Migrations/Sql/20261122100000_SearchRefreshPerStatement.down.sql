DROP TRIGGER paper_search_on_paper_insert ON paper;
DROP TRIGGER paper_search_on_paper_update ON paper;
DROP TRIGGER paper_search_on_paper_title_insert ON paper_title;
DROP TRIGGER paper_search_on_paper_title_update ON paper_title;
DROP TRIGGER paper_search_on_paper_title_delete ON paper_title;
DROP TRIGGER paper_search_on_summary_insert ON summary;
DROP TRIGGER paper_search_on_summary_update ON summary;
DROP TRIGGER paper_search_on_summary_delete ON summary;
DROP FUNCTION catalog_paper_search_statement_trigger();

CREATE FUNCTION catalog_paper_search_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'paper' THEN
        PERFORM catalog_refresh_paper_search(NEW.id);
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM catalog_refresh_paper_search(OLD.paper_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.paper_id IS DISTINCT FROM OLD.paper_id) THEN
        PERFORM catalog_refresh_paper_search(NEW.paper_id);
    END IF;
    RETURN NULL;
END
$$;

-- restore the row-level refresh function body of 20261122090000
CREATE OR REPLACE FUNCTION catalog_refresh_paper_search(target bigint) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO paper_search (paper_id, document, title_document, titles, languages)
    SELECT p.id,
           catalog_search_document(p.title, t.titles, s.bodies),
           catalog_search_document(p.title, t.titles, NULL),
           lower(p.title || coalesce(' ' || t.titles, '')),
           ARRAY(SELECT su.language FROM summary su WHERE su.paper_id = p.id
                 UNION
                 SELECT pt.language FROM paper_title pt WHERE pt.paper_id = p.id
                 ORDER BY 1)
    FROM paper p
    LEFT JOIN LATERAL (SELECT string_agg(pt.title, ' ' ORDER BY pt.id) AS titles FROM paper_title pt WHERE pt.paper_id = p.id) t ON true
    LEFT JOIN LATERAL (SELECT string_agg(su.body_markdown, ' ' ORDER BY su.id) AS bodies FROM summary su WHERE su.paper_id = p.id) s ON true
    WHERE p.id = target
    ON CONFLICT (paper_id) DO UPDATE
        SET document = excluded.document, title_document = excluded.title_document, titles = excluded.titles,
            languages = excluded.languages;
$$;
DROP FUNCTION catalog_refresh_paper_search_many(bigint[]);

CREATE TRIGGER paper_search_on_paper AFTER INSERT OR UPDATE OF title ON paper
    FOR EACH ROW EXECUTE FUNCTION catalog_paper_search_trigger();
CREATE TRIGGER paper_search_on_paper_title AFTER INSERT OR UPDATE OR DELETE ON paper_title
    FOR EACH ROW EXECUTE FUNCTION catalog_paper_search_trigger();
CREATE TRIGGER paper_search_on_summary AFTER INSERT OR UPDATE OF body_markdown, paper_id, language OR DELETE ON summary
    FOR EACH ROW EXECUTE FUNCTION catalog_paper_search_trigger();
