#!/usr/bin/env bash
# Page throughput and footprint: publishes the app (Release), starts a private PostgreSQL cluster (.data/bench/pages/)
# and the app with the seed imported, saves the exact HTML of four pages (home, the largest list, a paper, a search)
# for nginx to serve as static files on another port, and runs wrk against nginx and the app in the same run, with
# the output cache on and off. Records requests/s, p50/p99, non-2xx, the web process's peak RSS (VmHWM) and the
# time from process start to the first successful request. Writes bench/results/pages.md.
# Usage: bench/pages.sh   (env: ROUNDS=3 alternating nginx/app runs per cached page, DURATION=30 seconds per wrk run;
#        PG_PORT=15992 APP_PORT=15993 NGINX_PORT=15994)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
source bench/lib/cluster.sh
source bench/lib/wrk.sh

work="$root/.data/bench/pages"
cluster_dir="$work/pg"
cluster_port="${PG_PORT:-15992}"
app_port="${APP_PORT:-15993}"
nginx_port="${NGINX_PORT:-15994}"
rounds="${ROUNDS:-3}"
results="$root/bench/results"
raw="$results/raw/pages"
mkdir -p "$raw" "$work/www"

scripts/ensure-prerequisites.sh postgres
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
machine="$(machine_description)"

echo "Publishing the app (Release) ..."
dotnet publish src/LlmReadingList.Web/LlmReadingList.Web.csproj -c Release -o "$work/app" --nologo -v quiet >/dev/null

cluster_start
app_pid=""
nginx_started=false
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  $nginx_started && "$nginx_bin" -c "$work/nginx.conf" -p "$work/" -s stop 2>/dev/null || true
  cluster_stop
}
trap cleanup EXIT
# a new database each run, so the first start always migrates and imports the seed from nothing
psql -X -q -h 127.0.0.1 -p "$cluster_port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS catalog" -c "CREATE DATABASE catalog" 2>/dev/null
db() { psql -X -q -h 127.0.0.1 -p "$cluster_port" -U postgres -d catalog -tA "$@"; }

