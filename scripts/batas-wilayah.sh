#!/bin/sh
# Derives Sajian's bundled boundaries (run by hand from the repository root; the results are committed, so tests and
# the demo never need this script):
#
#   Datasets/batas-provinsi.geojson        38 provinces + the neighbouring countries (context and inset)
#   Datasets/batas-kabupaten-kota.geojson  514 kabupaten/kota
#   Datasets/LICENSE-wilayah_boundaries.txt  the MIT notice of the source, kept with the derived files
#
# from the SQL dumps of github.com/cahyadsn/wilayah_boundaries (MIT, Copyright (c) 2024 Cahya DSN) kept in
# ../shared/boundaries (BOUNDARIES=… to give another folder), with BPS codes from ../shared/datasets (DATASETS=…).
# `sajian-batas wilayah` swaps [lat, lon] to [lon, lat], cleans rings, aligns the kabupaten/kota borders the dump draws
# twice with slightly different positions, simplifies with shared borders kept aligned and
# takes the neighbouring countries (Natural Earth) over from the current bundled file.
#
# With --natural-earth, the countries are first derived again from Natural Earth 1:10m (public domain) as Debian's
# qgis-common ships it (/usr/share/qgis/resources/data/world_map.gpkg), downloaded and unpacked (apt-get download +
# dpkg -x), never installed.
set -eu
boundaries=${BOUNDARIES:-../shared/boundaries}
datasets=${DATASETS:-../shared/datasets}
sql="$boundaries/wilayah_boundaries-sql"
configuration=${CONFIGURATION:-release}   # CONFIGURATION=debug reuses a debug build
swift build -c "$configuration" --product sajian-batas >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
context=Datasets/batas-provinsi.geojson
if [ "${1:-}" = "--natural-earth" ]; then
    (cd "$work" && apt-get download qgis-common >/dev/null)
    dpkg -x "$work"/qgis-common_*.deb "$work/x"
    gpkg="$work/x/usr/share/qgis/resources/data/world_map.gpkg"
    version=$(dpkg-deb -f "$work"/qgis-common_*.deb Version)
    echo "qgis-common $version: $(sha256sum "$gpkg" | cut -c1-16) world_map.gpkg"
    context="$work/natural-earth.geojson"
    ".build/$configuration/sajian-batas" natural-earth "$gpkg" "$context"
fi
cp "$context" "$work/context.geojson"
echo "wilayah_boundaries: $(cat "$sql"/prov/*.sql | sha256sum | cut -c1-16) prov/*.sql, $(cat "$sql"/kab/*.sql | sha256sum | cut -c1-16) kab/*.sql"
".build/$configuration/sajian-batas" wilayah "$sql/prov" "$sql/kab" "$datasets/provinsi.csv" "$datasets/kode-kabupaten-kota.csv" \
    "$work/context.geojson" Datasets/batas-provinsi.geojson Datasets/batas-kabupaten-kota.geojson
cp "$boundaries/LICENSE-wilayah_boundaries.txt" Datasets/LICENSE-wilayah_boundaries.txt
chmod 644 Datasets/LICENSE-wilayah_boundaries.txt
