DROP TRIGGER paper_search_on_paper_author_insert ON paper_author;
DROP TRIGGER paper_search_on_paper_author_update ON paper_author;
DROP TRIGGER paper_search_on_paper_author_delete ON paper_author;
DROP TRIGGER paper_search_on_paper_tag_insert ON paper_tag;
DROP TRIGGER paper_search_on_paper_tag_update ON paper_tag;
DROP TRIGGER paper_search_on_paper_tag_delete ON paper_tag;
DROP TRIGGER paper_search_on_list_entry_insert ON list_entry;
DROP TRIGGER paper_search_on_list_entry_update ON list_entry;
DROP TRIGGER paper_search_on_list_entry_delete ON list_entry;
DROP FUNCTION catalog_paper_search_facets_trigger();
DROP FUNCTION catalog_refresh_paper_search_facets(bigint[]);

CREATE OR REPLACE FUNCTION catalog_refresh_paper_search_many(targets bigint[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO paper_search (paper_id, document, title_document, titles, languages, year, merged)
    SELECT p.id,
           catalog_search_document(p.title, t.titles, s.bodies),
           catalog_search_document(p.title, t.titles, NULL),
           lower(p.title || coalesce(' ' || t.titles, '')),
           ARRAY(SELECT su.language FROM summary su WHERE su.paper_id = p.id
                 UNION
                 SELECT pt.language FROM paper_title pt WHERE pt.paper_id = p.id
                 ORDER BY 1),
           p.year,
           p.merged_into_id IS NOT NULL
    FROM (SELECT DISTINCT unnest(targets) AS id) target
    JOIN paper p ON p.id = target.id
    LEFT JOIN LATERAL (SELECT string_agg(pt.title, ' ' ORDER BY pt.id) AS titles FROM paper_title pt WHERE pt.paper_id = p.id) t ON true
    LEFT JOIN LATERAL (SELECT string_agg(su.body_markdown, ' ' ORDER BY su.id) AS bodies FROM summary su WHERE su.paper_id = p.id) s ON true
    ON CONFLICT (paper_id) DO UPDATE
        SET document = excluded.document, title_document = excluded.title_document, titles = excluded.titles,
            languages = excluded.languages, year = excluded.year, merged = excluded.merged;
    INSERT INTO title_word (word)
    SELECT DISTINCT w
    FROM paper_search s, regexp_split_to_table(s.titles, '[^[:alnum:]]+') w
    WHERE s.paper_id = ANY (targets) AND char_length(w) BETWEEN 3 AND 40
    -- in one order, so that two writers adding the same new words wait for each other instead of deadlocking
    ORDER BY w
    ON CONFLICT (word) DO NOTHING;
$$;

ALTER TABLE paper_search DROP author_ids, DROP tag_ids, DROP list_ids;
