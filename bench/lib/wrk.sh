# Sourced by bench/pages.sh: one wrk run and its figures as a Markdown cell list.
to_ms() { # wrk latency ("812.00us", "1.52ms", "2.01s") in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# wrk_run NAME URL → writes $raw/NAME.txt, sets: rps p50 p99 non2xx errors
wrk_run() {
  local name="$1" url="$2" out="$raw/$1.txt"
  wrk -t2 -c64 -d"${DURATION:-30}s" --latency "$url" > "$out" 2>&1
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")"; non2xx="${non2xx:-0}"
  errors="$(awk '/Socket errors:/ {sub(/.*Socket errors: /, ""); print}' "$out")"; errors="${errors:-none}"
}
