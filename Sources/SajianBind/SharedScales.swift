import SajianModel
import SajianTemplate

/// Charts that share one value scale (*skala-bersama: <grup>*): charts of one measure set side by side or in a
/// series (TPT by sex beside TPT by area) would otherwise each round their own axis (0–5 by 1 beside 0–6 by 2), and
/// the reader would compare bar heights that do not mean the same. Every chart of a group gets the pooled range of
/// all of them, so their axes run over the same ticks.
enum SharedScales {
    /// Sets `sharedValueRange` on every figure of each group named in `specs`; a figure without a value axis, or a
    /// group of two units, is an error at its `skala-bersama:`.
    static func pool(_ figures: inout [BoundFigure], specs: [FigureSpec], problems: DiagnosticCollector) {
        var groups: [String: [(index: Int, extent: ValueExtent, spec: FigureSpec)]] = [:]
        var order: [String] = []
        for spec in specs {
            guard let group = spec.sharedScale, let index = figures.firstIndex(where: { $0.id == spec.id }) else { continue }
            guard let extent = figures[index].body.valueExtent else {
                problems.error(at: group.location, "figure `\(spec.id)` has no value axis to share (`skala-bersama: \(group.value)`)",
                               hint: "Share a scale between bar and line charts only; remove `skala-bersama:` here.")
                continue
            }
            if let first = groups[group.value]?.first, first.extent.unit != extent.unit {
                problems.error(at: group.location,
                               "`\(spec.id)` shows \(extent.unit.name) but `\(first.spec.id)` in `skala-bersama: \(group.value)` shows \(first.extent.unit.name)",
                               hint: "Share a scale only between charts of one measure and unit; give this one another group or none.")
                continue
            }
            if groups[group.value] == nil { order.append(group.value) }
            groups[group.value, default: []].append((index, extent, spec))
        }
        for name in order {
            guard let members = groups[name] else { continue }
            if members.count == 1, let group = members[0].spec.sharedScale {
                problems.warning(at: group.location, "`skala-bersama: \(name)` names only figure `\(members[0].spec.id)`",
                                 hint: "Give the same group to every chart that should share the scale, or remove the key.")
            }
            let low = members.map(\.extent.range.lowerBound).min()!, high = members.map(\.extent.range.upperBound).max()!
            for member in members { figures[member.index].sharedValueRange = low...high }
        }
    }
}
