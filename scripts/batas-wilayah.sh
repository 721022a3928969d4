#!/bin/sh
# Derives Datasets/batas-provinsi.geojson, Sajian's bundled boundaries, from Natural Earth 1:10m (public domain)
# as Debian's qgis-common package ships it (/usr/share/qgis/resources/data/world_map.gpkg). The package is only
# downloaded and unpacked (apt-get download + dpkg -x), never installed with its dependencies.
# The result is committed, so tests and the demo never need this script. Run from the repository root.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download qgis-common >/dev/null)
dpkg -x "$work"/qgis-common_*.deb "$work/x"
gpkg="$work/x/usr/share/qgis/resources/data/world_map.gpkg"
version=$(dpkg-deb -f "$work"/qgis-common_*.deb Version)
echo "qgis-common $version: $(sha256sum "$gpkg" | cut -c1-16) world_map.gpkg"
swift build -c release --product sajian-batas >/dev/null
.build/release/sajian-batas "$gpkg" Datasets/batas-provinsi.geojson
