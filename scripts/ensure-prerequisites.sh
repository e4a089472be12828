#!/usr/bin/env bash
# Installs what the catalog and its tests need from Debian's packages when it is missing:
#   postgres  — PostgreSQL server binaries (initdb, pg_ctl) for the private cluster
#   browser   — Chromium, for the Playwright browser tests
#   node      — Node.js, for the consumer checks (citation, feed and OpenAPI validators)
#   axe       — axe-core for the browser tests' accessibility checks: npm ci in tests/LlmReadingList.Tests/Browser
# Usage: scripts/ensure-prerequisites.sh postgres [browser] [node] [axe]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
axe_dir="$root/tests/LlmReadingList.Tests/Browser"
need=()
want_axe=false
for what in "$@"; do
  case "$what" in
    postgres) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib) ;;
    browser) command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-noto-cjk) ;;
    node) command -v node >/dev/null 2>&1 || need+=(nodejs npm) ;;
    axe) want_axe=true; command -v npm >/dev/null 2>&1 || need+=(nodejs npm) ;;
    *) echo "unknown prerequisite: $what" >&2; exit 2 ;;
  esac
done

install_axe() {
  # again whenever package-lock.json is newer than the last install (npm writes node_modules/.package-lock.json)
  if [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ] || [ "$axe_dir/package-lock.json" -nt "$axe_dir/node_modules/.package-lock.json" ]; then
    echo "Installing axe-core (npm ci in tests/LlmReadingList.Tests/Browser) ..."
    (cd "$axe_dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

if [ ${#need[@]} -eq 0 ]; then
  if $want_axe; then install_axe; fi
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "error: missing Debian packages: ${need[*]}. Install them (sudo apt-get install ${need[*]}) or run as root." >&2
  exit 1
fi

echo "Installing ${need[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian's package starts a cluster of its own on 5432; the catalog runs private clusters and does not need it.
if [[ " ${need[*]} " == *" postgresql "* ]] && command -v pg_ctlcluster >/dev/null 2>&1; then
  for cluster in /etc/postgresql/*/main; do
    [ -d "$cluster" ] && pg_ctlcluster "$(basename "$(dirname "$cluster")")" main stop 2>/dev/null || true
  done
fi

if $want_axe; then install_axe; fi
