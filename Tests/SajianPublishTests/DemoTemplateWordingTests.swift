import Foundation
import SajianForms
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// The demo templates as an editor proof-reads them (proof-reading 14): one imprint on every cover, and source lines
/// that name who published a figure and where it was taken from precisely, never "media".
final class DemoTemplateWordingTests: XCTestCase {
    private func demoTemplates() throws -> [(name: String, spec: PublicationSpec)] {
        let folder = TestSupport.path("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        return try names.map { name in
            // A booklet template is read for one region, as `--wilayah` reads it.
            let region = name.contains("kabupaten-kota")
                ? RegionParameter(code: "3273", name: "Kota Bandung", province: "Jawa Barat", provinceCode: "32")
                : RegionParameter(code: "33", name: "Jawa Tengah")
            let problems = DiagnosticCollector()
            let spec = try TemplateParser.standard.parse(contentsOf: folder + "/" + name, region: region, problems: problems)
            return (name, try XCTUnwrap(spec, "\(name): \(problems.diagnostics.map(\.description))"))
        }
    }

    func testEveryCoverNamesTheSameImprint() throws {
        for (name, spec) in try demoTemplates() {
            XCTAssertEqual(spec.publisher, "Sajian (contoh publikasi)", name)
        }
    }

    func testNoSourceLineCitesMedia() throws {
        for (name, spec) in try demoTemplates() {
            for figure in spec.figures {
                let source = figure.source?.value ?? ""
                XCTAssertFalse(source.range(of: "media", options: .caseInsensitive) != nil, "\(name), \(figure.id): \(source)")
            }
        }
    }
}