# start_app CACHE → sets app_pid and startup_seconds (process start to the first 200 from /)
start_app() {
  local started
  started="$(date +%s.%N)"
  (cd "$work/app" && exec env ConnectionStrings__Catalog="Host=127.0.0.1;Port=$cluster_port;Username=postgres;Database=catalog" \
    Catalog__DataDirectory="$work" Catalog__SeedDirectory="$root/seed" Catalog__ImportSeedOnStart=true \
    Catalog__SecureCookies=false Catalog__OutputCache="$1" Urls="http://127.0.0.1:$app_port" \
    DOTNET_gcServer="${DOTNET_gcServer:-0}" DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}" \
    dotnet LlmReadingList.Web.dll > "$raw/app-cache-$1.log" 2>&1) &
  app_pid=$!
  until curl -fso /dev/null "http://127.0.0.1:$app_port/"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:"; tail -20 "$raw/app-cache-$1.log"; exit 1; }
    sleep 0.05
  done
  startup_seconds="$(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN { printf "%.2f", a - b }')"
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

echo "Starting the app (first start: migrations and the seed import) ..."
start_app true
first_start="$startup_seconds"
stop_app
start_app true
restart="$startup_seconds"

largest_list="$(db -c "SELECT l.slug FROM reading_list l JOIN list_entry e ON e.list_id = l.id GROUP BY l.id ORDER BY count(*) DESC, l.id LIMIT 1")"
list_entries="$(db -c "SELECT count(*) FROM list_entry e JOIN reading_list l ON l.id = e.list_id WHERE l.slug = '$largest_list'")"
paper="$(db -c "SELECT p.slug FROM paper p JOIN summary s ON s.paper_id = p.id WHERE p.merged_into_id IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1")"
declare -A pages=([home]="/" [list]="/lists/$largest_list" [paper]="/papers/$paper" [search]="/search?q=attention")
order=(home list paper search)

# nginx serves the very bytes the app sent, at the same paths (the query string is ignored by location matching)
{
  echo "worker_processes auto; pid $work/nginx.pid; error_log $work/nginx-error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; sendfile on; keepalive_requests 1000000; default_type text/html;"
  echo "  server { listen 127.0.0.1:$nginx_port; root $work/www;"
  for name in "${order[@]}"; do
    echo "    location = ${pages[$name]%%\?*} { default_type 'text/html; charset=utf-8'; try_files /$name.html =404; }"
  done
  echo "  } }"
} > "$work/nginx.conf"
for name in "${order[@]}"; do
  curl -fsS "http://127.0.0.1:$app_port${pages[$name]}" -o "$work/www/$name.html"
done
"$nginx_bin" -c "$work/nginx.conf" -p "$work/"
nginx_started=true
for name in "${order[@]}"; do
  cmp -s "$work/www/$name.html" <(curl -fsS "http://127.0.0.1:$nginx_port${pages[$name]}") || { echo "nginx does not serve $name's bytes"; exit 1; }
done

declare -A nginx_rps
rows=()
record() { # record PAGE SERVER CACHE
  local ratio="" target=""
  if [ "$2" = nginx ]; then nginx_rps[$1]="$rps"; else
    ratio="$(awk -v a="$rps" -v b="${nginx_rps[$1]}" 'BEGIN { printf "%.2f×", a / b }')"
    [ "$3" = on ] && target="$(awk -v a="$rps" -v b="${nginx_rps[$1]}" 'BEGIN { print (a / b >= 0.5 ? "yes" : "**no**") }')"
  fi
  rows+=("| $1 | $2 | $3 | $rps | $p50 | $p99 | $non2xx | $errors | $ratio | ${per_round[*]:-} | $target | $(cut -d' ' -f1 /proc/loadavg) |")
  echo "${rows[-1]}"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# add_round SET → appends the last wrk run's figures to a set of rounds (SET_rps, SET_p50, SET_p99, SET_bad, SET_errors)
add_round() {
  local -n all_rps="$1_rps" all_p50="$1_p50" all_p99="$1_p99" all_bad="$1_bad" all_errors="$1_errors"
  all_rps+=("$rps"); all_p50+=("$p50"); all_p99+=("$p99"); all_bad=$((all_bad + non2xx))
  if [ "$errors" != none ]; then all_errors+=("$errors"); fi
}

# use_rounds SET → sets rps, p50, p99 to the medians of a set of rounds, non2xx to their sum, and errors
use_rounds() {
  local -n all_rps="$1_rps" all_p50="$1_p50" all_p99="$1_p99" all_bad="$1_bad" all_errors="$1_errors"
  rps="$(median "${all_rps[@]}")"; p50="$(median "${all_p50[@]}")"; p99="$(median "${all_p99[@]}")"
  non2xx="$all_bad"; errors="${all_errors[*]:-none}"
}

# Cached pages against nginx: the two alternate, round by round, so a burst of load from elsewhere on this shared
# machine falls on both rather than on one; the medians are compared.
echo "wrk, $rounds rounds of ${DURATION:-30} s per server and page: nginx and the app (output cache on) alternating ..."
for name in "${order[@]}"; do
  url_path="${pages[$name]}"
  for _ in 1 2 3; do curl -fso /dev/null "http://127.0.0.1:$app_port$url_path"; done
  web_rps=() web_p50=() web_p99=() web_errors=() web_bad=0
  app_rps=() app_p50=() app_p99=() app_errors=() app_bad=0
  for round in $(seq 1 "$rounds"); do
    wrk_run "$name-nginx-$round" "http://127.0.0.1:$nginx_port$url_path"; add_round web
    wrk_run "$name-app-cached-$round" "http://127.0.0.1:$app_port$url_path"; add_round app
  done
  use_rounds web; per_round=("${web_rps[@]}"); record "$name" nginx -
  use_rounds app; per_round=()
  for i in "${!app_rps[@]}"; do per_round+=("$(awk -v a="${app_rps[$i]}" -v b="${web_rps[$i]}" 'BEGIN { printf "%.2f×", a / b }')"); done
  record "$name" app on
done
rss_cached="$(peak_rss_mb)"
stop_app

echo "... and with the output cache off ..."
start_app false
restart_uncached="$startup_seconds"
for name in "${order[@]}"; do
  url_path="${pages[$name]}"
  for _ in 1 2 3; do curl -fso /dev/null "http://127.0.0.1:$app_port$url_path"; done
  wrk_run "$name-app-uncached" "http://127.0.0.1:$app_port$url_path"; per_round=(); record "$name" app off
done
rss_uncached="$(peak_rss_mb)"

{
  echo "# Page throughput and footprint"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench ':!bench/results' || echo ' (with uncommitted changes)'), by:"
  echo
  echo '```sh'
  echo "ROUNDS=$rounds DURATION=${DURATION:-30} bench/pages.sh"
  echo '```'
  echo
  echo "$machine"
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- app: \`dotnet publish -c Release\`, the seed catalog imported, Kestrel on http://127.0.0.1:$app_port; nginx $("$nginx_bin" -v 2>&1 | cut -d/ -f2) serving the same bytes as static files on :$nginx_port (\`access_log off\`, \`sendfile on\`); both on loopback"
  echo "- app GC: \`DOTNET_gcServer=${DOTNET_gcServer:-0} DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x1000000}\` (workstation GC, 16 MiB young generation: as \`run.sh\` and the Dockerfile start it)"
  echo "- load generator: \`wrk -t2 -c64 -d${DURATION:-30}s --latency\` on the same 2 cores (it competes with the server it measures); cached pages: $rounds rounds per page, nginx and the app alternating; uncached: one run per page"
  echo
  echo "| page | path | bytes |"
  echo "|---|---|---:|"
  for name in "${order[@]}"; do echo "| $name | \`${pages[$name]}\` | $(stat -c %s "$work/www/$name.html") |"; done
  echo
  echo "The list page is the list with the most entries ($list_entries; page 1 shows 50). The paper page is the paper with the most summaries."
  echo
  echo "## Throughput"
  echo
  echo "Requests/s and latency in ms: medians over the rounds (non-2xx: the sum). \"ratio\" is the app's median requests/s over nginx's for the same page in the same run, \"rounds\" each round's requests/s (nginx) or ratio (app); target ≥ 0.5× with the output cache on."
  echo
  echo "| page | server | output cache | requests/s | p50 | p99 | non-2xx/3xx | socket errors | ratio to nginx | rounds | ≥ 0.5× | load (1 min) |"
  echo "|---|---|---|---:|---:|---:|---:|---|---:|---|---|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## Footprint"
  echo
  echo "| measure | value | target |"
  echo "|---|---:|---|"
  echo "| peak RSS (VmHWM) of the web process, output cache on, after all its wrk runs | $rss_cached MB | < 300 MB: $([ "$rss_cached" -lt 300 ] && echo yes || echo '**no**') |"
  echo "| peak RSS (VmHWM), output cache off, after all its wrk runs | $rss_uncached MB | < 300 MB: $([ "$rss_uncached" -lt 300 ] && echo yes || echo '**no**') |"
  echo "| process start → first 200 from \`/\`: first start (migrations + seed import into an empty database) | $(printf '%.2f' "$first_start") s | |"
  echo "| process start → first 200 from \`/\`: restart (migrated, seed unchanged) | $(printf '%.2f' "$restart") s / $(printf '%.2f' "$restart_uncached") s (cache on / off) | |"
  echo
  echo "Raw wrk output: \`bench/results/raw/pages/\` (ignored by git)."
} > "$results/pages.md"
echo "Wrote bench/results/pages.md"
