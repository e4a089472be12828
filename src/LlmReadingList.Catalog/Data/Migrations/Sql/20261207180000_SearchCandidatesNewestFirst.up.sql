-- Search candidates are chosen newest first; with the year (and whether the paper was merged away) on the search
-- row, a search reads paper_search alone until it has its candidates instead of probing paper once per match.
ALTER TABLE paper_search ADD year integer, ADD merged boolean NOT NULL DEFAULT FALSE;
UPDATE paper_search s SET year = p.year, merged = p.merged_into_id IS NOT NULL FROM paper p WHERE p.id = s.paper_id;
ALTER TABLE paper_search ALTER merged DROP DEFAULT;
CREATE INDEX ix_paper_search_year_paper_id ON paper_search (year DESC NULLS LAST, paper_id DESC);

-- Every word of the titles, for correcting a query's words (see catalog_title_corrected_tsquery).
CREATE TABLE title_word (
    word text NOT NULL,
    CONSTRAINT pk_title_word PRIMARY KEY (word)
);
INSERT INTO title_word (word)
SELECT DISTINCT w FROM paper_search s, regexp_split_to_table(s.titles, '[^[:alnum:]]+') w WHERE char_length(w) BETWEEN 3 AND 40;
CREATE INDEX ix_title_word_word ON title_word USING gin (word gin_trgm_ops);

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

-- Plain words with every word widened to the title words closest to it (at most four each; null when a word has
-- none): "atention is all you need" becomes ('attent' | 'retent' | …) & ('need' | 'needl' | …), so a
-- misspelt or partial word finds titles through the GIN index instead of a trigram comparison with every title.
-- Reads title_word, hence STABLE; the index finds candidates from pg_trgm.word_similarity_threshold (0.4 in search).
CREATE FUNCTION catalog_title_corrected_tsquery(words text) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET client_min_messages = warning
AS $$
DECLARE
    typed text;
    close_word text;
    part tsquery;
    alternatives tsquery;
    result tsquery;
BEGIN
    IF words IS NULL THEN
        RETURN NULL;
    END IF;
    FOR typed IN SELECT DISTINCT w FROM regexp_split_to_table(words, '[^[:alnum:]]+') w WHERE char_length(w) BETWEEN 3 AND 40 LOOP
        -- a stop word stays out, as in every other query
        CONTINUE WHEN numnode(plainto_tsquery('english', typed)) = 0;
        alternatives := NULL;
        FOR close_word IN
            SELECT t.word FROM title_word t
            -- a word some title has is widened only to close relatives ("lora": "qlora"); an unknown one, probably a
            -- typo, to anything as close as a transposition ("retreival": "retrieval", 0.43)
            WHERE typed <% t.word
              AND typed <<-> t.word <= CASE WHEN EXISTS (SELECT FROM title_word k WHERE k.word = typed) THEN 0.5 ELSE 0.6 END
            ORDER BY typed <<-> t.word, t.word LIMIT 4
        LOOP
            part := plainto_tsquery('english', close_word);
            IF numnode(part) > 0 THEN
                alternatives := CASE WHEN alternatives IS NULL THEN part ELSE alternatives || part END;
            END IF;
        END LOOP;
        -- a word no title comes close to: no title can be meant
        IF alternatives IS NULL THEN
            RETURN NULL;
        END IF;
        result := CASE WHEN result IS NULL THEN alternatives ELSE result && alternatives END;
    END LOOP;
    RETURN result;
END
$$;
