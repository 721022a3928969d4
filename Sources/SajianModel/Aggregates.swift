/// Aggregates (*agregat*): the values of a dimension that stand for a whole rather than a part of it — Indonesia
/// (code 00) among the provinces, the province among its kabupaten/kota, a *Jumlah* or *Total* row. A figure never
/// treats one as a part: pies, bars and maps leave it out, tables set it as the total row, narasi divide by it.
///
/// A value is an aggregate when
/// 1. the dataset's metadata declares it under its dimension (`agregat: [Jumlah]`, by code or by label);
/// 2. the dimension has a reference list and the list calls the code its whole (``ReferenceCodeList/isAggregate(_:)``);
/// 3. it is a name of that kind by itself (``isConventionalTotal(_:)``: *Jumlah …*, *Total …*, Indonesia, Nasional); or
/// 4. the dimension is the names of a dimension with a reference list (`wilayah` beside `kode_wilayah`: each name
///    has one code and each code one name) and the value's code is an aggregate.
public enum Aggregates {
    /// Whether `name` (a code or a label) is a whole by its wording: "Jumlah", "Total", "TOTAL", "Indonesia",
    /// "Nasional". The same words small-cell protection takes for the data's own totals.
    public static func isConventionalTotal(_ name: String) -> Bool {
        let lowered = name.lowercased().trimmingCharacters(in: .whitespaces)
        return lowered.hasPrefix("jumlah") || lowered.hasPrefix("total") || lowered == "indonesia" || lowered == "nasional"
    }
}

extension ReferenceCodeList {
    /// Whether `code` stands for the whole of the list rather than one of its regions: the national code 00 in the
    /// province lists. A list of kabupaten/kota answers here too (a 2-digit province code above its 4-digit
    /// kabupaten/kota), so every form and the missing-regions note follow without change.
    public func isAggregate(_ code: String) -> Bool {
        switch self {
        case .provinceBPS, .provinceKemendagri: code == ProvinceCodes.national.bpsCode
        // Indonesia (00) or a province (32, or 3200 as BPS tables number it) above its kabupaten/kota (3201, 32.01).
        case .regencyBPS:
            code == ProvinceCodes.national.bpsCode || ProvinceCodes.province(bpsCode: code) != nil
                || (code.count == 4 && code.hasSuffix("00") && ProvinceCodes.province(bpsCode: String(code.prefix(2))) != nil)
        case .regencyKemendagri:
            code == ProvinceCodes.national.bpsCode || ProvinceCodes.province(kemendagriCode: code) != nil
        }
    }

    /// The regions of the list (its aggregate left out), with their names, in the list's order.
    public var regions: [(code: String, name: String)] {
        entries.filter { !isAggregate($0.code) }
    }

    /// The regions a figure showing `codes` is measured against: every region of a province list; for a kabupaten/kota
    /// list only those of the provinces the codes lie in (27 in Jawa Barat, not 514).
    public func regions(scopedTo codes: Set<String>) -> [(code: String, name: String)] {
        switch self {
        case .provinceBPS, .provinceKemendagri: return regions
        case .regencyBPS, .regencyKemendagri:
            let provinces = Set(codes.map { String($0.prefix(2)) })
            return regions.filter { provinces.contains(String($0.code.prefix(2))) }
        }
    }
}

extension Dataset {
    /// The values of dimension `index` that are aggregates (see ``Aggregates``), found once over the observations.
    public func aggregates(ofDimension index: Int) -> Set<String> {
        let name = metadata.dimensions[index]
        let declared = metadata.aggregates[name] ?? []
        let labels = metadata.valueLabels[name] ?? [:]
        let list = metadata.codeLists[name]
        var values = Set<String>()
        for observation in observations { values.insert(observation.coordinates[index]) }
        var result = values.filter { value in
            let label = labels[value] ?? value
            return declared.contains(value) || declared.contains(label) || list?.isAggregate(value) == true
                || Aggregates.isConventionalTotal(value) || Aggregates.isConventionalTotal(label)
        }
        if list == nil, let reference = referenceCodes(ofDimension: index) {
            for (value, code) in reference.codes where reference.list.isAggregate(code) { result.insert(value) }
        }
        return result
    }

    /// For a dimension that has no reference list of its own but names the codes of one (`wilayah` beside
    /// `kode_wilayah`), each value's code and the list; for a dimension with a list, each value as its own code.
    /// Nil when the dimension is tied to no list one to one.
    public func referenceCodes(ofDimension index: Int) -> (codes: [String: String], list: ReferenceCodeList)? {
        let name = metadata.dimensions[index]
        if let list = metadata.codeLists[name] {
            var codes: [String: String] = [:]
            for observation in observations { codes[observation.coordinates[index]] = observation.coordinates[index] }
            return (codes, list)
        }
        for other in metadata.dimensions.indices where other != index {
            guard let list = metadata.codeLists[metadata.dimensions[other]] else { continue }
            var codeOf: [String: String] = [:], valueOf: [String: String] = [:]
            var oneToOne = true
            for observation in observations {
                let value = observation.coordinates[index], code = observation.coordinates[other]
                if codeOf[value, default: code] != code || valueOf[code, default: value] != value { oneToOne = false; break }
                codeOf[value] = code
                valueOf[code] = value
            }
            if oneToOne { return (codeOf, list) }
        }
        return nil
    }
}
