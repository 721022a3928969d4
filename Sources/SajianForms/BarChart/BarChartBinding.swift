import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// One bar per value of the category dimension, after filters; sorted and highlighted as asked.
    func bindBarChart(_ spec: BarChartSpec) -> BarChartBody? {
        if let series = spec.series { return bindSeriesBarChart(spec, series: series).map(BarChartBody.series) }
        guard let categoryName = spec.category, let measureName = spec.measure,
              let category = dimension(categoryName), let measure = measure(measureName),
              let observations = selectedObservations(of: measure), let display = display(of: measure) else { return nil }
        var bars: [BarChartData.Bar] = []
        var seen: [String: Int] = [:]
        for observation in observations {
            let key = observation.coordinates[category]
            seen[key, default: 0] += 1
            if seen[key] == 2 {
                problems.error(at: categoryName.location,
                               "`\(key)` appears more than once after the filter, so its bar has no single value",
                               hint: "Narrow the data with `saring:`, e.g. `saring: { periode: 2024-08 }`.")
            }
            bars.append(BarChartData.Bar(label: label(key, dimension: category), value: observation.value.scaled(by: display.factor),
                                         isHighlighted: spec.highlighted.contains(key)))
        }
        if seen.values.contains(where: { $0 > 1 }) { return nil }
        if let threshold = dataset.metadata.smallCellThreshold, measure.isAdditive {
            let protected = SmallCellSuppression.apply(to: bars.map { [$0.value] }, threshold: threshold * display.factor)
            for index in bars.indices { bars[index].value = protected[index][0] }
        }
        for name in spec.highlighted where seen[name] == nil {
            problems.warning(at: categoryName.location, "`sorot: \(name)` names no bar of this chart",
                             hint: nearest(name, in: Array(seen.keys)).map { "Did you mean `\($0)`?" })
        }
        var reference: (value: Double, label: String)?
        switch spec.reference {
        case .value(let value, let caption)?: reference = (value * display.factor, caption)
        case .category(let name, let caption)?:
            guard let index = bars.firstIndex(where: { $0.label == name.value || $0.label == label(name.value, dimension: category) }),
                  let value = bars[index].value.number else {
                problems.error(at: name.location, "`garis-acuan: { kategori: \(name.value) }` names no bar with a value",
                               hint: nearestMatches(name.value, in: bars.map(\.label)).first.map { "Did you mean `\($0)`?" })
                return nil
            }
            reference = (value, caption ?? bars[index].label)
            bars.remove(at: index)
        case nil: break
        }
        bars = sorted(bars, by: spec.sort) { $0.value.number }
        var chart = BarChartData(bars: bars, orientation: spec.orientation, unit: display.unit, format: display.format,
                                 showsValues: spec.showsValues)
        chart.reference = reference
        return .single(chart)
    }

    /// Several series per category (grouped, stacked or 100 % stacked).
    private func bindSeriesBarChart(_ spec: BarChartSpec, series seriesName: Located<String>) -> SeriesBarChartData? {
        guard let categoryName = spec.category, let measureName = spec.measure, let category = dimension(categoryName),
              let seriesIndex = dimension(seriesName), let measure = measure(measureName),
              let observations = selectedObservations(of: measure), let display = display(of: measure) else { return nil }
        var categories: [String] = [], seriesKeys: [String] = []
        var values: [DimensionKey: StatisticalValue] = [:]
        for observation in observations {
            let c = observation.coordinates[category], s = observation.coordinates[seriesIndex]
            if !categories.contains(c) { categories.append(c) }
            if !seriesKeys.contains(s) { seriesKeys.append(s) }
            if values[DimensionKey(c, s)] != nil {
                problems.error(at: categoryName.location, "`\(c)` × `\(s)` has more than one value after the filter",
                               hint: "Narrow the data with `saring:`.")
                return nil
            }
            values[DimensionKey(c, s)] = observation.value.scaled(by: display.factor)
        }
        var bars = categories.map { key in
            var bar = SeriesBarChartData.Bar(label: label(key, dimension: category), value: .notAvailable, isHighlighted: spec.highlighted.contains(key),
                                             segments: seriesKeys.map { values[DimensionKey(key, $0)] ?? .notAvailable })
            let numbers = bar.segments.compactMap(\.number)
            bar.value = numbers.isEmpty ? .notAvailable : .number(numbers.reduce(0, +))
            return bar
        }
        if spec.stacking == .percent {
            for index in bars.indices {
                guard let total = bars[index].value.number, total > 0 else { continue }
                bars[index].segments = bars[index].segments.map { $0.number.map { .number($0 / total * 100) } ?? $0 }
                bars[index].value = .number(100)
            }
        }
        bars = sorted(bars, by: spec.sort) { $0.value.number }
        var format = display.format
        if spec.stacking == .percent { format.decimals = 1 }
        return SeriesBarChartData(bars: bars, seriesNames: seriesKeys.map { label($0, dimension: seriesIndex) },
                                  stacking: spec.stacking == .grouped ? .grouped : (spec.stacking == .stacked ? .stacked : .percent),
                                  orientation: spec.orientation, unit: spec.stacking == .percent ? .percent : display.unit,
                                  format: format, showsValues: spec.showsValues)
    }
}
