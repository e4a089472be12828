#!/usr/bin/env bash
# Reliability drills (issue 8). One drill per run; it appends its figures to bench/results/drills.md.
#   bench/drills.sh load [duration]          mixed reads + curator edits at 64 connections (default 10m)
#   bench/drills.sh outage [duration]        the load with PostgreSQL stopped for 10 s in the middle (default 60s)
#   bench/drills.sh crash-import             kill -9 the importer mid-article (--entries, 5,000), then import again
#   bench/drills.sh fuzz                     10,000 mutated articles through the parsers, a sample through import --dry-run
#   bench/drills.sh xss                      the XSS corpus through titles, credits, links, summaries and search
#   bench/drills.sh sqli                     the SQL-injection corpus through every public parameter and slug
# Builds and publishes the app to .data/drills/app, runs a private PostgreSQL cluster in .data/drills/postgres
# (stopped again at the end) and keeps logs in .data/drills/logs. Exit code 0 when the drill passes.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

drill="${1:?usage: bench/drills.sh <load|outage|crash-import|fuzz|xss|sqli> [duration] [--name value ...]}"
shift
duration=""
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
  duration="$1"
  shift
fi

scripts/ensure-prerequisites.sh postgres

echo "Building the app and the drills ..." >&2
dotnet publish src/LlmReadingList.Web/LlmReadingList.Web.csproj -c Release -o .data/drills/app --nologo -v quiet
dotnet publish bench/LlmReadingList.Drills/LlmReadingList.Drills.csproj -c Release -o .data/drills/bin --nologo -v quiet

command="bench/drills.sh $drill${duration:+ $duration}${*:+ $*}"
args=("$drill" --repo "$root" --command "$command")
if [ -n "$duration" ]; then
  args+=(--duration "$duration")
fi
args+=("$@")
exec dotnet .data/drills/bin/LlmReadingList.Drills.dll "${args[@]}"
