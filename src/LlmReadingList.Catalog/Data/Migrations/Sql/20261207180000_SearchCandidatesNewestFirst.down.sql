DROP FUNCTION catalog_title_corrected_tsquery(text);
DROP FUNCTION catalog_title_prefix_tsquery(text);
-- back to the definitions of 20261122115000 and 20261122100000
CREATE OR REPLACE FUNCTION catalog_refresh_paper_search_many(targets bigint[]) RETURNS void
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
    FROM (SELECT DISTINCT unnest(targets) AS id) target
    JOIN paper p ON p.id = target.id
    LEFT JOIN LATERAL (SELECT string_agg(pt.title, ' ' ORDER BY pt.id) AS titles FROM paper_title pt WHERE pt.paper_id = p.id) t ON true
    LEFT JOIN LATERAL (SELECT string_agg(su.body_markdown, ' ' ORDER BY su.id) AS bodies FROM summary su WHERE su.paper_id = p.id) s ON true
    ON CONFLICT (paper_id) DO UPDATE
        SET document = excluded.document, title_document = excluded.title_document, titles = excluded.titles,
            languages = excluded.languages;
$$;

CREATE OR REPLACE FUNCTION catalog_paper_search_statement_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    targets bigint[];
BEGIN
    IF TG_TABLE_NAME = 'paper' THEN
        IF TG_OP = 'INSERT' THEN
            SELECT array_agg(id) INTO targets FROM new_rows;
        ELSE
            SELECT array_agg(n.id) INTO targets FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.title IS DISTINCT FROM o.title;
        END IF;
    ELSIF TG_TABLE_NAME = 'summary' AND TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT x.paper_id) INTO targets FROM (
            SELECT n.paper_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.body_markdown, n.paper_id, n.language) IS DISTINCT FROM (o.body_markdown, o.paper_id, o.language)
            UNION SELECT o.paper_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.paper_id IS DISTINCT FROM o.paper_id) x;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT paper_id) INTO targets FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT paper_id) INTO targets FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT x.paper_id) INTO targets FROM (SELECT paper_id FROM new_rows UNION SELECT paper_id FROM old_rows) x;
    END IF;

    IF targets IS NOT NULL THEN
        PERFORM catalog_refresh_paper_search_many(targets);
    END IF;
    RETURN NULL;
END
$$;


DROP INDEX ix_paper_search_year_paper_id;
ALTER TABLE paper_search DROP year, DROP merged;
DROP TABLE title_word;
