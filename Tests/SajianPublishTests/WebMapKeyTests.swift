import Foundation
import SajianTestSupport
import XCTest

/// Proof-reading 8, N6: the web map (800 × 500 px, 12 px type) named 24 of 38 provinces and left 14 unnamed with no
/// key. A fixed-height map that leaves regions unidentified now writes the key to its numbers under the map where the
/// map keeps its scale with that room taken; the demo's web map, now 800 × 600, names 24 and numbers the other 14.
/// Where the key would shrink the map (800 × 500), no number is drawn without its key. As published, read back from
/// the SVG (which writes text as `<text>`).
final class WebMapKeyTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    /// The texts of the web map's SVG, in order, published at `size`, and what the run printed to standard error.
    private func texts(size: String) throws -> (texts: [String], stderr: String) {
        let (path, stderr) = try published(size: size)
        return (try svgTexts(path), stderr)
    }

    /// The web map published at `size`: its SVG's path, and what the run wrote to stderr.
    private func published(size: String) throws -> (svg: String, stderr: String) {
        let folder = TestSupport.temporaryDirectory()
        let template = try String(contentsOfFile: TestSupport.path("Templates/ekspor-web.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "ukuran: 1000x600", with: "ukuran: \(size)")
        try template.write(toFile: folder + "/web.yaml", atomically: true, encoding: .utf8)
        let result = try TestSupport.run(TestSupport.sajianExecutable, ["publish", folder + "/web.yaml", "--datasets", TestSupport.path("Datasets"),
                                                                        "--out", folder + "/out"],
                                         environment: ["SAJIAN_CATALOG": catalog, "SOURCE_DATE_EPOCH": "1700000000"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return (folder + "/out/web/peta-tpt.svg", result.stderr)
    }

    /// Proof-reading 48, W5: the key "Huruf pada peta / A Papua Pegunungan" stood in the frame's emptiest corner, at its
    /// far left, the map's width from the "A" in Papua. A key of a few letters stands nearest its regions.
    func testTheDemoWebMapKeyStandsNearItsLetter() throws {
        let svg = try String(contentsOfFile: try published(size: "1000x600").svg, encoding: .utf8)
        func xs(of text: String) throws -> [Double] {
            let pattern = try NSRegularExpression(pattern: "<text x=\"([0-9.]+)\"[^>]*>\(NSRegularExpression.escapedPattern(for: text))</text>")
            return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { Double(svg[Range($0.range(at: 1), in: svg)!]) }
        }
        let heading = try XCTUnwrap(try xs(of: "Huruf pada peta").first)
        let letters = try xs(of: "A")
        XCTAssertEqual(letters.count, 2, "the letter on the map and in its key")
        // 750 pt of map: the key within a fifth of it from the letter (it stood 600 pt away).
        XCTAssertLessThan(abs((letters.max() ?? 0) - heading), 150, "key at \(heading), letters at \(letters)")
    }

    /// The texts of an SVG (written as `<text>`), in order, no-break spaces as spaces.
    private func svgTexts(_ path: String) throws -> [String] {
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
            String(svg[Range(match.range(at: 1), in: svg)!]).replacingOccurrences(of: "\u{00A0}", with: " ")
        }
    }

    /// The marks "Nomor pada peta: 1 Kabupaten Bogor; 4 …" (or "Huruf pada peta: A Riau; B …") keys, in `joined` texts.
    private func keyedNumbers(_ joined: String) -> Set<String> {
        Set(joined.components(separatedBy: " pada peta: ").dropFirst().first.map { text in
            text.prefix { $0 != "." }.split(separator: ";").map { String($0.trimmingCharacters(in: .whitespaces).prefix { $0 != " " }) }
        } ?? [])
    }

    /// The marks drawn on a national map: a number of 1 to 38 or a letter (the scale's "0" and "500" are not among them,
    /// nor the north arrow's "U", which no key uses).
    private func marks(_ texts: [String]) -> Set<String> {
        Set(texts.filter { (Int($0).map { (1...38).contains($0) } ?? false) || $0.count == 1 && $0.first!.isUppercase && $0 != "U" })
    }

    /// Proof-reading 21: at 800 × 600 the key stood about 50 px under the legend and the coordinate note, floating
    /// free of them; at 800 × 560 (the demo's size until proof-reading 46) it follows the note within two lines of its type.
    func testTheWebMapKeyFollowsTheLegendRow() throws {
        let folder = TestSupport.temporaryDirectory()
        let template = try String(contentsOfFile: TestSupport.path("Templates/ekspor-web.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "ukuran: 1000x600", with: "ukuran: 800x560")
        try template.write(toFile: folder + "/web.yaml", atomically: true, encoding: .utf8)
        let result = try TestSupport.run(TestSupport.sajianExecutable, ["publish", folder + "/web.yaml", "--datasets", TestSupport.path("Datasets"),
                                                                        "--out", folder + "/out"],
                                         environment: ["SAJIAN_CATALOG": catalog, "SOURCE_DATE_EPOCH": "1700000000"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let svg = try String(contentsOfFile: folder + "/out/web/peta-tpt.svg", encoding: .utf8)
        func baseline(of text: String) throws -> Double {
            let pattern = try NSRegularExpression(pattern: "<text[^>]* y=\"([0-9.]+)\"[^>]*>\(NSRegularExpression.escapedPattern(for: text))")
            let match = try XCTUnwrap(pattern.firstMatch(in: svg, range: NSRange(svg.startIndex..., in: svg)), text)
            return try XCTUnwrap(Double(svg[Range(match.range(at: 1), in: svg)!]))
        }
        // Under the lowest line of the block over it: the legend's last row, the coordinate note taking one line since
        // proof-reading 48 (W8), where it took two.
        let above = try max(baseline(of: "Proyeksi Mercator"), baseline(of: "3,49 – 4,20"))
        let gap = try baseline(of: "Huruf pada peta") - above
        XCTAssertGreaterThan(gap, 0)
        XCTAssertLessThan(gap, 3 * 9, "the key's first line follows the block over it (9 pt type)")
    }

    /// Proof-reading 46, C2: at 800 × 560 the web map keyed ten provinces by number in a two-line note, and its note
    /// was a shortened history. At the demo's 1000 × 600 it names every province but Papua Pegunungan (landlocked, keyed
    /// on the map), and the note is the boundary file's whole history, the Kepmendagri clause with it.
    func testTheDemoWebMapNamesAllButOneProvinceAndGivesTheWholeHistory() throws {
        let (texts, stderr) = try texts(size: "1000x600")
        XCTAssertFalse(stderr.contains("neither a name nor a number"), stderr)
        let numbers = marks(texts)
        XCTAssertLessThanOrEqual(numbers.count, 1, "at most one province keyed: \(numbers)")
        XCTAssertTrue(texts.joined(separator: " ").contains("Huruf pada peta A Papua Pegunungan"), "keyed by letter, not its number 38")
        let joined = texts.joined(separator: " ")
        for name in ["Riau", "Jambi", "Sumsel", "Jawa Tengah", "Jawa Timur", "Kalsel", "Kaltim", "Sulteng", "Maluku", "Papua Tengah"] {
            XCTAssertTrue(texts.contains(name), "\(name) is named on the map")
        }
        XCTAssertTrue(joined.contains("kode wilayah menurut Kepmendagri") && joined.contains("asal geometri tidak dinyatakan"), joined)
    }

    func testTheWebMapKeysItsNumbersUnderTheMap() throws {
        XCTAssertTrue(try String(contentsOfFile: TestSupport.path("Templates/ekspor-web.yaml"), encoding: .utf8).contains("ukuran: 1000x600"))
        for size in ["800x560", "800x500"] {
            let (texts, stderr) = try texts(size: size)
            // A province's mark stands alone: a letter since proof-reading 47 (W2), once its number.
            let numbers = marks(texts)
            let joined = texts.joined(separator: " ")
            XCTAssertEqual(keyedNumbers(joined), numbers, "at \(size): every number drawn is keyed, every number keyed drawn")
            // Proof-reading 15: a map left with unidentified regions says so, and how much more height its key needs.
            let warned = stderr.contains("regions have neither a name nor a number") && stderr.contains("more height in `ukuran:`")
                && stderr.contains("peta-tpt")
            XCTAssertEqual(warned, size == "800x500", "at \(size): \(stderr)")
            if size == "800x560" {
                XCTAssertGreaterThanOrEqual(numbers.count, 10, "the provinces with no room for their names are numbered")
                // Named in full or by the short form Indonesian readers know (stop 36), or keyed in full.
                for (name, short) in [("Sumatera Utara", "Sumut"), ("Jawa Tengah", "Jawa Tengah"), ("Kalimantan Tengah", "Kalteng"), ("Sulawesi Tengah", "Sulteng")] {
                    XCTAssertTrue(joined.contains(name) || texts.contains(short), "\(name) is named or keyed")
                }
            }
        }
    }

    /// Proof-reading 16, #3: the map demo's 800 × 600 px kabupaten/kota map of Jawa Barat keyed the 3 numbers its sea
    /// had room for and left 12 units with neither a name nor a number, Kota Cimahi (the highest) and Kab. Pangandaran
    /// (the lowest) among them. It now keys its numbers under the map: every unit named or numbered, every number drawn
    /// keyed, and no note of units left out.
    func testAKabupatenKotaMapOfFixedSizeIdentifiesEveryUnit() throws {
        let folder = TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.sajianExecutable, ["publish", TestSupport.path("Templates/contoh-peta.yaml"), "--datasets",
                                                                        TestSupport.path("Datasets"), "--out", folder + "/out"],
                                         environment: ["SAJIAN_CATALOG": catalog, "SOURCE_DATE_EPOCH": "1700000000"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("neither a name nor a number"), result.stderr)
        let texts = try svgTexts(folder + "/out/peta-tpt-kabupaten-kota-jabar.svg")
        let joined = texts.joined(separator: " ")
        XCTAssertFalse(joined.contains("tidak diberi nama atau nomor"), joined)
        let numbers = Set(texts.filter { Int($0).map { (1...27).contains($0) } ?? false })
        XCTAssertEqual(keyedNumbers(joined), numbers, "every number drawn is keyed, every number keyed drawn")
        // The highest and the lowest, by name or in the key.
        XCTAssertTrue(joined.contains("Kota Cimahi") && (joined.contains("Kabupaten Pangandaran") || joined.contains("Kab. Pangandaran")), joined)
        // The kota, too small for their names at any size, numbered (1000 × 800 px since proof-reading 45: 11 numbers;
        // at 800 × 680, 19).
        XCTAssertGreaterThanOrEqual(numbers.count, 8, "the units with no room for their names are numbered")
        for kota in ["Kota Bogor", "Kota Sukabumi", "Kota Bandung", "Kota Cimahi"] { XCTAssertTrue(joined.contains(kota), kota) }
    }
}
