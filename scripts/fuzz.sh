#!/usr/bin/env bash
# `make fuzz`: runs each libFuzzer target (built by `make fuzz` into .build-fuzz from the Fuzz/ package) for
# FUZZ_SECONDS, seeded from Tests/Corpus and the demo templates and metadata. The corpus each run grows is kept in
# .build-fuzz/corpus/<target>, so later runs start from it. A crash, a trap, a sanitizer report, a leak, an input
# slower than 30 s or over 2 GB stops that target; its input is left in fuzz-artifacts/ (crash-…, leak-…, timeout-…,
# oom-…) for a regression test, the other targets still run, and the script fails at the end.
# Usage: scripts/fuzz.sh SECONDS [TARGET …] (targets without the fuzz- prefix; default: all).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=${*:-csv xlsx metadata template geojson wkb shapefile png}
bin=.build-fuzz/debug
mkdir -p fuzz-artifacts

# Seeds: the corpus files a target reads, copied so libFuzzer gets folders (a file argument would be run once, not fuzzed).
seed() {  # seed TARGET FILE…
  local dir=.build-fuzz/seeds/$1; shift
  rm -rf "$dir"; mkdir -p "$dir"
  for file in "$@"; do [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 65536 ] && cp "$file" "$dir/"; done
  return 0
}
seed csv Tests/Corpus/*.csv Tests/Corpus/valid/*.csv Tests/Corpus/csv/*.csv
seed xlsx Tests/Corpus/valid/*.xlsx Tests/Corpus/xlsx/*.xlsx
seed metadata Tests/Corpus/corpus.yaml Tests/Corpus/csv/dataset.yaml Tests/Corpus/metadata/*.yaml Datasets/*.yaml
seed template Tests/Corpus/templates/*.yaml Templates/*.yaml
seed geojson Tests/Corpus/boundaries/*.geojson
seed wkb Tests/Corpus/boundaries/*.wkb Tests/Corpus/boundaries/*.gpkgblob
seed png
printf '\x20\x03\xc2\x01\x00\xff\xff\xff\x1f\x4e\x79\xe0\x6c\x1c\x00\x00\x00\xfc\x01\x0e\xfc\x41' > .build-fuzz/seeds/png/chart
printf '\xff\x03\xff\x00\x02\x00\x00\x00\xff\x00\x00\x00\xff\x00\x00\x00\xff\x05\x06\x07' > .build-fuzz/seeds/png/stripes
seed shapefile
for shp in Tests/Corpus/boundaries/*.shp; do  # one input: the .shp, then "--shx--", "--dbf--", "--prj--" and those files
  base=${shp%.shp}; out=.build-fuzz/seeds/shapefile/$(basename "$base")
  { cat "$shp"; for ext in shx dbf prj; do [ -f "$base.$ext" ] && { printf '\n--%s--\n' $ext; cat "$base.$ext"; }; done; } > "$out"
done

failed=""
for target in $targets; do
  mkdir -p .build-fuzz/corpus/$target
  options="-max_total_time=$seconds -timeout=30 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=fuzz-artifacts/$target-"

  echo "fuzz-$target: $seconds s"
  if LSAN_OPTIONS=suppressions=Fuzz/lsan.supp $bin/fuzz-$target $options .build-fuzz/corpus/$target .build-fuzz/seeds/$target \
       > .build-fuzz/fuzz-$target.log 2>&1; then
    grep -E '^stat::number_of_executed_units|^Done' .build-fuzz/fuzz-$target.log | tr '\n' ' '; echo
  else
    echo "fuzz-$target FAILED: see .build-fuzz/fuzz-$target.log; the input is in fuzz-artifacts/:"
    grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' .build-fuzz/fuzz-$target.log | head -5
    failed="$failed $target"
  fi
done
[ -z "$failed" ] || { echo "make fuzz: failed:$failed"; exit 1; }
echo "make fuzz: every target ran clean for $seconds s"
