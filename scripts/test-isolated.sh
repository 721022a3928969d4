#!/bin/sh
# Runs the test suite (the command given, e.g. `swift test --skip-build`) with a default catalog and a temporary
# folder of its own, and fails when the suite used the default catalog (every test must name its own, with
# `--catalog`, SAJIAN_CATALOG or `Catalog(path:)`) or left anything in the temporary folder. The developer's catalog
# (~/.local/share/sajian/katalog.sqlite, or SAJIAN_CATALOG) is out of the suite's reach either way.
set -u
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sajian-suite.XXXXXX") || exit 3
mkdir "$scratch/data" "$scratch/tmp"
status=0
env -u SAJIAN_CATALOG XDG_DATA_HOME="$scratch/data" TMPDIR="$scratch/tmp" "$@" || status=$?
if [ -e "$scratch/data/sajian" ]; then
  echo "error: the test suite used the default catalog (it appeared at $scratch/data/sajian); give each test its own with --catalog or SAJIAN_CATALOG" >&2
  status=1
fi
# `swift test` itself leaves TemporaryDirectory.* folders, empty or holding `.keep-directory` (its compiler driver asked about the target:
# swiftlang/swift-driver#2049; five per run, with or without tests) and its lock files (_<path>.lock): the
# toolchain's, not the suite's, which leaves none.
left=$(cd "$scratch/tmp" && for entry in * .[!.]*; do
  [ -e "$entry" ] || continue
  case "$entry" in
    TemporaryDirectory.*) case "$(ls -A "$entry")" in "" | .keep-directory) continue ;; esac ;;
    _*.lock) continue ;;
  esac
  echo "$entry"
done)
if [ -n "$left" ]; then
  echo "error: the test suite left these in its temporary folder ($scratch/tmp):" >&2
  echo "$left" | head -20 >&2
  status=1
fi
rm -rf "$scratch"
exit $status
