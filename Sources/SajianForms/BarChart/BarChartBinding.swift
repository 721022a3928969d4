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
        var keys: [String] = []
        var seen: [String: Int] = [:]
        for observation in observations {
            let key = observation.coordinates[category]
            keys.append(key)
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
        let codeList = dataset.referenceCodes(ofDimension: category)
        if let reference = codeList {
            for index in bars.indices { bars[index].code = reference.codes[keys[index]] }
        }
        if let threshold = smallCellThreshold(of: measure, factor: display.factor) {
            let values = protected(bars.map(\.value), codes: keys, dimension: category, threshold: threshold)
            for index in bars.indices { bars[index].value = values[index] }
        }
        for name in spec.highlighted where seen[name] == nil {
            problems.warning(at: categoryName.location, "`sorot: \(name)` names no bar of this chart",
                             hint: nearest(name, in: Array(seen.keys)).map { "Did you mean `\($0)`?" })
        }
        var reference: (value: Double, label: String)?
        switch spec.reference {
        case .value(let value, let caption)?: reference = (value * display.factor, caption)
        case .bound(let value, let caption)?:
            // Read in the measure's unit, then shown as the bars are.
            guard let number = referencedNumber(value, unit: measure.unit, key: "garis-acuan") else { return nil }
            reference = (number * display.factor, caption)
        case .category(let name, let caption)?:
            guard let index = bars.firstIndex(where: { $0.label == name.value || $0.label == label(name.value, dimension: category) }),
                  let value = bars[index].value.number else {
                problems.error(at: name.location, "`garis-acuan: { kategori: \(name.value) }` names no bar with a value",
                               hint: nearestMatches(name.value, in: bars.map(\.label)).first.map { "Did you mean `\($0)`?" })
                return nil
            }
            reference = (value, caption ?? bars[index].label)
            bars.remove(at: index)
            keys.remove(at: index)
        case nil: break
        }
        // The whole (Indonesia, Jumlah) is no bar among its parts, unless `sorot:` or `saring:` asks for it.
        let leftOut = aggregatesLeftOut(ofDimension: category, categories: keys)
        let kept = keys.indices.filter { !leftOut.contains(keys[$0]) || bars[$0].isHighlighted }
        bars = kept.map { bars[$0] }
        let notes = missingRegionsNote(shown: kept.map { keys[$0] }, dimension: category).map { [$0] } ?? []
        bars = sorted(bars, by: spec.sort) { $0.value.number }
        var chart = BarChartData(bars: bars, orientation: spec.orientation, unit: display.unit, format: display.format,
                                 showsValues: spec.showsValues)
        chart.reference = reference
        // Counted as regions only where every bar is one of the list's regions (no aggregate, such as Indonesia).
        chart.regionList = codeList.flatMap { codes in
            bars.allSatisfy { bar in bar.code.map { codes.list.contains($0) && !codes.list.isAggregate($0) } ?? false } ? codes.list : nil
        }
        chart.notes = notes + currencyRoundingNote(bars.compactMap(\.value.number), unit: display.unit, format: display.format)
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
        let threshold = smallCellThreshold(of: measure, factor: display.factor)
        // Periods as series run in time order, whatever order the data gives them; ties (a year and its first month
        // start together) keep the data's order.
        let periods = seriesIndex == dataset.periodDimensionIndex ? seriesKeys.compactMap(Period.init(code:)) : []
        let seriesArePeriods = !periods.isEmpty && periods.count == seriesKeys.count
        if seriesArePeriods {
            seriesKeys = zip(seriesKeys, periods).enumerated().sorted { a, b in
                a.element.1 < b.element.1 || (!(b.element.1 < a.element.1) && a.offset < b.offset)
            }.map(\.element.0)
        }
        // The whole (Indonesia, Jumlah) is no bar among its parts, unless `sorot:` or `saring:` asks for it.
        let leftOut = aggregatesLeftOut(ofDimension: category, categories: categories)
        categories = categories.filter { !leftOut.contains($0) || spec.highlighted.contains($0) }
        let notes = missingRegionsNote(shown: categories, dimension: category).map { [$0] } ?? []
        var bars = categories.map { key in
            var bar = SeriesBarChartData.Bar(label: label(key, dimension: category), value: .notAvailable, isHighlighted: spec.highlighted.contains(key),
                                             segments: seriesKeys.map { values[DimensionKey(key, $0)] ?? .notAvailable })
            let numbers = bar.segments.compactMap(\.number)
            bar.value = numbers.isEmpty ? .notAvailable : .number(numbers.reduce(0, +))
            if spec.stacking == .percent, let total = bar.value.number, total > 0 {
                bar.segments = bar.segments.map { $0.number.map { .number($0 / total * 100) } ?? $0 }
                bar.value = .number(100)
            }
            if let threshold { bar.protect(counts: seriesKeys.map { values[DimensionKey(key, $0)] ?? .notAvailable }, threshold: threshold, stacking: spec.stacking) }
            return bar
        }
        bars = sorted(bars, by: spec.sort) { $0.value.number }
        var format = display.format
        if spec.stacking == .percent { format.decimals = 1 }
        var chart = SeriesBarChartData(bars: bars, seriesNames: seriesKeys.map { label($0, dimension: seriesIndex) },
                                       stacking: spec.stacking == .grouped ? .grouped : (spec.stacking == .stacked ? .stacked : .percent),
                                       orientation: spec.orientation, unit: spec.stacking == .percent ? .percent : display.unit,
                                       format: format, showsValues: spec.showsValues)
        chart.seriesArePeriods = seriesArePeriods
        chart.notes = notes + currencyRoundingNote(bars.flatMap { $0.segments.compactMap(\.number) }, unit: chart.unit, format: format)
        // A stack's total as printed at its end may differ from its segments as printed (Grafik 2.4 of the bulletin:
        // 405,3 + 179,3 beside 584,5; proof-reading 15): the chart then says why, as a table does. A stack that prints
        // no values has nothing to disagree.
        if chart.stacking == .stacked, chart.showsValues,
           bars.contains(where: { bar in bar.value.number.map { format.printedPartsDisagree(bar.segments.compactMap(\.number), whole: $0) } ?? false }) {
            chart.notes.append(vocabulary.rounding)
        }
        return chart
    }
}

extension SeriesBarChartData.Bar {
    /// Small-cell protection of one bar, given its segments' `counts`. Side by side, a small count is withheld
    /// alone. On a stack its end shows the total, so a withheld segment withholds the total too (the total less the
    /// other segments would give it back). In a 100 % bar the whole is always 100, so the share of one withheld
    /// segment is 100 less the others: a bar with a withheld segment has every share withheld, since any share
    /// shown, with the counts printed elsewhere, gives back the total and so the hidden count.
    mutating func protect(counts: [StatisticalValue], threshold: Double, stacking: StackingWord) {
        let withheld = counts.indices.filter { SmallCellSuppression.withheld(counts[$0], threshold: threshold) == .withheld }
        guard !withheld.isEmpty else { return }
        switch stacking {
        case .grouped: for index in withheld { segments[index] = .withheld }
        case .stacked:
            for index in withheld { segments[index] = .withheld }
            value = .withheld
        case .percent:
            segments = segments.map { _ in .withheld }
            value = .withheld
        }
    }
}
