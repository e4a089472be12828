-- Search queries (Search/SearchSql.cs): a titles-only tsvector with its own GIN index, so papers whose titles match
-- are found first however many summaries also match; the languages a paper can be read in (language filter and
-- facet); an index that serves "newest first" in index order; and the function that turns a parsed query into one
-- tsquery.

ALTER TABLE paper_search ADD COLUMN title_document tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE paper_search ALTER COLUMN title_document DROP DEFAULT;
ALTER TABLE paper_search ADD COLUMN languages text[] NOT NULL DEFAULT '{}';
ALTER TABLE paper_search ALTER COLUMN languages DROP DEFAULT;

CREATE INDEX ix_paper_search_title_document ON paper_search USING gin (title_document);

CREATE INDEX ix_paper_year_id ON paper (year DESC NULLS LAST, id DESC);

-- languages: those of the paper's summaries and alternative titles ("en", "zh").
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

-- A summary's language now matters to the search row too.
DROP TRIGGER paper_search_on_summary ON summary;
CREATE TRIGGER paper_search_on_summary AFTER INSERT OR UPDATE OF body_markdown, paper_id, language OR DELETE ON summary
    FOR EACH ROW EXECUTE FUNCTION catalog_paper_search_trigger();

SELECT catalog_refresh_paper_search(id) FROM paper;

-- One tsquery from a parsed query (Search/SearchQueryParser): groups joined by OR, each group the AND of its English
-- web-search text (stemmed by websearch_to_tsquery) and its CJK bigram tsquery (built by the application and read by
-- the tsquery input function, so no parser or locale touches CJK text), then AND NOT each excluded term.
-- NULL when nothing positive remains (only stop words, say), so callers never compare with an empty tsquery.
CREATE FUNCTION catalog_search_tsquery(english_groups text[], cjk_groups text[], english_excluded text, cjk_excluded text)
RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
-- websearch_to_tsquery reports a query of only stop words with a NOTICE; here that is an ordinary outcome
SET client_min_messages = warning
AS $$
DECLARE
    result tsquery;
    grp tsquery;
    part tsquery;
    excluded tsquery;
    i integer;
BEGIN
    FOR i IN 1 .. greatest(coalesce(array_length(english_groups, 1), 0), coalesce(array_length(cjk_groups, 1), 0)) LOOP
        grp := NULL;
        IF coalesce(english_groups[i], '') <> '' THEN
            part := websearch_to_tsquery('english', english_groups[i]);
            IF numnode(part) > 0 THEN
                grp := part;
            END IF;
        END IF;
        IF coalesce(cjk_groups[i], '') <> '' THEN
            part := cjk_groups[i]::tsquery;
            grp := CASE WHEN grp IS NULL THEN part ELSE grp && part END;
        END IF;
        IF grp IS NOT NULL THEN
            result := CASE WHEN result IS NULL THEN grp ELSE result || grp END;
        END IF;
    END LOOP;

    IF result IS NULL THEN
        RETURN NULL;
    END IF;

    IF coalesce(english_excluded, '') <> '' THEN
        part := websearch_to_tsquery('english', english_excluded);
        IF numnode(part) > 0 THEN
            excluded := part;
        END IF;
    END IF;
    IF coalesce(cjk_excluded, '') <> '' THEN
        part := cjk_excluded::tsquery;
        excluded := CASE WHEN excluded IS NULL THEN part ELSE excluded || part END;
    END IF;

    RETURN CASE WHEN excluded IS NULL THEN result ELSE result && !!excluded END;
END
$$;
