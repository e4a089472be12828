#!/usr/bin/env bash
# Runs every test: parsers, importer, pages, API and browser tests, against real PostgreSQL (a throwaway cluster the
# tests start from the system's binaries, or the server in TEST_CATALOG_CONNECTION). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

scripts/ensure-prerequisites.sh postgres browser node axe || exit 1

rm -rf TestResults
dotnet test LlmReadingList.sln -c Release --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory TestResults "$@"
status=$?

passed=0
failed=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
# CI shows only the end of the output: name each failed test and the start of its message there
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  awk '
    function unescape(text) {
      gsub(/&quot;/, "\"", text); gsub(/&apos;/, "\047", text); gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text)
      gsub(/&amp;/, "\\&", text); return text
    }
    /<UnitTestResult / && /outcome="Failed"/ {
      match($0, /testName="[^"]*"/); print "FAILED " unescape(substr($0, RSTART + 10, RLENGTH - 11)); failed = 1; next
    }
    failed && /<Message>/ { message = 1; lines = 0; sub(/.*<Message>/, "") }
    message {
      line = $0; sub(/<\/Message>.*/, "", line); if (lines++ < 12) print "    " unescape(line)
      if ($0 ~ /<\/Message>/) { message = 0; failed = 0 }
    }
  ' "$trx"
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # the build or a test host failed before any test could report
  failed=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
