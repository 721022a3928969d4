import Foundation
import FuzzDriver
import SajianCatalog
import SajianModel

// Dataset metadata YAML on any text: the reader returns a result or reports problems at a line; it never traps.
fuzz { data in
    guard let text = String(validating: data, as: UTF8.self) else { return }
    let problems = DiagnosticCollector()
    let result = DatasetMetadataReader.read(text, file: "fuzz.yaml", problems: problems)
    if result == nil, !problems.hasErrors { fatalError("metadata refused without a message") }
    if problems.diagnostics.contains(where: { !$0.location.file.hasPrefix("fuzz.yaml") }) { fatalError("\(problems.diagnostics)") }
}
