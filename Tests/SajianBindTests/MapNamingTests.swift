import SajianForms
import SajianBind
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// `sebut:` (proof-reading 11, P-12 and P-20): the regions a map names whatever it takes, typed once by the parser.
final class MapNamingTests: XCTestCase {
    private func map(_ extra: String) throws -> (map: MapData, figure: BoundFigure, warnings: [Diagnostic]) {
        let (figure, warnings) = try MapFixtures.bind(MapFixtures.tptMapYAML + "\n" + extra)
        let map = try XCTUnwrap(figure.body as? MapData)
        return (map, figure, warnings)
    }

    /// The story of an infographic: the highest and the lowest province alone, each with its value as the data has it
    /// and as the publication prints numbers (Jawa Barat 6,75 and Papua Pegunungan 1,32 in Sakernas Agustus 2024).
    func testTheHighestAndTheLowestAloneAreNamedWithTheirValuesFromTheData() throws {
        let (map, figure, _) = try self.map("sebut: [tertinggi, terendah]")
        XCTAssertFalse(map.showsRegionLabels, "no other region is named")
        let valued = map.regions.filter { $0.value.number != nil }
        let highest = try XCTUnwrap(valued.max { $0.value.number! < $1.value.number! })
        let lowest = try XCTUnwrap(valued.min { $0.value.number! < $1.value.number! })
        XCTAssertEqual(map.regions.filter(\.isPicked).map(\.name).sorted(), [highest.name, lowest.name].sorted())
        for region in [highest, lowest] {
            let printed = try XCTUnwrap(map.regions.first { $0.name == region.name })
            XCTAssertEqual(printed.printedName, region.name + " " + map.format.string(from: region.value))
        }
        // The data as published: BPS, Sakernas Agustus 2024.
        XCTAssertEqual(highest.name, "Jawa Barat")
        XCTAssertEqual(map.regions.first { $0.name == "Jawa Barat" }?.printedName, "Jawa Barat 6,75")
        XCTAssertEqual(map.regions.first { $0.name == "Papua Pegunungan" }?.printedName, "Papua Pegunungan 1,32")
        // The note says what the map names, so that no province reads as left out; it is a drawing note.
        let note = "Peta menandai provinsi tertinggi dan terendah beserta angkanya."
        XCTAssertTrue(figure.components.notes.map(\.text).contains(note), "\(figure.components.notes.map(\.text))")
        XCTAssertEqual(map.drawingNotes, [note])
        XCTAssertFalse(map.notes.contains { $0.contains("tidak diberi nama") })
        // Every other region keeps its plain name (data table, alt text, roles).
        XCTAssertTrue(map.regions.filter { !$0.isPicked }.allSatisfy { $0.printedName == $0.name && $0.printedValue == nil })
    }

    /// `semua` with codes: every region named where it fits, the ones picked first and without values (the bulletin).
    func testEveryRegionWithSomePickedByCode() throws {
        let (map, _, warnings) = try self.map("label-wilayah: ya\nsebut: [semua, 32, 35, 33]")
        XCTAssertTrue(map.showsRegionLabels)
        XCTAssertEqual(Set(map.regions.filter(\.isPicked).map(\.name)), ["Jawa Barat", "Jawa Timur", "Jawa Tengah"])
        XCTAssertTrue(map.regions.allSatisfy { $0.printedName == $0.name }, "no values printed")
        XCTAssertNil(map.pickedNote)
        XCTAssertTrue(warnings.isEmpty, "\(warnings)")
        let (_, _, unknownCode) = try self.map("sebut: [semua, 99]")
        XCTAssertTrue(unknownCode.contains { $0.message.contains("`sebut: 99` names no region drawn on this map") }, "\(unknownCode)")
    }

    /// A word `sebut:` does not know is an error at its file and line, once, before anything is bound; so are a list of
    /// nothing but `semua`, a repeated item and `semua` with `label-wilayah: tidak`.
    func testABadValueIsAnErrorWithItsFileAndLine() throws {
        let cases: [(String, String)] = [
            ("sebut: [tertinggi, paling-rendah]", "`sebut: paling-rendah` is neither a region's code nor one of semua, tertinggi, terendah"),
            ("sebut: tertingi", "Did you mean `tertinggi`?"),
            ("sebut: [semua]", "`sebut:` picks no region"),
            ("sebut: [terendah, terendah]", "`sebut:` names `terendah` twice"),
            ("label-wilayah: tidak\nsebut: [semua, 32]", "names every region, but `label-wilayah: tidak` names none"),
        ]
        for (extra, message) in cases {
            XCTAssertThrowsError(try MapFixtures.bind(MapFixtures.tptMapYAML + "\n" + extra), extra) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains(message), "\(extra): \(text)")
                // The figure's lines start at line 4 of the wrapped template; `sebut:` is its 9th or 10th key.
                XCTAssertTrue(text.contains("uji.yaml:12:") || text.contains("uji.yaml:13:"), "\(extra): no file and line in \(text)")
            }
        }
    }
}
