import Foundation
import SajianForms
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// The hostile-input corpus of templates (Tests/Corpus/templates/corpus.yaml): each is parsed with every form's keys
/// and accepted with the summary its entry gives, or refused with exactly the errors it gives.
final class TemplateCorpusTests: XCTestCase {
    func testTemplatesAreReadAsTheirEntriesSay() throws {
        try CorpusManifest.check("templates") { path in
            let problems = DiagnosticCollector()
            let spec = try TemplateParser.standard.parse(contentsOf: path, region: nil, problems: problems)
            if problems.hasErrors { throw DiagnosticError(problems.errors) }
            guard let spec else { return "nothing read, no error" }
            return "\(spec.title?.value ?? "(no title)"): \(spec.chapters.count) chapters, figures "
                + spec.figures.map { "\($0.id) “\($0.title?.value ?? "")”" }.joined(separator: ", ")
        }
    }
}
