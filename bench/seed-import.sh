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

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
cluster="$work/pg"
port=15993
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
if [ ! -f "$cluster/PG_VERSION" ]; then
  mkdir -p "$cluster" && [ "$(id -u)" -eq 0 ] && chown postgres "$cluster" "$work"
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$cluster" -U bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
log="$work/pg.log"
"${as_postgres[@]}" "$pg_bin/pg_ctl" start -D "$cluster" -l "$log" -w \
  -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" >/dev/null
trap '"${as_postgres[@]}" "$pg_bin/pg_ctl" stop -D "$cluster" -m fast >/dev/null' EXIT
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U bench "$@"; }
psql_bench -d postgres -c "DROP DATABASE IF EXISTS seed_import" -c "CREATE DATABASE seed_import"
export ConnectionStrings__Catalog="Host=127.0.0.1;Port=$port;Username=bench;Database=seed_import" Logging__LogLevel__Default=Warning
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
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'). Command: \`bench/seed-import.sh\`"
  echo
  echo "| run | statements | database time (ms, sum of logged durations) |"
  echo "|---|---:|---:|"
  echo "| first import of seed/ into an empty database | ${first%%|*} | ${first##*|} |"
  echo "| second import (nothing changes) | ${again%%|*} | ${again##*|} |"
} | tee -a bench/results/import.md
