-- Search candidates are chosen newest first; with the year (and whether the paper was merged away) on the search
-- row, a search reads paper_search alone until it has its candidates instead of probing paper once per match.
ALTER TABLE paper_search ADD year integer, ADD merged boolean NOT NULL DEFAULT FALSE;
UPDATE paper_search s SET year = p.year, merged = p.merged_into_id IS NOT NULL FROM paper p WHERE p.id = s.paper_id;
ALTER TABLE paper_search ALTER merged DROP DEFAULT;
CREATE INDEX ix_paper_search_year_paper_id ON paper_search (year DESC NULLS LAST, paper_id DESC);

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
            SELECT array_agg(n.id) INTO targets FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.title, n.year, n.merged_into_id) IS DISTINCT FROM (o.title, o.year, o.merged_into_id);
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


-- Plain words as typed, the last one as a prefix ("chinchil" finds "Chinchilla"), for the title tier: a word being
-- typed finds its titles through the GIN index instead of the slower trigram match.
CREATE FUNCTION catalog_title_prefix_tsquery(words text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
-- a query of only stop words is reported with a NOTICE; here that is an ordinary outcome
SET client_min_messages = warning
AS $$
DECLARE
    last_word text := substring(words FROM '([[:alpha:]]{3,})$');
    prefix tsquery;
    head tsquery;
BEGIN
    IF last_word IS NULL THEN
        RETURN NULL;
    END IF;
    prefix := to_tsquery('english', last_word || ':*');
    IF numnode(prefix) = 0 THEN
        RETURN NULL;
    END IF;
    head := websearch_to_tsquery('english', left(words, char_length(words) - char_length(last_word)));
    RETURN CASE WHEN numnode(head) = 0 THEN prefix ELSE head && prefix END;
END
$$;
