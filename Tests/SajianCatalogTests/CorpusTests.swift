import Foundation
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// The hostile-input corpus of the catalog's readers (Tests/Corpus/csv, xlsx and metadata, each with its corpus.yaml):
/// every file is accepted with the summary its entry gives, or refused with exactly the errors it gives.
final class CorpusTests: XCTestCase {
    func testCSVFilesAreReadAsTheirEntriesSay() throws {
        let problems = DiagnosticCollector()
        let metadata = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: CorpusManifest.folder("csv") + "/dataset.yaml", problems: problems))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        try CorpusManifest.check("csv", companions: ["dataset.yaml"]) { path in
            let observations = try DatasetImporter.read(metadata: metadata, dataFile: path).dataset.observations
            return "\(observations.count) rows; first: " + observations[0].coordinates.joined(separator: " | ")
                + " | \(observations[0].measure) = \(observations[0].value)"
        }
    }

    func testXLSXWorkbooksAreReadAsTheirEntriesSay() throws {
        try CorpusManifest.check("xlsx") { path in
            let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
            let records = try XLSXReader.records(in: data, sheet: nil, range: nil, file: path)
            guard let last = records.last else { return "no records" }
            return "\(records.count) records; the last, line \(last.line), has \(last.fields.count) fields: "
                + last.fields.prefix(5).joined(separator: " | ")
        }
    }

    func testMetadataFilesAreReadAsTheirEntriesSay() throws {
        try CorpusManifest.check("metadata") { path in
            let problems = DiagnosticCollector()
            let result = DatasetMetadataReader.read(contentsOf: path, problems: problems)
            if problems.hasErrors { throw DiagnosticError(problems.errors) }
            guard let metadata = result?.metadata else { return "nothing read, no error" }
            return "\(metadata.id) (\(metadata.classification)): dimensions " + metadata.dimensions.joined(separator: ", ")
                + "; measures " + metadata.measures.map(\.name).joined(separator: ", ")
        }
    }
}
