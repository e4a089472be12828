using System.Collections.Concurrent;

namespace LlmReadingList.Catalog.Search;

/// <summary>
/// All of search's SQL, in one place so a benchmark can run exactly what the app runs (<see cref="SearchStatement.ToPsql"/>).
/// One read-only transaction: <see cref="Settings"/>, then <see cref="Query"/> (one statement per sort and year-filter shape), which returns
/// the whole page as one JSON document (hits, total, facets), so the candidate set is found once; only when it found
/// nothing, <see cref="Suggestion"/>.
///
/// Candidates come from five tiers, each at most the candidate cap + 1 rows, each ordered by the requested sort so that for
/// date and title sorts its first rows are the right ones:
/// <list type="bullet">
/// <item>browse (no search words): paper in index order (<c>ix_paper_year_id</c>, <c>ix_paper_year</c>, <c>ix_paper_title_key</c>);</item>
/// <item>title hits: <c>title_document @@ query</c>: papers whose titles hold every word are always candidates, however
///   many summaries also match;</item>
/// <item>prefix title hits, for plain words whose titles are fewer than a page and whose last word is no title's whole
///   word: that word as a prefix (<c>catalog_title_prefix_tsquery</c>), as a reader types it;</item>
/// <item>forgiving title hits, only for plain words that found less than a page (a typo, "lora" in "QLoRA"): each
///   word widened to the closest words of any title (<c>catalog_title_corrected_tsquery</c>: trigram similarity
///   against <c>title_word</c>, a few hundred thousand words rather than a million titles), then
///   <c>title_document @@</c> that;</item>
/// <item>text hits: <c>document @@ query</c> over titles and summaries; by relevance only while the title hits do not
///   fill the cap (see <c>TitleMatchesFirstTests</c>).</item>
/// </list>
/// For relevance and newest, the title, forgiving and text tiers want the newest matches. A match in many papers is cheapest found
/// by walking the newest papers (<c>ix_paper_search_year_paper_id</c>) until enough match; a rarer one by its GIN
/// indexes, one per span of years (<see cref="SearchYearSpans"/>), reading the matches of the newest spans until enough.
/// A probe of the newest <see cref="ProbeRows"/> papers picks the way (see there), so a common word no longer reads
/// hundreds of thousands of matches to keep a thousand.
/// The union is ranked, and the first <see cref="SearchRequest.CandidateCap"/> are paged and counted for facets; more than that is reported as
/// "1,000+". Parameters: $1 English groups, $2 CJK groups, $3 English exclusions, $4 CJK exclusions (all for
/// <c>catalog_search_tsquery</c>), $5 plain words for the prefix and forgiving tiers, $6 browse, $7/$8 year range (both given when the statement filters by year), $9 author,
/// $10 tag, $11 list (slugs, for the filters' names), $12 language, $13 offset, $14 page size, $15 CJK runs,
/// $16 author id, $17 tag id, $18 list id (<see cref="SearchFilterIds"/>). The sort and the cap are the statement's
/// own (<see cref="Query"/>), so that one plan serves every search of that shape.
/// </summary>
public static class SearchSql
{
    /// <summary>
    /// The forgiving title match compares each typed word with the words of titles by word similarity from 0.4 (the
    /// GIN trigram index's threshold; <c>catalog_title_corrected_tsquery</c> narrows it further): "retreival" is 0.43
    /// from "retrieval", "atention" 0.73 from "attention", "lora" 0.6 from "qlora". "Did you mean", offered only when
    /// nothing matched, uses the same threshold against whole titles. The search statement is prepared once per
    /// connection. A search for words by relevance or newest, filtered by nothing but years, is also planned once
    /// (planning it cost 3–4 ms a search): the statement is written so that one plan fits every value (the sort, cap
    /// and year-filter shape are its own, the words' queries are computed once, and which way a tier reads its
    /// candidates is decided as it runs, by the probes). Other searches (browsing, the author, tag, list and
    /// language filters, the oldest and title sorts) are planned with their values, so that the planner weighs the
    /// words' actual query and how many papers the filters' author, tag or list has: one plan for all of them chose
    /// joins that read the whole catalog. The search's rows are hot in memory, so index probes
    /// cost little more than sequential reads (random_page_cost), which keeps the planner from scanning paper
    /// whole to join a few thousand index hits. Parallel workers cost more to start than these bounded queries
    /// take. The statement's estimated cost crosses the JIT threshold on a large catalog (the "did you mean" branch is
    /// costed as if it ran), and compiling it took 70 ms on the 1M-paper benchmark, longer than running it; so no JIT.
    /// The timeout turns a pathological query into a message rather than a hang.
    /// </summary>
    public static string Settings(bool sharedPlan) => $"""
        SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true),
               set_config('plan_cache_mode', '{(sharedPlan ? "force_generic_plan" : "force_custom_plan")}', true),
               set_config('random_page_cost', '1.1', true),
               set_config('max_parallel_workers_per_gather', '0', true),
               set_config('jit', 'off', true),
               set_config('statement_timeout', '5s', true)
        """;

