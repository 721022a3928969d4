#!/usr/bin/env bash
# Starts `sajian studio` over a temporary copy of the project (Templates/, Datasets/, a catalog of its own) on a free
# loopback port, for the browser and load tests. Sourced by scripts/studio-browser-test.sh and studio-load-test.sh:
# sets STUDIO_DIR, STUDIO_PORT, STUDIO_PID and STUDIO_URL, and stops the studio (Ctrl-C, SIGINT) on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SAJIAN=${SAJIAN:-$ROOT/.build/debug/sajian}
[ -x "$SAJIAN" ] || { echo "studio-run: $SAJIAN is not built (swift build first)"; exit 1; }
STUDIO_DIR=$(mktemp -d /tmp/sajian-studio-e2e.XXXXXX)
cp -a "$ROOT/Templates" "$ROOT/Datasets" "$STUDIO_DIR/"
cp "$ROOT/Tests/SajianStudioTests/studio-uji.yaml" "$STUDIO_DIR/Templates/studio-uji.yaml"
STUDIO_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
STUDIO_URL="http://127.0.0.1:$STUDIO_PORT"
STUDIO_LOG="$STUDIO_DIR/studio.log"
(cd "$STUDIO_DIR" && exec "$SAJIAN" studio --port "$STUDIO_PORT" --catalog "$STUDIO_DIR/katalog.sqlite" > "$STUDIO_LOG" 2>&1) &
STUDIO_PID=$!
stop_studio() {
  if kill -0 "$STUDIO_PID" 2>/dev/null; then
    kill -INT "$STUDIO_PID"
    for _ in $(seq 1 100); do kill -0 "$STUDIO_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$STUDIO_PID" 2>/dev/null && { echo "studio-run: the studio did not stop on Ctrl-C"; kill -9 "$STUDIO_PID"; }
  fi
  rm -rf "$STUDIO_DIR"
}
trap stop_studio EXIT
for _ in $(seq 1 600); do
  grep -q "Sajian Studio: open" "$STUDIO_LOG" 2>/dev/null && break
  kill -0 "$STUDIO_PID" 2>/dev/null || { echo "studio-run: the studio ended:"; cat "$STUDIO_LOG"; exit 1; }
  sleep 0.1
done
grep -q "Sajian Studio: open" "$STUDIO_LOG" || { echo "studio-run: the studio did not start:"; cat "$STUDIO_LOG"; exit 1; }
export STUDIO_DIR STUDIO_PORT STUDIO_URL STUDIO_PID
