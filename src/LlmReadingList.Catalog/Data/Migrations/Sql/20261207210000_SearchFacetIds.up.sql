-- A search counts its facets (authors and organisations, tags, lists) over its first 1,000 candidates; with the ids on
-- the search row it reads them from the rows it ranks instead of probing three link tables once per candidate.
ALTER TABLE paper_search
    ADD author_ids bigint[] NOT NULL DEFAULT '{}',
    ADD tag_ids bigint[] NOT NULL DEFAULT '{}',
    ADD list_ids bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE paper_search ALTER author_ids DROP DEFAULT, ALTER tag_ids DROP DEFAULT, ALTER list_ids DROP DEFAULT;

CREATE OR REPLACE FUNCTION catalog_refresh_paper_search_many(targets bigint[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO paper_search (paper_id, document, title_document, titles, languages, year, merged, author_ids, tag_ids, list_ids)
    SELECT p.id,
           catalog_search_document(p.title, t.titles, s.bodies),
           catalog_search_document(p.title, t.titles, NULL),
           lower(p.title || coalesce(' ' || t.titles, '')),
           ARRAY(SELECT su.language FROM summary su WHERE su.paper_id = p.id
                 UNION
                 SELECT pt.language FROM paper_title pt WHERE pt.paper_id = p.id
                 ORDER BY 1),
           p.year,
           p.merged_into_id IS NOT NULL,
           ARRAY(SELECT pa.author_id FROM paper_author pa WHERE pa.paper_id = p.id ORDER BY pa.author_id),
           ARRAY(SELECT pt.tag_id FROM paper_tag pt WHERE pt.paper_id = p.id ORDER BY pt.tag_id),
           ARRAY(SELECT le.list_id FROM list_entry le WHERE le.paper_id = p.id ORDER BY le.list_id)
    FROM (SELECT DISTINCT unnest(targets) AS id) target
    JOIN paper p ON p.id = target.id
    LEFT JOIN LATERAL (SELECT string_agg(pt.title, ' ' ORDER BY pt.id) AS titles FROM paper_title pt WHERE pt.paper_id = p.id) t ON true
    LEFT JOIN LATERAL (SELECT string_agg(su.body_markdown, ' ' ORDER BY su.id) AS bodies FROM summary su WHERE su.paper_id = p.id) s ON true
    ON CONFLICT (paper_id) DO UPDATE
        SET document = excluded.document, title_document = excluded.title_document, titles = excluded.titles,
            languages = excluded.languages, year = excluded.year, merged = excluded.merged,
            author_ids = excluded.author_ids, tag_ids = excluded.tag_ids, list_ids = excluded.list_ids;
    INSERT INTO title_word (word)
    SELECT DISTINCT w
    FROM paper_search s, regexp_split_to_table(s.titles, '[^[:alnum:]]+') w
    WHERE s.paper_id = ANY (targets) AND char_length(w) BETWEEN 3 AND 40
    -- in one order, so that two writers adding the same new words wait for each other instead of deadlocking
    ORDER BY w
    ON CONFLICT (word) DO NOTHING;
$$;

-- Only the ids change when a paper's authors, tags or lists do: the documents are left as they are. A row whose ids
-- are unchanged (a list reordered, a credit line corrected) is not rewritten.
CREATE FUNCTION catalog_refresh_paper_search_facets(targets bigint[]) RETURNS void
LANGUAGE sql AS $$
    UPDATE paper_search s
    SET author_ids = f.author_ids, tag_ids = f.tag_ids, list_ids = f.list_ids
    FROM (SELECT t.id,
                 ARRAY(SELECT pa.author_id FROM paper_author pa WHERE pa.paper_id = t.id ORDER BY pa.author_id) AS author_ids,
                 ARRAY(SELECT pt.tag_id FROM paper_tag pt WHERE pt.paper_id = t.id ORDER BY pt.tag_id) AS tag_ids,
                 ARRAY(SELECT le.list_id FROM list_entry le WHERE le.paper_id = t.id ORDER BY le.list_id) AS list_ids
          FROM (SELECT DISTINCT unnest(targets) AS id) t) f
    WHERE s.paper_id = f.id
      AND (s.author_ids, s.tag_ids, s.list_ids) IS DISTINCT FROM (f.author_ids, f.tag_ids, f.list_ids);
$$;

SELECT catalog_refresh_paper_search_facets(ARRAY(SELECT paper_id FROM paper_search));

CREATE FUNCTION catalog_paper_search_facets_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    targets bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT paper_id) INTO targets FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT paper_id) INTO targets FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT x.paper_id) INTO targets FROM (SELECT paper_id FROM new_rows UNION SELECT paper_id FROM old_rows) x;
    END IF;

    IF targets IS NOT NULL THEN
        PERFORM catalog_refresh_paper_search_facets(targets);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER paper_search_on_paper_author_insert AFTER INSERT ON paper_author
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
CREATE TRIGGER paper_search_on_paper_author_update AFTER UPDATE ON paper_author
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
CREATE TRIGGER paper_search_on_paper_author_delete AFTER DELETE ON paper_author
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();

CREATE TRIGGER paper_search_on_paper_tag_insert AFTER INSERT ON paper_tag
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
CREATE TRIGGER paper_search_on_paper_tag_update AFTER UPDATE ON paper_tag
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
CREATE TRIGGER paper_search_on_paper_tag_delete AFTER DELETE ON paper_tag
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();

CREATE TRIGGER paper_search_on_list_entry_insert AFTER INSERT ON list_entry
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
CREATE TRIGGER paper_search_on_list_entry_update AFTER UPDATE ON list_entry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
CREATE TRIGGER paper_search_on_list_entry_delete AFTER DELETE ON list_entry
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_paper_search_facets_trigger();
