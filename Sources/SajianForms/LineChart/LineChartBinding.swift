import Foundation
import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// Lines over the axis dimension (periods in time order): one line per measure, or per value of `seri`.
    func bindLineChart(_ spec: LineChartSpec) -> LineChartData? {
        guard let (axis, axisName) = axis(of: spec) else { return nil }
        let seriesIndex = spec.series.flatMap { dimension($0) }
        if spec.series != nil && seriesIndex == nil { return nil }
        let measures = spec.measures.compactMap { measure($0) }
        guard measures.count == spec.measures.count, let first = measures.first, let display = display(of: first) else { return nil }
        if measures.count > 1, seriesIndex != nil {
            problems.error(at: spec.measures[0].location, "a line chart shows several measures or a `seri`, not both",
                           hint: "Keep one measure with `seri:`, or drop `seri:` to draw one line per measure.")
            return nil
        }
        var lines: [(name: String, key: String, points: [String: StatisticalValue])] = []
        var rowOfLine: [String: [String]] = [:]  // a line's key → one observation's coordinates, for its comparability
        var axisKeys: [String] = []
        for measure in measures {
            guard let observations = selectedObservations(of: measure) else { return nil }
            for observation in observations {
                let x = observation.coordinates[axis]
                if !axisKeys.contains(x) { axisKeys.append(x) }
                let seriesKey = seriesIndex.map { observation.coordinates[$0] } ?? measure.name
                let name = seriesIndex.map { label(observation.coordinates[$0], dimension: $0) } ?? measure.label
                if rowOfLine[seriesKey] == nil { rowOfLine[seriesKey] = observation.coordinates }
                if let index = lines.firstIndex(where: { $0.key == seriesKey }) {
                    if lines[index].points[x] != nil {
                        problems.error(at: axisName.location, "`\(name)` has two values at `\(x)`",
                                       hint: "Narrow the data with `saring:` or name the dimension that tells them apart with `seri:`.")
                        return nil
                    }
                    lines[index].points[x] = observation.value.scaled(by: display.factor)
                } else {
                    lines.append((name, seriesKey, [x: observation.value.scaled(by: display.factor)]))
                }
            }
        }
        let periods = axisKeys.compactMap(Period.init(code:))
        if periods.count == axisKeys.count {
            // A year missing from a run of years stands on the axis with its label and no value ("…"), so that a reader
            // sees which year the gap is (Kota Cimahi's TPT has no 2016: its axis read 2015, then 2017).
            let keyOfYear = Dictionary(zip(periods, axisKeys).compactMap { period, key -> (Int, String)? in
                if case .year(let year) = period { (year, key) } else { nil }
            }, uniquingKeysWith: { kept, _ in kept })
            if keyOfYear.count == periods.count, let first = keyOfYear.keys.min(), let last = keyOfYear.keys.max(), last - first + 1 > periods.count {
                axisKeys = (first...last).map { keyOfYear[$0] ?? String($0) }
            } else {
                axisKeys = zip(axisKeys, periods).sorted { $0.1 < $1.1 }.map(\.0)
            }
        }
        let labels = axisKeys.map { key in Period(code: key).map { $0.label(in: vocabulary, abbreviated: true) } ?? key }
        // Small counts are withheld point by point (a gap marked 'x'); with a `seri` that includes the data's own
        // total (Indonesia, Jumlah), each period is a line of secondary suppression against it.
        for index in lines.indices where seriesIndex == nil {
            guard let measure = measures.first(where: { $0.name == lines[index].key }),
                  let threshold = smallCellThreshold(of: measure, factor: display.factor) else { continue }
            lines[index].points = lines[index].points.mapValues { SmallCellSuppression.withheld($0, threshold: threshold) }
        }
        if let seriesIndex, let threshold = smallCellThreshold(of: first, factor: display.factor) {
            for x in axisKeys {
                let values = protected(lines.map { $0.points[x] ?? .notAvailable }, codes: lines.map(\.key), dimension: seriesIndex, threshold: threshold)
                for index in lines.indices where lines[index].points[x] != nil { lines[index].points[x] = values[index] }
            }
        }
        let series = lines.map { line in
            LineChartData.Series(name: line.name, values: axisKeys.map { line.points[$0] ?? .notAvailable },
                                 isHighlighted: spec.highlighted.contains(line.key) || spec.highlighted.contains(line.name))
        }
        var chart = LineChartData(periods: labels, series: series, unit: display.unit, format: display.format, reference: spec.reference)
        chart.band = spec.band
        // Periods of one kind lie on a time scale: a missing year keeps its room, and the line breaks there.
        let allPeriods = axisKeys.compactMap(Period.init(code:))
        if allPeriods.count == axisKeys.count {
            chart.periodCodes = axisKeys
            chart.timeScale = LineChartData.TimeScale(allPeriods)
            breakAtComparabilityBreaks(&chart, periods: allPeriods, lines: lines.map { ($0.name, rowOfLine[$0.key] ?? []) })
        }
        // A line that starts after the axis does (a province formed in 2022) says from when it has figures.
        var late: [String: [String]] = [:], order: [String] = []
        for line in chart.series {
            guard let first = line.values.firstIndex(where: { $0.number != nil }), first > 0,
                  line.values[..<first].allSatisfy({ $0 == .notAvailable }) else { continue }
            let start = Period(code: axisKeys[first])?.label(in: vocabulary, surveyMonth: dataset.metadata.surveyMonth) ?? labels[first]
            if late[start] == nil { order.append(start) }
            late[start, default: []].append(line.name)
        }
        for start in order {
            chart.notes.append("\(vocabulary.figuresOf) \(NarrativeVocabulary.list(late[start]!, and: vocabulary.and)) \(vocabulary.availableFrom) \(start).")
        }
        return chart
    }

    /// Lines are not joined between two neighbouring periods the dataset declares not comparable for their row
    /// (`tidak-sebanding:`, e.g. Papua's 2023 TPT, which may still cover the territory before the 2022 split), and a
    /// note says which lines, between which periods and why.
    private func breakAtComparabilityBreaks(_ chart: inout LineChartData, periods: [Period], lines: [(name: String, row: [String])]) {
        guard !dataset.metadata.comparabilityBreaks.isEmpty, periods.count > 1 else { return }
        var broken: [(after: Int, reason: String, names: [String])] = []
        for after in 0..<(periods.count - 1) {
            for (index, line) in lines.enumerated() {
                // A line with no value on one side has nothing to leave unjoined (Papua Pegunungan starts in 2024).
                let values = chart.series[index].values
                guard values[after].number != nil, values[after + 1].number != nil,
                      let found = dataset.comparabilityBreak(for: line.row, between: periods[after], and: periods[after + 1]) else { continue }
                if let index = broken.firstIndex(where: { $0.after == after && $0.reason == found.reason }) {
                    broken[index].names.append(line.name)
                } else {
                    broken.append((after, found.reason, [line.name]))
                }
            }
        }
        for piece in broken {
            chart.breaks.append(LineChartData.Break(after: piece.after, series: Set(piece.names), marker: ""))
            let names = NarrativeVocabulary.list(piece.names, and: vocabulary.and)
            let from = periods[piece.after].label(in: vocabulary), to = periods[piece.after + 1].label(in: vocabulary)
            chart.notes.append("\(vocabulary.brokenLines) \(names) \(vocabulary.notJoinedBetween) \(from) \(vocabulary.and) \(to) \(vocabulary.because) \(piece.reason); \(vocabulary.earlierPointsHollow).")
        }
    }

    /// The axis dimension's index and where the template names it: `sumbu-x`, else the dataset's period dimension.
    private func axis(of spec: LineChartSpec) -> (Int, Located<String>)? {
        if let named = spec.axis { return dimension(named).map { ($0, named) } }
        guard let index = dataset.periodDimensionIndex else {
            problems.error(at: figure.location, "dataset `\(dataset.metadata.id)` has no period dimension for the line chart's axis",
                           hint: "Name the axis with `sumbu-x:` (its dimensions: \(dataset.metadata.dimensions.joined(separator: ", "))), or declare the period dimension in the metadata with `jenis: periode`.")
            return nil
        }
        return (index, Located(dataset.metadata.dimensions[index], at: figure.location))
    }
}