    /// <summary>
    /// "Did you mean": the title closest to the words ($1), for a search that found nothing; a statement of its own, run
    /// only then, because planning its trigram test costs every other search a millisecond or two.
    /// </summary>
    public const string Suggestion = """
        SELECT p.title, p.slug
        FROM paper_search s JOIN paper p ON p.id = s.paper_id
        WHERE $1 <% s.titles AND NOT s.merged
        ORDER BY word_similarity($1, s.titles) DESC, p.year DESC NULLS LAST, p.id
        LIMIT 1
        """;

    /// <summary>The parameter types in order, as psql's PREPARE declares them.</summary>
    public static readonly IReadOnlyList<string> ParameterTypes =
    [
        "text[]", "text[]", "text", "text", "text", "boolean", "integer", "integer", "text", "text", "text", "text",
        "integer", "integer", "text[]", "bigint", "bigint", "bigint",
    ];

    // The words' query and the exclusions' query: under a shared plan computed once per search (the words CTE) rather
    // than for each row; planned with the values, function calls that fold to constants the planner can weigh.
    private static string Words(SearchShape shape) => shape.SharedPlan ? "(SELECT query FROM words)" : "catalog_search_tsquery($1, $2, $3, $4)";

    private static string Exclusions(SearchShape shape) =>
        shape.SharedPlan ? "(SELECT excluded FROM words)" : "catalog_search_tsquery(ARRAY[$3, ''], ARRAY['', $4], NULL, NULL)";

    private const int Cap = SearchRequest.CandidateCap;


    // Candidates are found in paper_search alone (its year and merged flag are copied from paper); the author, tag
    // and list filters join their link tables (OtherFilters). The years are plain range conditions, which the
    // newest-first index can start and stop at, in the statements that filter by year, and absent from the others
    // (which also find undated papers).
    private static string YearFilters(SearchShape shape, string year = "s.year") => shape.YearFiltered ? $"{year} >= $7 AND {year} <= $8" : "true";

    private static string Filters(SearchShape shape) => $$"""
        NOT s.merged AND {{YearFilters(shape)}}
              AND {{NotExcluded(shape)}}
              AND {{OtherFilters(shape)}}
        """;

    // A walk reads only the newest-first index, which holds everything it tests but the words anywhere in the paper;
    // so an exclusion looks the paper's row up, only for papers that passed every other test.
    private static string WalkFilters(SearchShape shape) => $$"""
        NOT s.merged AND {{YearFilters(shape)}}
              AND {{OtherFilters(shape)}}
              AND NOT EXISTS (SELECT FROM paper_search x WHERE x.paper_id = s.paper_id AND x.document @@ {{Exclusions(shape)}})
        """;

    private static string NotExcluded(SearchShape shape) => $"NOT coalesce(s.document @@ {Exclusions(shape)}, false)";

    // Browsing walks paper's own indexes in every sort, so its year and merge conditions are on paper.
    private static string BrowseFilters(SearchShape shape) => $$"""
        p.merged_into_id IS NULL AND {{YearFilters(shape, "p.year")}}
              AND {{NotExcluded(shape)}}
              AND {{OtherFilters(shape)}}
        """;

