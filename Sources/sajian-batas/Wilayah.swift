import Foundation
import SajianGeo
import SajianModel

/// The source: the `db/` folder of github.com/cahyadsn/wilayah_boundaries at this commit (MIT, Copyright (c) 2024
/// Cahya DSN), as `../shared/boundaries/SOURCES.md` records it.
let wilayahCommit = "3c5a7960f4d227a38489094d84252bdbb3f978a5"

/// Provinces: 0.01° is about 1.1 km, under 0.1 mm on a 160 mm print map of the whole country.
let provinceTolerance = 0.01
/// Kabupaten/kota: the same 0.01°, about 1.5 pt on a map of Jawa Barat 700 pt wide; the source's own positions lie
/// about 0.02° apart (median), so a finer tolerance keeps nearly all of them and doubles the file (0.004°: 1.3 MB).
let regencyTolerance = 0.01
/// Positions rounded to 3 decimals (about 110 m), after simplification.
let wilayahDecimals = 3
/// Islets smaller than this (square degrees; 0.001 is about 12 km², under 0.03° across) vanish at national scale, unless they are a
/// region's largest part or touch a neighbour.
let provinceSmallestArea = 0.001
/// A kabupaten/kota map is drawn about ten times larger: islets down to about 2.5 km² stay.
let regencySmallestArea = 0.0002

/// One `INSERT` row of a wilayah_boundaries dump: `('32.01','Kabupaten Bogor',lat,lng,'[[[lat,lon],…]]')`.
struct WilayahRow {
    var code: String
    var name: String
    var shape: MultiPolygon
}

/// Reads every `.sql` file in `folder` (sorted), row by row; `path` is JSON in [latitude, longitude] order, a polygon
/// or a multipolygon, swapped here to [longitude, latitude].
func readWilayahRows(folder: String) throws -> [WilayahRow] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sql") }.sorted()
    var rows: [WilayahRow] = []
    for file in files {
        let path = folder + "/" + file
        guard let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            fail("\(path): cannot be read")
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("('") else { continue }
            let where_ = "\(path), line \(number + 1)"
            // kode, nama: quoted, without quotes inside (checked: none of the 552 names has one).
            let fields = trimmed.dropFirst(2).split(separator: "'", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, fields[1] == ",", let open = trimmed.range(of: ",'["), let close = trimmed.range(of: "]'", options: .backwards),
                  open.upperBound <= close.lowerBound else {
                fail("\(where_): not a row `('kode','nama',lat,lng,'[…]')`; the dump's layout changed, so adapt readWilayahRows")
            }
            let json = trimmed[trimmed.index(before: open.upperBound)..<trimmed.index(after: close.lowerBound)]
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
            guard let shape = wilayahShape(object) else { fail("\(where_): `path` is neither a polygon nor a multipolygon of [lat, lon] pairs") }
            rows.append(WilayahRow(code: String(fields[0]), name: String(fields[2]), shape: shape))
        }
    }
    return rows
}

/// A `path` as a multipolygon: nesting depth 4 is a multipolygon, depth 3 a polygon; pairs are [lat, lon].
func wilayahShape(_ object: Any) -> MultiPolygon? {
    func ring(_ value: Any) -> Ring? {
        guard let pairs = value as? [[NSNumber]] else { return nil }
        return pairs.map { GeoPoint(longitude: $0[1].doubleValue, latitude: $0[0].doubleValue) }
    }
    func polygon(_ value: Any) -> Polygon? {
        guard let rings = value as? [Any] else { return nil }
        let parsed = rings.compactMap(ring)
        guard parsed.count == rings.count, let exterior = parsed.first else { return nil }
        return Polygon(exterior: exterior, holes: Array(parsed.dropFirst()))
    }
    if let single = polygon(object) { return MultiPolygon([single]) }
    guard let polygons = object as? [Any] else { return nil }
    let parsed = polygons.compactMap(polygon)
    return parsed.count == polygons.count ? MultiPolygon(parsed) : nil
}

/// A ring as drawn: the closing position dropped, repeated positions and spikes (a position whose neighbours are the
/// same position) removed until none is left.
func cleaned(_ ring: Ring) -> Ring {
    var points = ring
    if points.count > 1, points.first == points.last { points.removeLast() }
    var changed = true
    while changed, points.count >= 3 {
        changed = false
        var result: Ring = []
        for point in points where result.last != point { result.append(point) }
        if result.count > 1, result.first == result.last { result.removeLast() }
        var index = 0
        while result.count >= 3, index < result.count {
            let previous = result[(index + result.count - 1) % result.count], next = result[(index + 1) % result.count]
            if previous == next {
                result.remove(at: index)
                changed = true
            } else {
                index += 1
            }
        }
        if result.count != points.count { changed = true }
        points = result
    }
    return points.count >= 3 ? points : []
}

