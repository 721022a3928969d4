import Foundation
import FuzzDriver
import SajianForms
import SajianModel
import SajianTemplate

// The template parser (with every form's keys) on any text: a spec, or problems at a line; it never traps.
fuzz { data in
    guard let text = String(validating: data, as: UTF8.self) else { return }
    let problems = DiagnosticCollector()
    let spec = TemplateParser.standard.parse(text, file: "fuzz.yaml", problems: problems)
    if spec == nil, !problems.hasErrors { fatalError("template refused without a message") }
}
