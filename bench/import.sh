#!/usr/bin/env bash
# Bulk import benchmark: ENTRIES synthetic article entries (in the year-prefixed format of seed/003) split into
# articles below the 5 MB limit, imported with the catalog's own `import` command into an empty database, side by side
# with the baseline: PostgreSQL COPY of the same rows (paper, paper_link, summary, list_entry, audit_entry, with the
# same triggers building the search documents) into another empty database of the same cluster.
# Usage: bench/import.sh [entries=1000000] [entries-per-article=5000]
# Appends a section to bench/results/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
entries="${1:-1000000}"
per_article="${2:-5000}"
work="$root/.data/bench/import"
mkdir -p "$work"
scripts/ensure-prerequisites.sh postgres
command -v /usr/bin/time >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq time >/dev/null; }

echo "== publishing the catalog (Release)"
dotnet publish src/LlmReadingList.Web/LlmReadingList.Web.csproj -c Release -o "$work/app" --nologo -v quiet

echo "== generating $entries entries, $per_article per article"
articles="$work/articles-$entries-$per_article"
if [ ! -f "$articles/sources.json" ]; then
  rm -rf "$articles" && mkdir -p "$articles"
  # One pass writes both inputs: the articles for the importer, and the rows the importer will write, as COPY files
  # for the baseline (same titles, keys, slugs, years, arXiv ids, links, summaries, list entries, audit entries).
  awk -v n="$entries" -v per="$per_article" -v dir="$articles" 'BEGIN {
    srand(42);
    split("attention transformer retrieval alignment scaling sparse mixture expert diffusion agent reasoning chain thought instruction tuning preference reward policy memory context window quantization distillation pruning embedding contrastive multimodal vision language code graph speech robust efficient adaptive latent token routing decoding sampling verification planning tool synthetic curriculum federated", words, " ");
    nw = length(words);
    file = ""; a = 0; position = 0;
    for (i = 1; i <= n; i++) {
      if ((i - 1) % per == 0) {
        if (file != "") close(file);
        a++; position = 0; file = sprintf("%s/article-%05d.txt", dir, a);
        printf "Synthetic reading list %d\n-\n", a > file;
      }
      # arXiv ids are unique: 100,000 per year, one month per year
      bucket = int((i - 1) / 100000); year = 2015 + bucket; month = 1 + bucket % 12;
      arxiv = sprintf("%02d%02d.%05d", year % 100, month, (i - 1) % 100000);
      t = ""; for (w = 0; w < 6; w++) t = t (w ? " " : "") words[1 + int(rand() * nw)];
      title = toupper(substr(t, 1, 1)) substr(t, 2) " " i;
      s = ""; for (w = 0; w < 18; w++) s = s (w ? " " : "") words[1 + int(rand() * nw)];
      body = "A study of " s ".";
      printf "%d %s\n%s\nhttps://arxiv.org/abs/%s -\n", year, title, body, arxiv > file;
      slug = tolower(title); gsub(/ /, "-", slug); id = arxiv; gsub(/\./, "-", id); slug = slug "-" id;
      printf "%d\t%s\t%s\t%s\t%d\t%s\n", i, title, tolower(title), slug, year, arxiv > dir "/copy-paper.tsv";
      printf "%d\thttps://arxiv.org/abs/%s\tabstract\t%d\n", i, arxiv, a > dir "/copy-paper_link.tsv";
      printf "%d\t%d\t%s\t%s\ten\n", i, a, title, body > dir "/copy-summary.tsv";
      printf "%d\t%d\t%d\n", a, i, position++ > dir "/copy-list_entry.tsv";
      printf "import (synthetic-%05d)\t00000000-0000-0000-0000-%012d\tcreate\tpaper\t%d\t%s\n", a, a, i, title > dir "/copy-audit_entry.tsv";
    }
    close(file);
    printf "{ \"sources\": [\n" > dir "/sources.json";
    for (k = 1; k <= a; k++) {
      printf "  { \"key\": \"synthetic-%05d\", \"file\": \"article-%05d.txt\", \"title\": \"Synthetic reading list %d\", \"language\": \"en\", \"parser\": \"year-prefixed\" }%s\n", k, k, k, (k < a ? "," : "") > dir "/sources.json";
      printf "%d\tsynthetic-%05d\tSynthetic reading list %d\ten\tyear-prefixed\tarticle-%05d.txt\t%064d\n", k, k, k, k, k > dir "/copy-source.tsv";
      printf "%d\tsynthetic-%05d\tSynthetic reading list %d\ten\t%d\n", k, k, k, k > dir "/copy-reading_list.tsv";
    }
    printf "] }\n" > dir "/sources.json";
  }'
