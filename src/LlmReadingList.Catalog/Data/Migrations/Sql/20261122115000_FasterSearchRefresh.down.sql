-- back to the definitions of 20261122100000 and 20261122050000
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
    FROM paper p
    LEFT JOIN LATERAL (SELECT string_agg(pt.title, ' ' ORDER BY pt.id) AS titles FROM paper_title pt WHERE pt.paper_id = p.id) t ON true
    LEFT JOIN LATERAL (SELECT string_agg(su.body_markdown, ' ' ORDER BY su.id) AS bodies FROM summary su WHERE su.paper_id = p.id) s ON true
    WHERE p.id = ANY (targets)
    ON CONFLICT (paper_id) DO UPDATE
        SET document = excluded.document, title_document = excluded.title_document, titles = excluded.titles,
            languages = excluded.languages;
$$;

CREATE OR REPLACE FUNCTION catalog_cjk_tsvector(input text, weight "char") RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    run text;
    position integer := 1;
    i integer;
    lexemes text[] := '{}';
BEGIN
    IF input IS NULL THEN
        RETURN ''::tsvector;
    END IF;
    FOR run IN SELECT m[1] FROM regexp_matches(input, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', 'g') AS m LOOP
        IF char_length(run) = 1 THEN
            lexemes := lexemes || format('%s:%s%s', quote_literal(run), position, weight);
        ELSE
            FOR i IN 1 .. char_length(run) - 1 LOOP
                lexemes := lexemes || format('%s:%s%s', quote_literal(substr(run, i, 2)), position, weight);
                position := position + 1;
            END LOOP;
        END IF;
        -- a gap between runs, so a phrase never matches across two separate runs
        position := position + 2;
        EXIT WHEN position > 16000;
    END LOOP;
    RETURN array_to_string(lexemes, ' ')::tsvector;
END
$$;