/// Every ring cleaned; parts smaller than `smallestArea` dropped unless they are the region's largest or share a
/// position with another region (dropping those would open a gap).
func prepared(_ shapes: [MultiPolygon], smallestArea: Double) -> [MultiPolygon] {
    let cleanedShapes = shapes.map { shape in
        MultiPolygon(shape.polygons.compactMap { polygon -> Polygon? in
            let exterior = cleaned(polygon.exterior)
            guard !exterior.isEmpty else { return nil }
            return Polygon(exterior: exterior, holes: polygon.holes.map(cleaned).filter { !$0.isEmpty })
        })
    }
    var owners: [GeoPoint: Int] = [:]
    var shared: Set<GeoPoint> = []
    for (index, shape) in cleanedShapes.enumerated() {
        for point in shape.polygons.flatMap({ $0.exterior }) {
            if let owner = owners[point], owner != index { shared.insert(point) } else { owners[point] = index }
        }
    }
    return cleanedShapes.map { shape in
        let areas = shape.polygons.map { abs(Geometry.signedArea($0.exterior)) }
        let largest = areas.indices.max { areas[$0] < areas[$1] }
        return MultiPolygon(shape.polygons.indices.filter { index in
            index == largest || areas[index] >= smallestArea || shape.polygons[index].exterior.contains(where: shared.contains)
        }.map { shape.polygons[$0] })
    }
}

/// Simple comma-separated rows with a heading line (the code lists have no quoted field before the last column).
func readCodeList(_ path: String) -> [[String: String]] {
    guard let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else { fail("\(path): cannot be read") }
    var lines = text.split(whereSeparator: \.isNewline).map(String.init)
    let headings = lines.removeFirst().split(separator: ",").map(String.init)
    return lines.map { line in
        let cells = line.split(separator: ",", maxSplits: headings.count - 1, omittingEmptySubsequences: false).map(String.init)
        return Dictionary(uniqueKeysWithValues: zip(headings, cells + Array(repeating: "", count: max(0, headings.count - cells.count))))
    }
}

func report(_ label: String, _ report: SharedBorders.Report, bytes: Int) {
    print("\(label): \(report.positionsBefore) → \(report.positionsAfter) positions, \(report.arcs) arcs (\(report.sharedArcs) shared), "
          + "crossing segments \(report.crossingsBefore) in the source → \(report.crossingsAfter), \(report.refinedArcs) arcs simplified less to avoid a crossing, \(bytes) bytes")
}

/// Degrees written as the publication writes numbers: "0,01" in Indonesian, "0.01" in English.
func degrees(_ value: Double, comma: Bool) -> String {
    let text = String(format: "%g", value)
    return comma ? text.replacingOccurrences(of: ".", with: ",") : text
}

