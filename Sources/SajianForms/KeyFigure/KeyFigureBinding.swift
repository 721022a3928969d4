import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// The value of the period `periode:` names (else the latest), the comparable earlier one — the same period a
    /// year before when the data has it, else the latest earlier one — and, with `garis-kecil`, every period up to it.
    /// `saring:` must leave one series: one value per period.
    func bindKeyFigure(_ spec: KeyFigureSpec) -> KeyFigureData? {
        guard let measureName = spec.measure, let measure = measure(measureName),
              let observations = selectedObservations(of: measure), let display = display(of: measure) else { return nil }
        guard let periodIndex = dataset.periodDimensionIndex else {
            problems.error(at: measureName.location, "dataset `\(dataset.metadata.id)` has no period dimension, so an angka kunci has no period to show",
                           hint: "Use a dataset with a `periode` dimension.")
            return nil
        }
        var byPeriod: [String: Observation] = [:]
        for observation in observations {
            let code = observation.coordinates[periodIndex]
            if byPeriod[code] != nil {
                problems.error(at: figure.location, "`saring:` leaves more than one value of `\(measure.name)` for \(code); an angka kunci shows one series",
                               hint: "Narrow `saring:` to one region and one category, e.g. `saring: { kode_wilayah: \"00\" }`.")
                return nil
            }
            byPeriod[code] = observation
        }
        let periods = byPeriod.keys.compactMap { code in Period(code: code).map { (code, $0) } }.sorted { $0.1 < $1.1 }
        let chosen: (String, Period)
        if let wanted = spec.period {
            guard let found = periods.first(where: { $0.0 == wanted.value }) else {
                problems.error(at: wanted.location, "`periode: \(wanted.value)` has no value of `\(measure.name)` after `saring:`",
                               hint: periods.isEmpty ? "Check `saring:`; it leaves no values." : "Periods with a value: \(periods.map(\.0).joined(separator: ", ")).")
                return nil
            }
            chosen = found
        } else {
            guard let latest = periods.last else {
                problems.error(at: measureName.location, "`saring:` leaves no value of `\(measure.name)`", hint: "Check `saring:` against the data.")
                return nil
            }
            chosen = latest
        }
        func point(_ code: String) -> KeyFigureData.Point {
            KeyFigureData.Point(periodCode: code, label: label(code, dimension: periodIndex),
                                value: byPeriod[code]!.value.scaled(by: display.factor))
        }
        let earlier = periods.filter { $0.1 < chosen.1 }
        let yearBefore = Self.yearBefore(chosen.1)
        var previous = earlier.first { $0.1 == yearBefore } ?? earlier.last
        // No comparison across a break in comparability: not with the earlier value the data has, nor, where it has
        // none, with the year before (the tile says why it compares with nothing).
        let coordinates = byPeriod[chosen.0]!.coordinates
        var withheld: String?
        if let compared = previous?.1 ?? yearBefore, dataset.comparabilityBreak(for: coordinates, between: chosen.1, and: compared) != nil {
            withheld = previous.map { label($0.0, dimension: periodIndex) } ?? compared.label(in: vocabulary, surveyMonth: dataset.metadata.surveyMonth)
            previous = nil
        }
        var data = KeyFigureData(label: spec.label ?? measure.label, periodCode: chosen.0, periodLabel: label(chosen.0, dimension: periodIndex),
                                 value: point(chosen.0).value, previous: previous.map { point($0.0) },
                                 sparkline: spec.showsSparkline ? (earlier.map(\.0) + [chosen.0]).map(point) : [],
                                 unit: display.unit, format: display.format, improvement: spec.improvement)
        data.withheldComparison = withheld
        return data
    }

    /// The same period a year earlier (Agustus 2023 for Agustus 2024); nil for a span.
    private static func yearBefore(_ period: Period) -> Period? {
        switch period {
        case .year(let year): .year(year - 1)
        case .month(let year, let month): .month(year: year - 1, month: month)
        case .quarter(let year, let quarter): .quarter(year: year - 1, quarter: quarter)
        case .semester(let year, let semester): .semester(year: year - 1, semester: semester)
        case .span: nil
        }
    }
}
