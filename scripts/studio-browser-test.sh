#!/usr/bin/env bash
# The studio in a real browser (Debian's chromium + chromium-driver, selenium from PyPI, headless): upload a CSV,
# confirm the import, edit a template's judul and see the preview change, download the PDF. Then: a second studio on
# the same port says the port is taken, and Ctrl-C stops the first cleanly. Screenshots of a failure are saved in
# Output/studio-browser/. With --screenshot FILE, also saves the editor as FILE (the README's picture).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/studio-run.sh"
mkdir -p "$ROOT/Output/studio-browser"
python3 "$ROOT/scripts/studio_browser_test.py" "$STUDIO_URL" "$STUDIO_DIR" "$ROOT/Output/studio-browser" "$@"
# A second instance on the same port.
set +e
second=$(cd "$STUDIO_DIR" && "$SAJIAN" studio --port "$STUDIO_PORT" --catalog "$STUDIO_DIR/katalog.sqlite" 2>&1)
status=$?
set -e
[ $status = 3 ] && [[ "$second" == *"port $STUDIO_PORT on 127.0.0.1 is taken"* ]] || { echo "a second studio on the port: status $status: $second"; exit 1; }
echo "second studio on port $STUDIO_PORT: refused (port taken)"
kill -INT "$STUDIO_PID"
for _ in $(seq 1 100); do kill -0 "$STUDIO_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$STUDIO_PID" 2>/dev/null; then echo "Ctrl-C did not stop the studio"; exit 1; fi
wait "$STUDIO_PID" || { echo "the studio ended with status $? on Ctrl-C"; cat "$STUDIO_DIR/studio.log"; exit 1; }
grep -q "Sajian Studio stopped." "$STUDIO_DIR/studio.log" || { cat "$STUDIO_DIR/studio.log"; exit 1; }
echo "studio browser test: passed (Ctrl-C stopped the studio cleanly)"