func deriveWilayah(_ arguments: [String]) {
    let (provinceFolder, regencyFolder, provinceList, regencyList, contextFile, provinceOutput, regencyOutput) =
        (arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], arguments[5], arguments[6])
    do {
        // Codes: Kemendagri in the dump; BPS added from the code lists.
        var provinceCodes: [String: [String: String]] = [:]
        for row in readCodeList(provinceList) { provinceCodes[row["kode_kemendagri"] ?? ""] = row }
        var regencyCodes: [String: [String: String]] = [:]
        for row in readCodeList(regencyList) { regencyCodes[row["kode_kemendagri_titik"] ?? ""] = row }

        let licence = "MIT, Copyright (c) 2024 Cahya DSN (LICENSE-wilayah_boundaries.txt)"
        // Short enough that a map's note keeps its lines (a longer one shrank the kab/kota booklets' maps and turned
        // their names into numbers), and saying the lines are not official boundaries and whose the neighbours are
        // (proof-reading 41).
        func history(tolerance: Double, comma: Bool) -> String {
            comma
                ? "batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), kode wilayah menurut Kepmendagri Nomor 300.2.2-2430 Tahun 2025, "
                    + "asal geometri tidak dinyatakan, disederhanakan oleh Sajian (\(degrees(tolerance, comma: true))°); bukan batas resmi; "
                    + "negara tetangga: Natural Earth"
                : "boundaries from cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), codes per Kepmendagri No. 300.2.2-2430 of 2025, "
                    + "origin of the geometry not stated, simplified by Sajian (\(degrees(tolerance, comma: false))°); not official boundaries; "
                    + "neighbouring countries: Natural Earth"
        }
        func metadata(tolerance: Double, folder: String, scope: String) -> [String: String] {
            [
                "sumber": "github.com/cahyadsn/wilayah_boundaries, commit \(wilayahCommit), \(folder) (dump MySQL, pasangan [lintang, bujur], kode Kemendagri); "
                    + "kode BPS dari provinsi.csv dan kode-kabupaten-kota.csv; diturunkan oleh scripts/batas-wilayah.sh (sajian-batas wilayah)",
                "lisensi": licence,
                "riwayat": history(tolerance: tolerance, comma: true),
                "riwayat_en": history(tolerance: tolerance, comma: false),
                "cakupan": scope,
                "toleransi": "\(tolerance) derajat, busur bersama disederhanakan sekali (Douglas–Peucker, batas tetangga tetap berimpit), koordinat \(wilayahDecimals) desimal",
            ]
        }

        // Provinces, with the neighbouring countries of the bundled file (Natural Earth) as context.
        let provinceRows = try readWilayahRows(folder: provinceFolder)
        guard provinceRows.count == 38 else { fail("\(provinceFolder): \(provinceRows.count) provinces, expected 38") }
        let provinceShapes = prepared(provinceRows.map(\.shape), smallestArea: provinceSmallestArea)
        let (simplifiedProvinces, provinceReport) = SharedBorders.simplify(provinceShapes, tolerance: provinceTolerance, decimals: wilayahDecimals)
        var provinces: [Feature] = []
        for (row, shape) in zip(provinceRows, simplifiedProvinces) {
            guard let codes = provinceCodes[row.code], let bps = codes["kode_bps"], !bps.isEmpty else {
                fail("\(provinceList): no BPS code for the Kemendagri province code \(row.code) (\(row.name))")
            }
            provinces.append(Feature(properties: ["jenis": BundledFeatureKind.province.rawValue, "kode_bps": bps, "kode_kemendagri": row.code,
                                                  "nama": codes["nama"] ?? row.name], geometry: shape))
        }
        provinces.sort { $0.properties["kode_bps"]! < $1.properties["kode_bps"]! }
        let context = try GeoJSONReader.read(contentsOf: contextFile).features.filter { $0.properties["jenis"] == BundledFeatureKind.country.rawValue }
        guard !context.isEmpty else { fail("\(contextFile): no feature with `jenis: negara` to keep as the neighbouring countries") }
        var provinceMetadata = metadata(tolerance: provinceTolerance, folder: "db/prov", scope: "38 provinsi")
        provinceMetadata["sumber"]! += "; negara tetangga (jenis negara): Natural Earth 1:10m v4.1.0, domain publik, dari berkas sebelumnya (sajian-batas natural-earth)"
        let provinceData = GeoJSONWriter.data(provinces + context, decimals: wilayahDecimals, metadata: provinceMetadata)
        try writeAtomically(provinceData, to: provinceOutput)
        report("\(provinceOutput): \(provinces.count) provinces, \(context.count) countries", provinceReport, bytes: provinceData.count)

        // Kabupaten/kota: one national file, neighbours across province borders aligned as well.
        let regencyRows = try readWilayahRows(folder: regencyFolder)
        // Their shared borders are drawn twice in the source, not always with the same positions: aligned first.
        let regencyShapes = prepared(aligned(regencyRows.map(\.shape), within: regencyAlignmentDistance), smallestArea: regencySmallestArea)
        let (simplifiedRegencies, regencyReport) = SharedBorders.simplify(regencyShapes, tolerance: regencyTolerance, decimals: wilayahDecimals)
        var regencies: [Feature] = []
        for (row, shape) in zip(regencyRows, simplifiedRegencies) {
            guard let codes = regencyCodes[row.code], let province = provinceCodes[codes["kode_provinsi_kemendagri"] ?? ""] else {
                fail("\(regencyList): no row for the Kemendagri code \(row.code) (\(row.name))")
            }
            var properties = ["jenis": BundledFeatureKind.regency.rawValue, "kode_kemendagri": row.code, "nama": codes["nama"] ?? row.name,
                              "bentuk": codes["jenis"] ?? "", "kode_provinsi_kemendagri": province["kode_kemendagri"] ?? "",
                              "kode_provinsi_bps": province["kode_bps"] ?? ""]
            // The 26 kabupaten/kota of the 2022 Papua provinces have no current BPS code in the list: left out, not guessed.
            if let bps = codes["kode_bps"], !bps.isEmpty { properties["kode_bps"] = bps }
            regencies.append(Feature(properties: properties, geometry: shape))
        }
        regencies.sort { $0.properties["kode_kemendagri"]! < $1.properties["kode_kemendagri"]! }
        let regencyData = GeoJSONWriter.data(regencies, decimals: wilayahDecimals,
                                             metadata: metadata(tolerance: regencyTolerance, folder: "db/kab", scope: "\(regencies.count) kabupaten/kota"))
        try writeAtomically(regencyData, to: regencyOutput)
        report("\(regencyOutput): \(regencies.count) kabupaten/kota", regencyReport, bytes: regencyData.count)
    } catch let error as DiagnosticError {
        fail(error.description)
    } catch {
        fail("\(error)")
    }
}
