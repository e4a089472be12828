#!/usr/bin/env bash
# Quick start: builds the catalog, starts PostgreSQL (a private cluster in .data/ unless ConnectionStrings__Catalog
# is set), applies migrations, imports the seed articles (idempotently) and serves http://localhost:5080.
# Ctrl+C stops the web app and the private cluster; the next run reuses both the data and the port.
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"

if [ -z "${ConnectionStrings__Catalog:-}" ]; then
  scripts/ensure-prerequisites.sh postgres
fi

echo "Building ..."
dotnet publish src/LlmReadingList.Web/LlmReadingList.Web.csproj -c Release -o .data/app --nologo -v quiet

export Catalog__DataDirectory="${Catalog__DataDirectory:-$root/.data}"
export Catalog__SeedDirectory="${Catalog__SeedDirectory:-$root/seed}"
export Catalog__ImportSeedOnStart="${Catalog__ImportSeedOnStart:-true}"
# plain HTTP on localhost: cookies cannot be Secure here (behind TLS, leave this unset)
export Catalog__SecureCookies="${Catalog__SecureCookies:-false}"
# The GC sizes its youngest generation from the L3 cache the CPU reports, and virtual machines may report the host's
# (260 MiB on our benchmark machine): the heap then grows by that much between collections. Workstation GC with a
# 16 MiB young generation keeps the web process under 300 MB under load (bench/results/pages.md). Override either.
export DOTNET_gcServer="${DOTNET_gcServer:-0}"
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"
cd .data/app
exec dotnet LlmReadingList.Web.dll "$@"
