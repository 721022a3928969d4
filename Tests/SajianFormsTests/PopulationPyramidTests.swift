import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// The population pyramid (*piramida penduduk*), the form added in its own folder: parsing, binding to the real
/// data, its mandatory components, its CSV and alt text, and its layout.
final class PopulationPyramidTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    /// Unemployment by age group and work experience, Agustus 2024 (BPS, Sakernas), in thousands.
    private let pyramidYAML = """
        jenis: piramida-penduduk
        id: piramida
        judul: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Agustus 2024

        """ + TemplateBinding.unemploymentByAgeAndExperience

    private func template(_ figure: String, language: String = "id") -> String {
        "publikasi: { judul: Uji, bahasa: \(language) }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
    }

    private func bind(_ figure: String, language: String = "id") throws -> BoundFigure {
        try TemplateBinding.bind(template(figure, language: language)).figures[0]
    }

    private func pyramid(_ figure: BoundFigure) throws -> PopulationPyramidData {
        guard let pyramid = figure.body as? PopulationPyramidData else {
            XCTFail("expected a pyramid, got \(type(of: figure.body))")
            throw TestSupport.Failure("not a pyramid")
        }
        return pyramid
    }

    func testBindsTwoSidesFromTheFootUp() throws {
        let figure = try bind(pyramidYAML)
        XCTAssertEqual(figure.components.kind, .chart, "a pyramid is numbered as a grafik")
        let pyramid = try pyramid(figure)
        XCTAssertEqual(pyramid.rows, ["15–19", "20–24", "25–29", "30–34", "35–39", "40–44", "45–49", "50–54", "55–59", "60+"])
        XCTAssertEqual(pyramid.left.name, "Pernah bekerja")
        XCTAssertEqual(pyramid.right.name, "Tidak pernah bekerja")
        XCTAssertEqual(pyramid.left.values.map { $0.number.map { ($0 * 1000).rounded() } }, [181_907, 939_722, 707_133, 405_293, 281_857, 239_465, 194_315, 187_275, 148_701, 211_701] as [Double?], "orang shown in ribu orang")
        XCTAssertEqual(pyramid.right.values.first?.number.map { ($0 * 1000).rounded() }, 1_250_053)
        XCTAssertEqual(pyramid.unit.name, "ribu orang")
    }

    func testKiriChoosesTheLeftSide() throws {
        let pyramid = try pyramid(try bind(pyramidYAML + "\nkiri: Tidak pernah bekerja"))
        XCTAssertEqual(pyramid.left.name, "Tidak pernah bekerja")
        XCTAssertEqual(pyramid.right.name, "Pernah bekerja")
        XCTAssertEqual(pyramid.left.values[1].number.map { ($0 * 1000).rounded() }, 1_558_257)
    }

    func testCSVHoldsBothSidesAndAltTextReadsEachSide() throws {
        let figure = try bind(pyramidYAML)
        let table = figure.body.dataTable()
        XCTAssertEqual(table.headings, ["kategori", "Pernah bekerja (ribu orang)", "Tidak pernah bekerja (ribu orang)"])
        XCTAssertEqual(table.records.count, 10)
        XCTAssertEqual(table.records[1][0], .text("20–24"))
        guard case .value(let left, 0) = table.records[1][1], case .value(let right, 0) = table.records[1][2] else {
            return XCTFail("20–24: \(table.records[1])")
        }
        XCTAssertEqual(left.number ?? 0, 940, accuracy: 0.5)
        XCTAssertEqual(right.number ?? 0, 1558, accuracy: 0.5)
        XCTAssertEqual(figure.components.altText,
                       "Piramida: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Agustus 2024. Pernah bekerja: terbanyak 20–24, 940 ribu orang; jumlah 3.497 ribu orang. Tidak pernah bekerja: terbanyak 20–24, 1.558 ribu orang; jumlah 3.968 ribu orang.")
        let english = try bind(pyramidYAML, language: "en")
        XCTAssertEqual(english.components.altText,
                       "Pyramid: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Agustus 2024. Pernah bekerja: largest group 20–24, 940 thousand persons; total 3,497 thousand persons. Tidak pernah bekerja: largest group 20–24, 1,558 thousand persons; total 3,968 thousand persons.")
    }

    func testThreeSidesAreRefusedNamingThem() throws {
        let text = template(pyramidYAML.replacingOccurrences(of: "pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], ", with: ""))
        XCTAssertThrowsError(try TemplateBinding.bind(text)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("a pyramid has two sides, but `seri: pengalaman_kerja` has 3 values after the filter"), message)
        }
        XCTAssertThrowsError(try bind(pyramidYAML + "\nkiri: perempuan")) { error in
            XCTAssertTrue("\(error)".contains("`kiri: perempuan` is neither side of the pyramid"), "\(error)")
        }
    }

    func testMissingSeriIsAMissingMandatoryComponent() throws {
        XCTAssertThrowsError(try bind(pyramidYAML.replacingOccurrences(of: "seri: pengalaman_kerja\n", with: ""))) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("piramida-penduduk `piramida` lacks its grafik (seri) (`seri`), a mandatory component under PER.03/MEN/II/2009 Pasal 6(2)"), message)
        }
    }

    func testBarsMirrorOnOneScaleAndNoTextOverlaps() throws {
        let figure = try bind(pyramidYAML)
        for size in [(600.0, 340.0 as Double?), (400, nil), (900, 500)] {
            let scene = layout.standalone(figure, width: size.0, height: size.1).scene
            var bars: [String: [Rect]] = [:]
            func visit(_ items: [SceneItem], role: String) {
                for item in items {
                    switch item {
                    case .group(let group): visit(group.items, role: group.role)
                    case .shape(let shape) where shape.fill != nil && role.hasPrefix("row "):
                        bars[String(role.dropFirst(4)), default: []].append(shape.path.bounds)
                    default: break
                    }
                }
            }
            visit(scene.pages[0].items, role: "")
            let young = try XCTUnwrap(bars["20–24"]), old = try XCTUnwrap(bars["60+"])
            XCTAssertEqual(young.count, 2)
            // One scale: lengths proportional to the values across both sides.
            XCTAssertEqual(young[1].width / young[0].width, 1558.0 / 940.0, accuracy: 0.01)
            XCTAssertEqual(old[0].width / young[0].width, 212.0 / 940.0, accuracy: 0.01)
            // The left bar ends where the right one starts, mirrored around the row labels; the youngest at the foot.
            XCTAssertLessThan(young[0].maxX, young[1].minX)
            XCTAssertGreaterThan(young[0].minY, old[0].minY, "20–24 is drawn below 60+")
            let runs = scene.textRuns.map(\.run)
            let page = Rect(x: 0, y: 0, width: scene.pages[0].size.width, height: scene.pages[0].size.height)
            for run in runs { XCTAssertTrue(page.contains(run.bounds), "\(run.text) leaves the page at \(size)") }
            for (i, a) in runs.enumerated() {
                for b in runs[(i + 1)...] where a.bounds.intersects(b.bounds) {
                    XCTFail("at \(size): '\(a.text)' overlaps '\(b.text)'")
                }
            }
        }
    }

    /// Proof-reading 18: contoh-inti's Grafik 5 drew Agustus 2022 and Agustus 2024 in the blue and orange with which
    /// Grafik 4 above it drew *pernah* and *tidak pernah bekerja*. Two periods of one measure are two shades of one
    /// hue, the earlier lighter, whichever side it is on; any other pair keeps the palette's first two colours.
    func testTwoPeriodsAreShadesOfOneHueTheEarlierLighter() throws {
        let periods = """
            jenis: piramida-penduduk
            id: piramida
            judul: Pengangguran menurut Golongan Umur, Agustus 2022 dan Agustus 2024
            data: pengangguran-umur-pengalaman
            saring: { periode: [2022-08, 2024-08], pengalaman_kerja: total, golongan_umur: [15-19, 20-24, 60+] }
            kategori: golongan_umur
            seri: periode
            nilai: pengangguran
            satuan: ribu orang
            sumber: BPS, Sakernas
            """
        func fills(_ figure: BoundFigure) -> [Color] {
            var fills: [Color] = []
            func visit(_ items: [SceneItem], role: String) {
                for item in items {
                    switch item {
                    case .group(let group): visit(group.items, role: group.role)
                    case .shape(let shape) where role == "row 20–24": shape.fill.map { fills.append($0) }
                    default: break
                    }
                }
            }
            visit(layout.standalone(figure, width: 600, height: 340).scene.pages[0].items, role: "")
            return fills
        }
        let (blue, orange) = (Color(hex: 0x0072B2), Color(hex: 0xE69F00)), skyBlue = blue.tint(0.5)
        let earlierLeft = try bind(periods + "\nkiri: 2022-08")
        XCTAssertEqual(try pyramid(earlierLeft).earlierPeriod, .left)
        XCTAssertEqual(fills(earlierLeft), [skyBlue, blue])
        let earlierRight = try bind(periods + "\nkiri: 2024-08")
        XCTAssertEqual(try pyramid(earlierRight).earlierPeriod, .right)
        XCTAssertEqual(fills(earlierRight), [blue, skyBlue])
        let pair = try bind(pyramidYAML)
        XCTAssertNil(try pyramid(pair).earlierPeriod)
        XCTAssertEqual(fills(pair), [blue, orange])
    }

    func testSceneSnapshot() throws {
        assertSceneSnapshot(layout.standalone(try bind(pyramidYAML), width: 600, height: 340).scene, named: "piramida-penduduk")
    }
}
