import Foundation
import SajianGeo
import SajianModel

// Derives Sajian's bundled boundaries. Two modes, both run by scripts/batas-wilayah.sh:
//
//   sajian-batas wilayah PROV_SQL_DIR KAB_SQL_DIR PROVINSI.CSV KABKOTA.CSV CONTEXT.geojson OUT_PROV.geojson OUT_KAB.geojson
//     the 38 provinces and 514 kabupaten/kota of cahyadsn/wilayah_boundaries (MIT; MySQL INSERT rows with [lat, lon]
//     paths and Kemendagri codes), swapped to [lon, lat], with BPS codes added, rings cleaned, simplified with shared
//     borders kept aligned (SharedBorders), rounded; the neighbouring countries (`jenis: negara`) are taken over from
//     CONTEXT.geojson (Natural Earth, derived by the mode below).
//   sajian-batas natural-earth WORLD_MAP.GPKG OUTPUT.geojson
//     Natural Earth 1:10m (public domain) as Debian's qgis-common ships it: 33 provinces and the neighbouring
//     countries clipped to Southeast Asia (the bundled file before the 38 provinces; kept for the countries).

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

/// Writes `data` to `path` atomically: the old file or the new one, never half of it.
func writeAtomically(_ data: Data, to path: String) throws {
    let temporary = path + ".tmp"
    try data.write(to: URL(fileURLWithPath: temporary))
    guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "wilayah" where arguments.count == 8:
    deriveWilayah(Array(arguments.dropFirst()))
case "natural-earth" where arguments.count == 3:
    deriveNaturalEarth(source: arguments[1], output: arguments[2])
default:
    fail("usage: sajian-batas wilayah PROV_SQL_DIR KAB_SQL_DIR provinsi.csv kode-kabupaten-kota.csv CONTEXT.geojson OUT_PROV.geojson OUT_KAB.geojson\n"
         + "       sajian-batas natural-earth world_map.gpkg OUTPUT.geojson")
}
