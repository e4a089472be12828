#!/usr/bin/env bash
# Database time of importing the seed: the server logs every statement's duration (log_min_duration_statement=0
# for one database) while the catalog's `import` command imports seed/ into an empty database, then again for the
# re-import (nothing changes). The sum of the logged durations is the database time.
# Usage: bench/seed-import.sh. Appends a section to bench/results/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/.data/bench/seed-import"
mkdir -p "$work"
scripts/ensure-prerequisites.sh postgres

echo "== publishing the catalog (Release)"
dotnet publish src/LlmReadingList.Web/LlmReadingList.Web.csproj -c Release -o "$work/app" --nologo -v quiet

. bench/lib/cluster.sh
cluster_dir="$work/pg"
cluster_port=15993
cluster_start
trap cluster_stop EXIT
log="$cluster_dir/server.log"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$cluster_port" -U postgres "$@"; }
psql_bench -d postgres -c "DROP DATABASE IF EXISTS seed_import" -c "CREATE DATABASE seed_import"
export ConnectionStrings__Catalog="Host=127.0.0.1;Port=$cluster_port;Username=postgres;Database=seed_import" Logging__LogLevel__Default=Warning
dotnet "$work/app/LlmReadingList.Web.dll" migrate
psql_bench -d postgres -c "ALTER DATABASE seed_import SET log_min_duration_statement = 0"

database_time() {
  local from; from=$(wc -l < "$log")
  dotnet "$work/app/LlmReadingList.Web.dll" import seed > "$work/import.out"
  sleep 1 # the server writes its log asynchronously
  tail -n +"$((from + 1))" "$log" | grep -a "duration:" \
    | awk '{ for (i = 1; i <= NF; i++) if ($i == "duration:") sum += $(i + 1); n++ } END { printf "%d|%.1f", n, sum }'
}
first=$(database_time)
again=$(database_time)

{
  echo
  echo "## Seed import database time — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}'). Command: \`bench/seed-import.sh\`"
  echo
  echo "| run | statements | database time (ms, sum of logged durations) |"
  echo "|---|---:|---:|"
  echo "| first import of seed/ into an empty database | ${first%%|*} | ${first##*|} |"
  echo "| second import (nothing changes) | ${again%%|*} | ${again##*|} |"
} | tee -a bench/results/import.md
