#!/usr/bin/env bash
# Search at scale: a private PostgreSQL cluster (.data/bench/search/), a migrated database holding a synthetic catalog of
# $PAPERS papers (generated once and kept; --regenerate starts over), then every search query type through the app's
# search code and the same statement in psql. Writes bench/results/search.md.
# Usage: bench/search.sh [--regenerate | --load-modes-only]   (env: PAPERS=1000000 ITERATIONS=50 WARMUP=5 ROUNDS=5 OTHER_ITERATIONS=10 PORT=15991
#        COMPARE_PAPERS=50000). --load-modes-only redoes only bench/results/search-load-modes.md (triggers vs bulk).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
source bench/lib/cluster.sh

papers="${PAPERS:-1000000}"
iterations="${ITERATIONS:-50}"
warmup="${WARMUP:-5}"
rounds="${ROUNDS:-5}"
cluster_dir="$root/.data/bench/search/pg"
cluster_port="${PORT:-15991}"
# the cluster is disposable (regenerated from a seed), so loading may skip fsync; reads are unaffected
cluster_options="-c shared_buffers=2GB -c maintenance_work_mem=1GB -c max_wal_size=8GB -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
marker="$root/.data/bench/search/generated-$papers"
connection="Host=127.0.0.1;Port=$cluster_port;Username=postgres;Database=bench;Include Error Detail=true"
results="$root/bench/results"
raw="$results/raw"
mkdir -p "$raw"

scripts/ensure-prerequisites.sh postgres
machine="$(machine_description)"

echo "Building the benchmark tool ..."
dotnet build bench/LlmReadingList.Bench -c Release --nologo -v quiet -o .data/bench/tool >/dev/null
bench() { dotnet .data/bench/tool/LlmReadingList.Bench.dll "$@"; }

cluster_start
trap cluster_stop EXIT
psql_bench() { psql -X -q -h 127.0.0.1 -p "$cluster_port" -U postgres "$@"; }

if [ "${1:-}" != "--load-modes-only" ] && { [ "${1:-}" = "--regenerate" ] || [ ! -f "$marker" ]; }; then
  rm -f "$root"/.data/bench/search/generated-*
  psql_bench -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
  echo "Generating $papers papers ..."
  bench generate --connection "$connection" --papers "$papers" | tee "$raw/search-generate.md"
  touch "$marker"
fi

# How search rows are best built under COPY, measured on a smaller catalog: the app's statement triggers as rows
# arrive, or triggers off and the refresh function in parallel chunks afterwards (equal digests: the same rows).
if [ ! -f "$results/search-load-modes.md" ] || [ "${1:-}" = "--regenerate" ] || [ "${1:-}" = "--load-modes-only" ]; then
  compare="${COMPARE_PAPERS:-50000}"
  {
    echo "### Building search rows: triggers or bulk ($compare papers, same seed)"
    echo
    for mode in triggers bulk; do
      psql_bench -d postgres -c "DROP DATABASE IF EXISTS bench_$mode" -c "CREATE DATABASE bench_$mode"
      echo "\`--search-rows $mode\`:"
      echo
      bench generate --connection "${connection/Database=bench;/Database=bench_$mode;}" --papers "$compare" --search-rows "$mode" | grep -E '^\||^search rows'
      echo
      psql_bench -d postgres -c "DROP DATABASE bench_$mode"
    done
  } > "$raw/search-load-modes.md"
  mv "$raw/search-load-modes.md" "$results/search-load-modes.md"
fi
[ "${1:-}" = "--load-modes-only" ] && exit 0

echo "Searching ($iterations runs per query type after $warmup warm-up runs) ..."
status=0
rm -f "$raw/search-table.md"
bench search --connection "$connection" --iterations "$iterations" --warmup "$warmup" --rounds "$rounds" --output "$raw/search-table.md" || status=$?
[ -f "$raw/search-table.md" ] || exit 1
other_iterations="${OTHER_ITERATIONS:-10}"
echo "Other searches ($other_iterations runs each, no target) ..."
rm -f "$raw/search-other.md"
bench search --other --connection "$connection" --iterations "$other_iterations" --warmup 2 --rounds 1 --output "$raw/search-other.md" || status=$?
[ -f "$raw/search-other.md" ] || exit 1

sizes="$(psql_bench -d bench -A -t -F ' | ' -c "SELECT relname, to_char(n_live_tup, 'FM999,999,999'), pg_size_pretty(pg_total_relation_size(relid)) FROM pg_stat_user_tables WHERE relname IN ('paper','paper_title','summary','author','paper_author','paper_tag','list_entry','paper_search') ORDER BY pg_total_relation_size(relid) DESC")"
{
  echo "# Search at scale"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench ':!bench/results' || echo ' (with uncommitted changes)'), by:"
  echo
  echo '```sh'
  echo "PAPERS=$papers ITERATIONS=$iterations WARMUP=$warmup ROUNDS=$rounds OTHER_ITERATIONS=$other_iterations bench/search.sh${1:+ $1}"
  echo '```'
  echo
  echo "$machine"
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- cluster: private, \`shared_buffers=2GB\`, \`fsync=off\` (disposable data; reads are unaffected); app and psql both over TCP on 127.0.0.1"
  echo
  echo "## Catalog"
  echo
  echo "| table | rows (pg_stat estimate) | size with indexes |"
  echo "|---|---:|---:|"
  echo "$sizes" | sed 's/^/| /; s/$/ |/'
  echo
  if [ -f "$raw/search-generate.md" ]; then
    echo "Loaded by \`LlmReadingList.Bench generate --papers $papers\` (binary COPY; search rows by \`catalog_refresh_paper_search_many\` in parallel chunks, see below):"
    echo
    grep '^|' "$raw/search-generate.md"
    echo
    grep '^search rows' "$raw/search-generate.md" || true
    echo
  fi
  [ -f "$results/search-load-modes.md" ] && cat "$results/search-load-modes.md" && echo
  echo "## Latency"
  echo
  cat "$raw/search-table.md"
  echo "## Other searches"
  echo
  cat "$raw/search-other.md"
} > "$results/search.md"
echo "Wrote bench/results/search.md"
exit "$status"
