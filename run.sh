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
cd .data/app
exec dotnet LlmReadingList.Web.dll "$@"
