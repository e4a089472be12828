-- back to the definition of 20261122115000_FasterSearchRefresh
CREATE OR REPLACE FUNCTION catalog_cjk_tsvector(input text, weight "char") RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    run text;
    position integer := 1;
    i integer;
    lexemes text[] := '{}';
BEGIN
    IF input IS NULL OR input !~ '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]' THEN
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