fi
echo "   $(ls "$articles"/*.txt | wc -l) articles, $(du -sh "$articles" | cut -f1)"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
cluster="$work/pg"
port=15990
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
if [ ! -f "$cluster/PG_VERSION" ]; then
  mkdir -p "$cluster" && [ "$(id -u)" -eq 0 ] && chown postgres "$cluster" "$work"
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$cluster" -U bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
"${as_postgres[@]}" "$pg_bin/pg_ctl" start -D "$cluster" -l "$work/pg.log" -w \
  -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c shared_buffers=2GB -c max_wal_size=8GB -c synchronous_commit=off" >/dev/null
trap '"${as_postgres[@]}" "$pg_bin/pg_ctl" stop -D "$cluster" -m fast >/dev/null' EXIT
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U bench "$@"; }

for db in import_app import_copy; do
  psql_bench -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  ConnectionStrings__Catalog="Host=127.0.0.1;Port=$port;Username=bench;Database=$db" Logging__LogLevel__Default=Warning \
    dotnet "$work/app/LlmReadingList.Web.dll" migrate
done

echo "== baseline: COPY of the same rows"
copy_start=$(date +%s.%N)
psql_bench -d import_copy <<SQL
BEGIN;
\copy source (id, key, title, language, parser, file_name, content_hash) FROM '$articles/copy-source.tsv'
\copy reading_list (id, slug, title, language, source_id) FROM '$articles/copy-reading_list.tsv'
\copy paper (id, title, title_key, slug, year, arxiv_id) FROM '$articles/copy-paper.tsv'
\copy paper_link (paper_id, url, kind, source_id) FROM '$articles/copy-paper_link.tsv'
\copy summary (paper_id, source_id, heading, body_markdown, language) FROM '$articles/copy-summary.tsv'
\copy list_entry (list_id, paper_id, position) FROM '$articles/copy-list_entry.tsv'
\copy audit_entry (actor, change_set, action, entity_type, entity_id, new_value) FROM '$articles/copy-audit_entry.tsv'
COMMIT;
SQL
copy_end=$(date +%s.%N)
copy_seconds=$(awk -v a="$copy_start" -v b="$copy_end" 'BEGIN { printf "%.1f", b - a }')

echo "== the catalog's import command"
/usr/bin/time -v -o "$work/import.time" env ConnectionStrings__Catalog="Host=127.0.0.1;Port=$port;Username=bench;Database=import_app" \
  Logging__LogLevel__Default=Warning dotnet "$work/app/LlmReadingList.Web.dll" import "$articles" > "$work/import.out" 2> "$work/import.err"
import_seconds=$(grep "Elapsed (wall clock)" "$work/import.time" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
import_rss_kb=$(grep "Maximum resident set size" "$work/import.time" | awk '{print $NF}')

count() { psql_bench -d "$1" -At -c "SELECT (SELECT count(*) FROM paper) || ' papers, ' || (SELECT count(*) FROM summary) || ' summaries, ' || (SELECT count(*) FROM list_entry) || ' list entries, ' || (SELECT count(*) FROM paper_search) || ' search rows'"; }
rows_app=$(count import_app)
rows_copy=$(count import_copy)
ratio=$(awk -v a="$import_seconds" -v b="$copy_seconds" 'BEGIN { printf "%.2f", a / b }')
articles_count=$(ls "$articles"/*.txt | wc -l)

{
  echo
  echo "## Bulk import, $entries entries in $articles_count articles — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'). Command: \`bench/import.sh $entries $per_article\`"
  echo
  echo "| | seconds | rows |"
  echo "|---|---:|---|"
  echo "| baseline: COPY of the same rows (search documents built by the same triggers) | $copy_seconds | $rows_copy |"
  echo "| \`import\` (one transaction per article) | $import_seconds | $rows_app |"
  echo
  echo "Ratio import / COPY: **$ratio×** (target ≤ 3×). Peak RSS of the import process: $((import_rss_kb / 1024)) MB."
} | tee -a bench/results/import.md
