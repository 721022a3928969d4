import SajianModel

extension ValueReference {
    /// `dataset.ukuran(dimensi=nilai, …)` read where a figure's key names one value (a table's `baris-agregat`),
    /// in the syntax narasi uses; nil with a problem reported at `location` when it is not one.
    public static func parse(_ text: String, at location: SourceLocation, problems: DiagnosticCollector) -> ValueReference? {
        NarrativeParser.valueReference(text, at: location, aliases: [:], problems: problems)
    }
}