    // Only the filters the search has; each link filter is the papers the link table holds for its id (a semi-join the
    // planner, knowing from the link table's statistics how many papers that id has, may start from: an author's few
    // papers, rather than testing every paper read for that author).
    private static string OtherFilters(SearchShape shape)
    {
        var filters = new[]
        {
            shape.Author ? "s.paper_id IN (SELECT pa.paper_id FROM paper_author pa WHERE pa.author_id = $16)" : null,
            shape.Tag ? "s.paper_id IN (SELECT pt.paper_id FROM paper_tag pt WHERE pt.tag_id = $17)" : null,
            shape.List ? "s.paper_id IN (SELECT le.paper_id FROM list_entry le WHERE le.list_id = $18)" : null,
            shape.Lang ? "s.languages @> ARRAY[$12::text]" : null,
        }.OfType<string>().ToList();
        return filters.Count == 0 ? "true" : string.Join("\n      AND ", filters);
    }

    /// <summary>
    /// How many of the newest papers a probe reads to judge how common the words are, and how many a walk may read.
    /// A word in one paper of <see cref="WalkRows"/>/(cap + 1) or more fills the candidates by walking the newest papers
    /// (a title walk reads the index alone, about 0.4 µs a paper; a text walk reads each row, about 1.5 µs); a rarer one
    /// by its index (about 2 µs a match), so neither path reads more than a few tens of thousands of rows. The probe is
    /// the newest <see cref="ProbeRows"/> papers, where a walk would start.
    /// </summary>
    public const int ProbeRows = 1000;

    /// <inheritdoc cref="ProbeRows"/>
    public const int WalkRows = 40000;

    // The newest papers in the search's order (ix_paper_search_year_paper_id, which includes what title walks test, so
    // they scan the index only); for relevance and newest only.
    private static string Newest(SearchShape shape, int rows) => $$"""
        (SELECT * FROM paper_search s
                  WHERE {{(shape.NewestFirst ? "true" : "false")}} AND NOT s.merged AND {{YearFilters(shape)}}
                  ORDER BY s.year DESC NULLS LAST, s.paper_id DESC LIMIT {{rows}}) s
        """;

    // How many of the newest ProbeRows papers match, filters included: each tier probes for itself, and only once it is
    // wanted (a text probe reads every row's summaries, which a search whose titles fill the candidates never needs).
    private static string Probe(SearchShape shape, string match) =>
        $"SELECT count(*) FROM {Newest(shape, ProbeRows)} WHERE {match} AND {OtherFilters(shape)}";

    // A tier's candidates: walked from the newest papers when the probe says the match is common enough to fill
    // them within WalkRows, else from the match's GIN indexes, span by span (see FromIndex).
    // A tier runs only when it is wanted (an uncorrelated condition, so it is decided once, before any row is read).
    private static string Tier(SearchShape shape, string name, int tier, string match, string probed, string wanted = "true") => $$"""
        {{name}}_walk AS MATERIALIZED (
            SELECT s.paper_id
            FROM {{Newest(shape, WalkRows)}}
            WHERE ({{wanted}}) AND ({{probed}}) * {{WalkRows / ProbeRows}} > {{Cap}} AND {{match}} AND {{WalkFilters(shape)}}
            LIMIT {{Cap + 1}}
        ),
        {{name}}_hits AS MATERIALIZED (
            SELECT {{tier}} AS tier, paper_id FROM {{name}}_walk WHERE (SELECT count(*) FROM {{name}}_walk) > {{Cap}}
            UNION ALL
            {{FromIndex(shape, tier, $"({wanted}) AND (SELECT count(*) FROM {name}_walk) <= {Cap} AND {match} AND {Filters(shape)}")}}
        ),
        """;

