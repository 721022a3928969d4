import Foundation
import SajianGeo
import SajianModel

/// Natural Earth 1:10m (public domain) as Debian's qgis-common ships it (world_map.gpkg, layers states_provinces and
/// countries): Indonesia's 33 provinces of 2018 with their BPS and Kemendagri codes, and the neighbouring countries
/// clipped to Southeast Asia, simplified and rounded. The bundled file now takes its provinces from
/// cahyadsn/wilayah_boundaries (`deriveWilayah`) and keeps the countries this derives.
func deriveNaturalEarth(source: String, output: String) {
    /// 0.01° is about 1.1 km: under 0.1 mm on a 160 mm print map of the whole country.
    let tolerance = 0.01
    let decimals = 3
    /// Neighbours are kept within this box: Southeast Asia, as the inset shows it, with a margin.
    let clipBox = BoundingBox(minX: 86, minY: -18, maxX: 154, maxY: 28)
    let neighbours = ["MYS", "BRN", "SGP", "TLS", "PNG", "PHL", "AUS", "THA", "VNM", "KHM", "LAO", "MMR", "CHN", "IND", "BGD", "TWN", "PLW", "SLB"]

    /// Neighbours are context only (muted, and small in the inset): coarser, and without their smaller islands.
    let contextTolerance = 0.04

    func simplified(_ shape: MultiPolygon, tolerance: Double = 0.01, smallestArea: Double = 0.0004) -> MultiPolygon {
        // Tiny islets (under ~0.0004 square degrees, about 5 km²) vanish at national scale; the larger ones stay.
        let kept = MultiPolygon(shape.polygons.filter { abs(Geometry.signedArea($0.exterior)) > smallestArea })
        return Simplification.simplify(kept.isEmpty ? shape : kept, tolerance: tolerance)
    }

    do {
        let provinces = try GeoPackageReader.read(contentsOf: source, layer: "states_provinces", where: "adm0_a3 = 'IDN'")
        var features: [Feature] = []
        var unmatched: [String] = []
        for feature in provinces.features {
            let names = ["name", "woe_name", "gn_name"].compactMap { feature.properties[$0] }
            guard let province = ProvinceCodes.all.first(where: { province in
                names.contains { RegionName.normalized($0) == RegionName.normalized(province.name) }
            }) else {
                unmatched.append(names.first ?? "?")
                continue
            }
            features.append(Feature(properties: ["jenis": "provinsi", "kode_bps": province.bpsCode, "kode_kemendagri": province.kemendagriCode,
                                                 "nama": province.name, "nama_ne": feature.properties["name"] ?? ""],
                                    geometry: simplified(feature.geometry)))
        }
        guard unmatched.isEmpty else {
            FileHandle.standardError.write(Data("provinces without a code: \(unmatched.joined(separator: ", "))\n".utf8))
            exit(1)
        }
        features.sort { $0.properties["kode_bps"]! < $1.properties["kode_bps"]! }
        let list = neighbours.map { "'\($0)'" }.joined(separator: ",")
        let countries = try GeoPackageReader.read(contentsOf: source, layer: "countries", where: "ISO_A3 IN (\(list))")
        for country in countries.features.sorted(by: { ($0.properties["ISO_A3"] ?? "") < ($1.properties["ISO_A3"] ?? "") }) {
            let clipped = Clipping.clip(country.geometry, to: clipBox)
            guard !clipped.isEmpty else { continue }
            features.append(Feature(properties: ["jenis": "negara", "nama": country.properties["NAME"] ?? "", "iso_a3": country.properties["ISO_A3"] ?? ""],
                                    geometry: simplified(clipped, tolerance: contextTolerance, smallestArea: 0.01)))
        }
        let metadata = [
            "sumber": "Natural Earth 1:10m Cultural Vectors v4.1.0 (2018), Admin 1 – States, Provinces dan Admin 0 – Countries, domain publik; "
                + "disederhanakan oleh QGIS (world_map.gpkg dalam paket Debian qgis-common) lalu oleh scripts/batas-wilayah.sh",
            "riwayat": "batas wilayah: Natural Earth 1:10m, 2018",
            "provinsi": "33 provinsi, sebelum pembentukan Kalimantan Utara (2012) dan provinsi-provinsi Papua 2022",
            "toleransi": "provinsi \(tolerance) derajat, negara tetangga \(contextTolerance) derajat (Douglas–Peucker), koordinat \(decimals) desimal",
        ]
        let data = GeoJSONWriter.data(features, decimals: decimals, metadata: metadata)
        try writeAtomically(data, to: output)
        let provinceCount = features.filter { $0.properties["jenis"] == "provinsi" }.count
        let points = features.reduce(0) { $0 + $1.geometry.pointCount }
        print("\(output): \(provinceCount) provinces, \(features.count - provinceCount) countries, \(points) positions, \(data.count) bytes")
    } catch let error as DiagnosticError {
        fail(error.description)
    } catch {
        fail("\(output): \(error)")
    }
}
