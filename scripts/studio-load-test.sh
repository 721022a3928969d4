#!/usr/bin/env bash
# A bounded load on loopback: wrk (Debian) with 8 connections for two halves of LOAD_SECONDS (default 20 s in all)
# against a figure of the API (SVG, PNG 2x, the values of a dataset). Checks: no non-2xx response, no socket error,
# the studio alive, and its RSS after the second half within 64 MB of the first (no timing threshold).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/studio-run.sh"
HALF=$(( ${LOAD_SECONDS:-20} / 2 ))
LUA=$(mktemp /tmp/sajian-wrk.XXXXXX.lua)
cat > "$LUA" <<'LUA'
local paths = {"/api/v1/templates/studio-uji/figures/tpt-provinsi.svg", "/api/v1/templates/studio-uji/figures/tpt-provinsi.png?scale=2",
               "/api/v1/datasets/tpt-provinsi/values?periode=2024-08", "/api/v1/templates/ekspor-web/figures/tpt-provinsi.svg"}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA
rss() { awk '/VmRSS/ {print $2}' "/proc/$STUDIO_PID/status"; }
# Warm: fonts, bound templates, the response cache.
for path in /api/v1/templates/studio-uji/figures/tpt-provinsi.svg "/api/v1/templates/studio-uji/figures/tpt-provinsi.png?scale=2" \
            "/api/v1/datasets/tpt-provinsi/values?periode=2024-08" /api/v1/templates/ekspor-web/figures/tpt-provinsi.svg; do
  curl -sf -o /dev/null "$STUDIO_URL$path"
done
status=0
for half in 1 2; do
  out=$(wrk -t2 -c8 -d"${HALF}s" -s "$LUA" "$STUDIO_URL/")
  echo "$out"
  if grep -q "Non-2xx" <<<"$out" || grep -q "Socket errors" <<<"$out"; then echo "load: errors in half $half"; status=1; fi
  kill -0 "$STUDIO_PID" || { echo "load: the studio died"; exit 1; }
  eval "rss$half=$(rss)"
  echo "RSS after half $half: $(rss) kB"
done
rm -f "$LUA"
growth=$(( rss2 - rss1 ))
echo "RSS growth between the halves: ${growth} kB (bound 65536 kB)"
[ $growth -le 65536 ] || { echo "load: memory grows"; status=1; }
[ $status = 0 ] && echo "studio load test: passed (no errors, alive, memory flat)"
exit $status