    // The word indexes are one partial index per span of years (SearchYearSpans). Newest or oldest first, the spans
    // are asked in the sort's order, each for its own first cap + 1, and the LIMIT above them stops before a later span
    // is read once earlier ones filled it: an Append runs its branches one after another, and nothing above it
    // reorders them. A span the year filter rules out is skipped before it is read. The title sort needs them all.
    private static string FromIndex(SearchShape shape, int tier, string conditions)
    {
        var spans = SearchYearSpans.NewestFirst;
        var allowed = (YearSpan span) => span.AllowedBy(shape.YearFiltered);
        return shape.Sort switch
        {
            SearchSort.Relevance or SearchSort.Newest => InTurn(tier, spans.Select(span =>
                SpanQuery(span.Predicate("s.year"), allowed(span), conditions, "s.year DESC NULLS LAST, s.paper_id DESC"))),
            SearchSort.Oldest => InTurn(tier, spans.Reverse()
                .Select(span => SpanQuery(span.DatedPredicate("s.year"), allowed(span), conditions, "s.year, s.paper_id"))
                .Append(SpanQuery("s.year IS NULL", shape.YearFiltered ? "false" : "true", conditions, "s.paper_id"))),
            _ => $$"""
                (SELECT {{tier}} AS tier, b.paper_id
                 FROM ({{string.Join("\n      UNION ALL ", spans.Select(span => SpanQuery(span.Predicate("s.year"), allowed(span), conditions)))}}) b
                 ORDER BY (SELECT p.title_key FROM paper p WHERE p.id = b.paper_id), b.paper_id
                 LIMIT {{Cap + 1}})
                """,
        };
    }

    private static string InTurn(int tier, IEnumerable<string> spanQueries) => $$"""
        (SELECT {{tier}} AS tier, b.paper_id
         FROM ({{string.Join("\n      UNION ALL ", spanQueries)}}) b
         LIMIT {{Cap + 1}})
        """;

    // One span's matches; with an order, only its first cap + 1.
    private static string SpanQuery(string span, string allowed, string conditions, string? order = null) =>
        $"(SELECT s.paper_id FROM paper_search s WHERE ({span}) AND {allowed} AND {conditions}"
        + (order is null ? ")" : $" ORDER BY {order} LIMIT {Cap + 1})");

    // Relevance: words anywhere, titles weighted highest (A title 1, B other titles 0.4, C summaries 0.2), scaled to
    // [0, 1); plus how well the titles alone match (short titles first). For title and forgiving hits when few titles
    // hold the words as typed: the titles to compare with the words, and how well they hold the corrected words (which
    // of them are compared: that rank plus the titles' own).
    private static string RankColumns(SearchShape shape) => $"""
        coalesce(ts_rank(s.document, {Words(shape)}, 32), 0) AS text_rank,
                           coalesce(ts_rank(s.title_document, {Words(shape)}, 1 | 32), 0) AS title_rank,
                           CASE WHEN h.tier IN (1, 2) AND (SELECT count(*) FROM title_hits) < $14 THEN s.titles END AS compared_titles,
                           coalesce(ts_rank(s.title_document, (SELECT query FROM corrected), 1 | 32), 0) AS corrected_rank
        """;

    private const string NoRankColumns = "0::real AS text_rank, 0::real AS title_rank, NULL::text AS compared_titles, 0::real AS corrected_rank";

    /// <summary>
    /// How many titles a relevance search compares with the words as typed. Trigram similarity costs about 15 µs a
    /// title (a typo whose corrected words are common finds a thousand forgiving matches: 15 ms), so it is measured
    /// for the titles that best hold the corrected words, shortest first, and the rest rank after them.
    /// </summary>
    public const int SimilarTitles = 200;

    private static readonly ConcurrentDictionary<SearchShape, string> Queries = new();

    /// <summary>
    /// The statement for a shape of search, planned once for all its searches (<see cref="SearchShape.SharedPlan"/>,
    /// under <see cref="Settings"/>(true)) or for each search's values. The sort's orders, the cap, the year conditions
    /// and the filters the search has are written into it, not left to parameters a shared plan could not use, and it
    /// holds only the span queries its sort can run.
    /// </summary>
    public static string Query(SearchShape shape) => Queries.GetOrAdd(shape, QueryFor);

