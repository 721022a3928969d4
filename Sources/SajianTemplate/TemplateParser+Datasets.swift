import SajianModel
import SajianYAML
import Yams

extension TemplateParser {
    /// The datasets named by the `data:` keys of template text's chapters (`bab:`), in order of first use, read
    /// without the forms and without checking anything: for a caller that needs to know which data a template is
    /// made from before it is published (the studio choosing the region a per-region template is shown for). Write a
    /// region into the text first (``RegionParameter/substitute(into:)``); `file` names the template in messages.
    public static func figureDatasetIDs(text: String, file: String) -> [String] {
        guard let root = YAMLMapping.document(text, file: file, problems: DiagnosticCollector()) else { return [] }
        var ids: [String] = []
        func walk(_ node: Node) {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    if key.string == "data", let id = value.scalar?.string {
                        if !ids.contains(id) { ids.append(id) }
                    } else {
                        walk(value)
                    }
                }
            } else if let sequence = node.sequence {
                sequence.forEach(walk)
            }
        }
        root.nodes("bab").forEach(walk)
        return ids
    }
}