    // each sort's order of papers (browsing) and of ranked candidates (m)
    private static string BrowseOrder(SearchSort sort) => sort switch
    {
        SearchSort.Oldest => "p.year ASC NULLS LAST, p.id ASC",
        SearchSort.Title => "p.title_key ASC, p.id ASC",
        _ => "p.year DESC NULLS LAST, p.id DESC",
    };

    private static string RankOrder(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => "m.score DESC, m.year DESC NULLS LAST, m.paper_id DESC",
        SearchSort.Oldest => "m.year ASC NULLS LAST, m.paper_id ASC",
        SearchSort.Title => "m.title_key ASC, m.paper_id ASC",
        _ => "m.year DESC NULLS LAST, m.paper_id DESC",
    };

    private static string QueryFor(SearchShape shape) => $$"""
        WITH
        words AS MATERIALIZED (
            SELECT catalog_search_tsquery($1, $2, $3, $4) AS query,
                   catalog_search_tsquery(ARRAY[$3, ''], ARRAY['', $4], NULL, NULL) AS excluded
            WHERE {{(shape.SharedPlan ? "true" : "false")}}
        ),
        browse_hits AS (
            SELECT 0 AS tier, s.paper_id
            FROM paper_search s JOIN paper p ON p.id = s.paper_id
            WHERE $6 AND {{BrowseFilters(shape)}}
            ORDER BY {{BrowseOrder(shape.Sort)}}
            LIMIT {{Cap + 1}}
        ),
        {{Tier(shape, "title", 1, $"s.title_document @@ {Words(shape)}", Probe(shape, $"{Words(shape)} IS NOT NULL AND s.title_document @@ {Words(shape)}"))}}
        -- by relevance, titles that hold every word outrank papers whose summaries alone do (a title word weighs five
        -- times a summary's): once more titles than the cap hold them, summaries are not searched
        {{Tier(shape, "text", 3, $"s.document @@ {Words(shape)}", Probe(shape, $"{Words(shape)} IS NOT NULL AND s.document @@ {Words(shape)}"),
            shape.Sort == SearchSort.Relevance ? $"(SELECT count(*) FROM title_hits) <= {Cap}" : "true")}}
        -- plain words whose titles are fewer than a page: the last word may be unfinished ("chinchil" finds "Chinchilla")
        -- (not when the last word is a whole word of some title: a prefix of a common word reads long index lists)
        prefix_query AS MATERIALIZED (
            SELECT catalog_title_prefix_tsquery($5) AS query
            WHERE (SELECT count(*) FROM title_hits) < $14
              AND NOT EXISTS (SELECT FROM title_word w WHERE w.word = substring($5 FROM '([[:alpha:]]+)$'))
        ),
        prefix_hits AS MATERIALIZED (
            {{FromIndex(shape, 2, $"s.title_document @@ (SELECT query FROM prefix_query) AND {Filters(shape)}")}}
        ),
        -- the forgiving title match, for words that found less than a page anywhere: when no title holds every word,
        -- or the query is one word held by fewer titles than a page ("lora" also finds "QLoRA"); a longer query that
        -- found its title, or plenty of summaries, does not need it
        fuzzy_wanted AS MATERIALIZED (
            SELECT $5 IS NOT NULL
                   AND (SELECT count(*) FROM title_hits) + (SELECT count(*) FROM prefix_hits) < CASE WHEN strpos($5, ' ') = 0 THEN $14 ELSE 1 END
                   AND (SELECT count(*) FROM text_hits) < $14 AS wanted
        ),
        -- the words as typed, each widened to the closest title words
        corrected AS MATERIALIZED (
            SELECT catalog_title_corrected_tsquery($5) AS query WHERE (SELECT wanted FROM fuzzy_wanted)
        ),
        {{Tier(shape, "fuzzy", 2, "s.title_document @@ (SELECT query FROM corrected)",
            Probe(shape, "(SELECT query FROM corrected) IS NOT NULL AND s.title_document @@ (SELECT query FROM corrected)"))}}
        -- the candidates, each once, with what ranking and facets need; paper itself is read only for the title sort's
        -- key and, below, for the page's hits
        matched AS MATERIALIZED (
            SELECT h.paper_id, s.year, s.languages, s.author_ids, s.tag_ids, s.list_ids,
                   {{(shape.Sort == SearchSort.Title ? "(SELECT p.title_key FROM paper p WHERE p.id = h.paper_id)" : "NULL::text")}} AS title_key,
                   {{(shape.Sort == SearchSort.Relevance ? RankColumns(shape) : NoRankColumns)}}
            -- a paper found by several tiers counts once, as its first tier's (ids only, before any row is read or scored)
            FROM (SELECT DISTINCT ON (paper_id) paper_id, tier
                  FROM (SELECT * FROM browse_hits UNION ALL SELECT * FROM title_hits UNION ALL SELECT * FROM prefix_hits
                        UNION ALL SELECT * FROM fuzzy_hits UNION ALL SELECT * FROM text_hits) u
                  ORDER BY paper_id, tier) h
            JOIN paper_search s ON s.paper_id = h.paper_id
        ),
        -- ranked in the sort's order; by relevance, the score is the ranks plus, when few titles hold the words as typed
        -- (so the forgiving tier ran), how close each title is to them: trigram similarity, measured for the
        -- SimilarTitles titles that best hold the corrected words (one materialised copy of the candidates, not two)
        ranked AS MATERIALIZED (
            SELECT m.*, row_number() OVER (ORDER BY {{RankOrder(shape.Sort)}}) AS ordinal
            FROM (SELECT m.paper_id, m.year, m.languages, m.author_ids, m.tag_ids, m.list_ids, m.title_key,
                         m.text_rank + m.title_rank
                           + CASE WHEN m.compared_titles IS NOT NULL AND m.closeness_order <= {{SimilarTitles}}
                                  THEN strict_word_similarity($5, m.compared_titles) ELSE 0 END AS score
                  FROM (SELECT m.*, row_number() OVER (PARTITION BY m.compared_titles IS NULL
                                                       ORDER BY m.corrected_rank + m.title_rank DESC, m.year DESC NULLS LAST, m.paper_id DESC) AS closeness_order
                        FROM matched m) m) m
        ),
        -- read in place by each facet (a materialised copy of a thousand wide rows costs more than the scans)
        top AS NOT MATERIALIZED (SELECT * FROM ranked WHERE ordinal <= {{Cap}}),
        page AS (SELECT * FROM ranked WHERE ordinal > $13 AND ordinal <= least($13 + $14, {{Cap}})),
        -- how often each person or organisation is credited on the first 1,000 (facets count the ids on the search
        -- rows matched already read, rather than probing the link tables once per paper; unnest in the select list, a
        -- projection, costs far less than a function scan set up for each of a thousand rows)
        credits AS MATERIALIZED (
            SELECT a.author_id, count(*) AS n FROM (SELECT unnest(t.author_ids) AS author_id FROM top t) a GROUP BY a.author_id
        )
        SELECT json_build_object(
            'total', (SELECT count(*) FROM matched),
            'hits', coalesce((
                SELECT json_agg(json_build_object(
                    'id', r.paper_id, 'slug', p.slug, 'title', p.title, 'year', r.year,
                    'authors', coalesce((
                        SELECT json_agg(json_build_object('name', a.name, 'slug', a.slug, 'kind', a.kind) ORDER BY pa.position)
                        FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = r.paper_id), '[]'),
                    'lists', coalesce((
                        SELECT json_agg(json_build_object('title', l.title, 'slug', l.slug) ORDER BY l.title)
                        FROM list_entry le JOIN reading_list l ON l.id = le.list_id WHERE le.paper_id = r.paper_id), '[]'),
                    -- the page shows the Chinese context when there is one, so the headline is made only without it
                    'headline', CASE WHEN c.snippet IS NULL THEN (
                        SELECT CASE WHEN {{Words(shape)}} IS NULL THEN left(x.body, 400)
                                    ELSE ts_headline('english', x.body, {{Words(shape)}},
                                                     'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                                                     || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') END
                        FROM (SELECT left(translate(string_agg(su.body_markdown, E'\n\n' ORDER BY su.id), chr(2) || chr(3), ''), 20000) AS body
                              FROM summary su WHERE su.paper_id = r.paper_id) x) END,
                    'cjk', c.snippet
                ) ORDER BY r.ordinal)
                FROM page r JOIN paper p ON p.id = r.paper_id
                LEFT JOIN LATERAL (
                    SELECT json_build_object('text', substr(src.body, greatest(src.pos - 40, 1), 120),
                                             'cutStart', src.pos > 41,
                                             'cutEnd', greatest(src.pos - 40, 1) + 120 <= char_length(src.body)) AS snippet
                    FROM (SELECT su.body_markdown AS body, su.id AS ord,
                                 (SELECT min(nullif(strpos(su.body_markdown, run), 0)) FROM unnest($15::text[]) run) AS pos
                          FROM summary su WHERE su.paper_id = r.paper_id
                          UNION ALL
                          SELECT pt.title, 9223372036854775807,
                                 (SELECT min(nullif(strpos(pt.title, run), 0)) FROM unnest($15::text[]) run)
                          FROM paper_title pt WHERE pt.paper_id = r.paper_id) src
                    WHERE cardinality($15::text[]) > 0 AND src.pos IS NOT NULL
                    ORDER BY src.ord LIMIT 1) c ON true), '[]'),
            'years', coalesce((
                SELECT json_agg(json_build_object('value', y.year::text, 'label', y.year::text, 'count', y.n) ORDER BY y.year DESC)
                FROM (SELECT t.year, count(*) AS n FROM top t WHERE t.year IS NOT NULL GROUP BY t.year) y), '[]'),
            'languages', coalesce((
                SELECT json_agg(json_build_object('value', x.language, 'label', x.language, 'count', x.n) ORDER BY x.n DESC, x.language)
                FROM (SELECT language, count(*) AS n FROM (SELECT unnest(t.languages) AS language FROM top t) l GROUP BY language) x), '[]'),
            'tags', coalesce((
                SELECT json_agg(json_build_object('value', x.slug, 'label', x.name, 'count', x.n) ORDER BY x.n DESC, x.name)
                FROM (SELECT tg.slug, tg.name, count(*) AS n
                      FROM (SELECT unnest(t.tag_ids) AS tag_id FROM top t) pt JOIN tag tg ON tg.id = pt.tag_id
                      GROUP BY tg.id ORDER BY n DESC, tg.name LIMIT 12) x), '[]'),
            -- the most credited people: names are looked up in count order until twelve are found (ties by id)
            'authors', coalesce((
                SELECT json_agg(json_build_object('value', x.slug, 'label', x.name, 'count', x.n) ORDER BY x.n DESC, x.name)
                FROM (SELECT a.slug, a.name, c.n
                      FROM (SELECT * FROM credits ORDER BY n DESC, author_id) c
                      JOIN LATERAL (SELECT a.slug, a.name FROM author a WHERE a.id = c.author_id AND a.kind = 'person') a ON true
                      LIMIT 12) x), '[]'),
            'organizations', coalesce((
                SELECT json_agg(json_build_object('value', x.slug, 'label', x.name, 'count', x.n) ORDER BY x.n DESC, x.name)
                FROM (SELECT a.slug, a.name, c.n FROM credits c JOIN author a ON a.id = c.author_id
                      WHERE a.kind = 'organization' ORDER BY c.n DESC, a.name LIMIT 12) x), '[]'),
            'lists', coalesce((
                SELECT json_agg(json_build_object('value', x.slug, 'label', x.title, 'count', x.n) ORDER BY x.n DESC, x.title)
                FROM (SELECT l.slug, l.title, count(*) AS n
                      FROM (SELECT unnest(t.list_ids) AS list_id FROM top t) le JOIN reading_list l ON l.id = le.list_id
                      GROUP BY l.id ORDER BY n DESC, l.title LIMIT 12) x), '[]'),
            'filterNames', json_build_object(
                'author', (SELECT a.name FROM author a WHERE a.slug = $9),
                'tag', (SELECT t.name FROM tag t WHERE t.slug = $10),
                'list', (SELECT l.title FROM reading_list l WHERE l.slug = $11))
        )
        """;
}
