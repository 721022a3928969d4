import Foundation
import SajianGeo
import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// A thematic map: one value per region joined to the boundaries by code or name, classified, with every
    /// region that could not be joined reported on both sides and no region's data vanishing silently.
    func bindMap(_ spec: MapSpec) -> MapData? {
        guard let measureName = spec.measure, let measure = measure(measureName),
              let observations = selectedObservations(of: measure), let display = display(of: measure) else { return nil }
        guard let (codeIndex, nameIndex) = regionDimensions(spec) else { return nil }
        let codeList = codeIndex.flatMap { dataset.metadata.codeLists[dataset.metadata.dimensions[$0]] }

        // The data's regions, aggregates left out (the national total; a province above its kabupaten/kota).
        let codeAggregates = codeIndex.map { aggregates(ofDimension: $0) } ?? []
        let nameAggregates = nameIndex.map { aggregates(ofDimension: $0) } ?? []
        var keys: [RegionKey] = []
        var values: [StatisticalValue] = []
        var seen: Set<String> = []
        var national: Double?
        for observation in observations {
            var code = codeIndex.map { observation.coordinates[$0] }
            if codeList == .provinceKemendagri, let kemendagri = code { code = ProvinceCodes.bpsCode(forKemendagri: kemendagri) ?? kemendagri }
            // Kabupaten/kota are joined by their BPS code, whether the column holds BPS or Kemendagri codes or names.
            if let list = codeList, list.isRegency, let written = code, let entry = list.match(written).entry {
                code = list == .regencyKemendagri ? (list.crosswalk(entry.code) ?? entry.code) : entry.code
            }
            // A kabupaten/kota is named as the reference list has it, whatever form the file's name column has.
            let listed = codeList?.isRegency == true ? code.flatMap { RegencyCodes.regency(bpsCode: $0)?.name } : nil
            let name = listed ?? nameIndex.map { label(observation.coordinates[$0], dimension: $0) }
                ?? code.flatMap { ProvinceCodes.province(bpsCode: $0)?.name ?? RegencyCodes.regency(bpsCode: $0)?.name } ?? code ?? "?"
            if code == ProvinceCodes.national.bpsCode || (code == nil && RegionName.normalized(name) == "indonesia")
                || codeIndex.map({ codeAggregates.contains(observation.coordinates[$0]) }) == true
                || nameIndex.map({ nameAggregates.contains(observation.coordinates[$0]) }) == true {
                national = observation.value.number.map { $0 * display.factor }
                continue
            }
            let identity = code ?? RegionName.normalized(name)
            guard seen.insert(identity).inserted else {
                problems.error(at: measureName.location, "`\(name)` has more than one value after the filter, so the map cannot colour it",
                               hint: "Narrow the data with `saring:`, e.g. `saring: { periode: 2024-08 }`.")
                return nil
            }
            keys.append(RegionKey(code: code, name: name))
            values.append(observation.value.scaled(by: display.factor))
        }
        if let threshold = smallCellThreshold(of: measure, factor: display.factor) {
            // The national figure a diverging map prints is the regions' total: secondary suppression against it.
            let cells = values.map { [$0] } + [[national.map(StatisticalValue.number) ?? .notAvailable]]
            let lines = national == nil ? [] : [SmallCellSuppression.Line(parts: values.indices.map { SmallCellSuppression.Cell($0, 0) },
                                                                            total: SmallCellSuppression.Cell(values.count, 0))]
            let protected = SmallCellSuppression.apply(to: cells, threshold: threshold, lines: lines)
            values = protected.dropLast().map { $0[0] }
            if national != nil { national = protected.last?[0].number }
        }

        guard let boundaries = loadBoundaries(spec, regions: keys) else { return nil }
        let layer = boundaries.layer
        guard let attribute = joinAttribute(spec, layer: layer, dataHasCodes: codeIndex != nil) else { return nil }
        let join = RegionJoin(regions: keys, layer: layer, by: attribute)
        let file = URL(fileURLWithPath: layer.file).lastPathComponent
        func names(_ indices: [Int]) -> String { indices.map { keys[$0].name }.joined(separator: ", ") }
        let words = MapVocabulary.forLocale(locale)
        let unitName = display.unit.name(in: vocabulary)
        var notes: [String] = []

        // Data side: regions with no boundary of their own are listed, never drawn in another region's polygon.
        if !join.unmatchedRegions.isEmpty {
            notes.append(words.notDrawn + join.unmatchedRegions.map {
                "\(keys[$0].name) (\(display.format.string(from: values[$0])))"
            }.joined(separator: ", ") + ".")
            problems.warning(at: spec.boundaries?.location ?? measureName.location,
                             "\(join.unmatchedRegions.count) region\(join.unmatchedRegions.count == 1 ? " of the data matches" : "s of the data match") no boundary in \(file) by `\(attribute.property)`: \(names(join.unmatchedRegions))",
                             hint: "Check the codes or names, or give a boundary file (or `kolom-batas:`) that has them; the note under the map lists them.")
        }
        // Boundary side: features no data row matched are drawn as *tidak ada data*.
        if !join.unmatchedFeatures.isEmpty {
            let unmatched = join.unmatchedFeatures.map { featureName(layer.features[$0], attribute: attribute) }
            problems.warning(at: spec.boundaries?.location ?? measureName.location,
                             "\(unmatched.count) boundar\(unmatched.count == 1 ? "y" : "ies") in \(file) \(unmatched.count == 1 ? "matches no region of the data and is" : "match no region of the data and are") shown as \"\(words.noData)\": \(unmatched.joined(separator: ", "))",
                             hint: "Check `saring:` and the codes or names in the data.")
        }

        // Classes from the values drawn in their own boundaries, rounded as they are printed.
        let format = display.format
        let unitStep = pow(10, -Double(format.decimals))
        func shown(_ value: Double) -> Double { (value / unitStep).rounded() * unitStep }
        let drawn = join.regionOfFeature.compactMap { $0 }.compactMap { values[$0].number }.map(shown)
        guard !drawn.isEmpty else {
            problems.error(at: measureName.location, "no region on the map has a value of `\(measure.name)`, so it has no legend",
                           hint: "Check `saring:` and that the data's regions match the boundaries.")
            return nil
        }
        let method: ClassificationMethod
        switch spec.method {
        case .quantile: method = .quantile
        case .equalInterval: method = .equalInterval
        case .naturalBreaks: method = .naturalBreaks
        case .manual: method = .manual(spec.manualBreaks.map { $0 * display.factor })
        }
        // Limits snapped down to the printed decimals, so that each class's printed range holds exactly its regions.
        var limits = Classification.breaks(drawn, method: method, classes: spec.classCount).map { ($0 / unitStep + 1e-9).rounded(.down) * unitStep }
        limits = limits.enumerated().filter { $0.offset == 0 || $0.element > limits[$0.offset - 1] }.map(\.element)
        if let last = limits.last, let high = drawn.max(), high > last { limits[limits.count - 1] = high }
        let low = drawn.min()!
        // A value the map is read against (`nilai-acuan`, a kabupaten/kota map's province), a class limit as printed.
        var mark: (value: Double, label: String)?
        switch spec.reference {
        case .value(let value, let label)?: mark = (shown(value * display.factor), label)
        case .bound(let value, let label)?:
            guard let number = referencedNumber(value, unit: measure.unit, key: "nilai-acuan") else { return nil }
            mark = (shown(number * display.factor), label)
        case .category?, nil: break
        }
        if let value = mark?.value, !(value > low && value < (limits.last ?? value)) {
            problems.warning(at: measureName.location, "the reference value \(format.string(from: value)) lies outside the values drawn, so no class ends at it"
                                 + (spec.midpoint == .reference ? " and the ramp does not turn (`titik-tengah: acuan`)" : ""),
                             hint: "Give a value between the lowest and the highest value drawn" + (spec.midpoint == .reference ? ", or `titik-tengah` a number inside that range." : "."))
            mark = nil
        }
        // A diverging ramp turns at the midpoint: it becomes a class limit, and the classes up to it are blue.
        var midpoint: Double?
        switch spec.midpoint {
        case .value(let value)?: midpoint = value * display.factor
        case .national?:
            guard let national else {
                problems.error(at: measureName.location, "`titik-tengah: nasional` needs the national figure (code 00) in the data after the filter",
                               hint: "Keep Indonesia in `saring:`, or give the midpoint as a number.")
                return nil
            }
            midpoint = national
        case .reference?: midpoint = mark?.value
        case nil: break
        }
        // The turn as printed (a national 4,916 is 4,92 beside the map, and regions are classed as printed), not
        // rounded down as the class limits are.
        var turn = midpoint.map(shown)
        if let value = turn, !(value > low && value < (limits.last ?? value)) {
            problems.warning(at: measureName.location, "the midpoint \(format.string(from: value)) lies outside the values drawn, so the ramp does not turn",
                             hint: "Give a midpoint between the lowest and the highest value.")
            turn = nil
        }
        for limit in [turn, mark?.value].compactMap({ $0 }) where !limits.contains(limit) { limits = (limits + [limit]).sorted() }
        let classesBelow = turn.map { value in limits.filter { $0 <= value }.count }
        var classes: [MapData.ValueClass] = []
        for (index, upper) in limits.enumerated() {
            let lower = index == 0 ? min(low, upper) : limits[index - 1] + unitStep
            let label = lower == upper ? format.string(from: upper) : "\(format.string(from: lower)) – \(format.string(from: upper))"
            classes.append(MapData.ValueClass(lower: lower, upper: upper, label: label, count: 0))
        }
        // The class ending at the reference value says so, in the legend and the alt text: "4,01 – 6,75 (Jawa Barat)",
        // and a note says what the mark means (proof-reading 24: on a map of Jawa Barat it read as Jawa Barat's colour).
        // Where the ramp turns at it, the diverging note says what the mark means, as it does for "(nasional)".
        if let mark, !mark.label.isEmpty, let index = limits.firstIndex(of: mark.value) {
            if spec.midpoint != .reference || turn == nil {
                notes.append(words.referenceClass(mark.label, classes[index].label, format.string(from: mark.value) + (unitName.isEmpty ? "" : " " + unitName)))
            }
            classes[index].label += " (\(mark.label))"
        }

        let highlighted = spec.highlighted.map { RegionName.normalizedCode($0.value) }
        var regions: [MapData.Region] = []
        for (index, feature) in layer.features.enumerated() {
            if let row = join.regionOfFeature[index] {
                let classIndex = values[row].number.flatMap { Classification.classIndex(of: shown($0), breaks: limits) }
                if let classIndex { classes[classIndex].count += 1 }
                regions.append(MapData.Region(code: keys[row].code, name: keys[row].name, value: values[row], classIndex: classIndex,
                                              isHighlighted: highlighted != nil && keys[row].code == highlighted))
            } else {
                regions.append(MapData.Region(code: nil, name: featureName(feature, attribute: attribute), value: .notAvailable, classIndex: nil))
            }
        }
        if let highlighted, let location = spec.highlighted?.location, !regions.contains(where: \.isHighlighted) {
            problems.warning(at: location, "`sorot: \(highlighted)` names no region drawn on this map",
                             hint: "Write the region's code as in the data, e.g. `sorot: 32` for Jawa Barat.")
        }
        var pickedNote: String?
        let areRegencies = codeList?.isRegency == true || spec.usesBundledRegencies
        let regionWord = areRegencies ? words.regencies : words.provinces
        if let naming = spec.naming, let note = pick(naming, in: &regions, format: format, words: words, regionWord: regionWord) {
            notes.append(note)
            pickedNote = note
        }
        // A map prints a value beside a name it picks and at the legend's two ends; its other class bounds are
        // thresholds, not data. Only a value it prints rounded calls for the rounding note.
        let classed = regions.filter { $0.classIndex != nil }.compactMap(\.value.number)
        let printed = regions.filter { $0.printedValue != nil }.compactMap(\.value.number) + [classed.min(), classed.max()].compactMap { $0 }
        notes += currencyRoundingNote(printed, unit: display.unit, format: format, amountsAreRead: false)
        // Keterangan riwayat peta: where the boundaries come from and when they were drawn.
        // The bundled files carry it in both languages (lineage, licence, codes, simplification).
        let history = spec.boundaryHistory ?? (locale == .indonesian ? layer.history : layer.englishHistory ?? layer.history) ?? words.boundaryFile(file)
        notes.append(history.prefix(1).uppercased() + history.dropFirst() + (history.hasSuffix(".") ? "" : "."))
        // How the classes were made is said with the map's other technical facts, under the scale bar: a line of the
        // note would take its height from the map (proof-reading 39). The infographics' compact map leaves it out.
        let classing: String
        switch spec.method {
        case .naturalBreaks: classing = words.naturalBreaksClasses
        case .quantile: classing = words.quantileClasses
        case .equalInterval: classing = words.equalIntervalClasses
        case .manual: classing = words.manualClasses
        }

        let datum: String
        if case .utm(_, _, let name) = layer.sourceSystem { datum = name } else if case .geographic(let name) = layer.sourceSystem { datum = name } else { datum = "WGS 84" }
        let provinceInInset = boundaries.province ?? highlighted.map { String($0.prefix(2)) }
            ?? (keys.compactMap(\.code).first.flatMap { $0.count > 2 ? String($0.prefix(2)) : nil })
        let set = BoundarySet.build(layer: layer, isBundled: boundaries.isBundled, bundled: boundaries.bundled, highlightedProvince: provinceInInset)
        if let turn, let classesBelow {
            let printed = format.string(from: turn) + (unitName.isEmpty ? "" : " " + unitName)
            let reference: String
            switch spec.midpoint {
            case .national?: reference = words.nationalFigure(printed)
            case .reference? where mark.map({ !$0.label.isEmpty }) == true: reference = words.referenceFigure(mark!.label, printed)
            default: reference = format.string(from: turn)
            }
            notes.insert(words.diverging(reference, classesBelow, classes.count - classesBelow,
                                         MapColors.darkestAbovePrintsBrown(count: classes.count, below: classesBelow)), at: 0)
            // The class that ends at the national figure says so, in the legend and the alt text: the note alone had
            // said where blue turns to orange (proof-reading 24).
            if spec.midpoint == .national, classes.indices.contains(classesBelow - 1) {
                classes[classesBelow - 1].label += " (\(words.nationalMark))"
            }
        }
        let heading = { (name: String) in unitName.isEmpty ? name : "\(name) (\(unitName))" }
        var map = MapData(regions: regions, classes: classes, ramp: spec.ramp,
                          legendTitle: heading(measure.label),
                          // A withheld value (small-cell protection) and a withdrawn doubtful one are drawn like a
                          // missing one and never classed; the legend's entry names each that the map has.
                          noDataLabel: words.unclassedLabel(
                              hasMissing: regions.contains { $0.classIndex == nil && $0.value != .withheld && $0.value != .notPresentable },
                              hasWithdrawn: regions.contains { $0.value == .notPresentable },
                              hasWithheld: regions.contains { $0.value == .withheld }),
                          hasNoData: regions.contains { $0.classIndex == nil },
                          coordinateSystem: words.coordinateSystem(datum),
                          showsRegionLabels: spec.showsRegionLabels, unit: display.unit, format: format, boundaries: set)
        map.notes = notes
        map.classMethod = classing
        map.shortLegendTitle = measure.abbreviation.map(heading)
        map.classesBelowMidpoint = classesBelow
        map.regionsAreRegencies = areRegencies
        map.reference = mark ?? (spec.midpoint == .national ? turn.map { ($0, words.nationalLabel) } : nil)
        map.pickedNote = pickedNote
        return map
    }

    /// The regions `sebut:` picks, marked to be named whatever it takes; on a map that names them alone, labelled with
    /// their values ("Jawa Barat 6,75"), and the note saying what the map names (the legend gives the others' classes).
    /// A code that names no region drawn is a warning at its line.
    private func pick(_ naming: RegionNaming, in regions: inout [MapData.Region], format: NumberFormat, words: MapVocabulary,
                      regionWord: String) -> String? {
        var picked: [Int] = [], extremes: [String] = [], named: [String] = []
        for pick in naming.picks {
            switch pick.value {
            case .highest, .lowest:
                let extreme = MapData.extreme(of: regions, highest: pick.value == .highest, format: format)
                guard !extreme.isEmpty else { continue }
                picked += extreme
                extremes.append(pick.value == .highest ? words.highest : words.lowest)
                for index in extreme { regions[index].extreme = extremes.last }
            case .code(let code):
                let wanted = RegionName.normalizedCode(code)
                guard let index = regions.firstIndex(where: { $0.code.map(RegionName.normalizedCode) == wanted }) else {
                    problems.warning(at: pick.location, "`sebut: \(code)` names no region drawn on this map",
                                     hint: "Write the region's code as in the data, e.g. `32` for Jawa Barat.")
                    continue
                }
                picked.append(index)
                named.append(regions[index].name)
            }
        }
        for index in picked {
            regions[index].isPicked = true
            if !naming.namesEveryRegion { regions[index].printedValue = regions[index].value.number == nil ? nil : format.string(from: regions[index].value) }
        }
        guard !naming.namesEveryRegion, !picked.isEmpty else { return nil }
        return words.pickedNote(named, extremes, regionWord)
    }

    /// The dimensions that hold region codes and names.
    private func regionDimensions(_ spec: MapSpec) -> (code: Int?, name: Int?)? {
        let metadata = dataset.metadata
        var code: Int?, name: Int?
        if let wanted = spec.codeDimension {
            guard let index = dimension(wanted) else { return nil }
            code = index
        } else {
            code = metadata.dimensions.firstIndex { metadata.codeLists[$0] != nil }
                ?? metadata.dimensions.firstIndex { $0 == "kode_wilayah" || $0.hasPrefix("kode") }
        }
        if let wanted = spec.nameDimension {
            guard let index = dimension(wanted) else { return nil }
            name = index
        } else {
            // `wilayah`, else the name face of the code (a column that varies with it one to one).
            name = metadata.dimensions.firstIndex(of: "wilayah") ?? code.flatMap { code in
                metadata.dimensions.indices.first { $0 != code && $0 != dataset.periodDimensionIndex
                    && RegionFaces.varyTogether(code, $0, in: dataset.observations) }
            }
        }
        if code == nil && name == nil {
            problems.error(at: figure.location, "dataset `\(metadata.id)` has no dimension of region codes or names for a map",
                           hint: "Name them with `kode-wilayah:` (codes) or `nama-wilayah:` (names); its dimensions: \(metadata.dimensions.joined(separator: ", ")).")
            return nil
        }
        return (code, name)
    }

    private struct LoadedBoundaries {
        var layer: BoundaryLayer
        var isBundled: Bool
        var bundled: BoundaryLayer?
        /// With `batas: kabupaten-kota`: the BPS code of the province whose kabupaten/kota are drawn (for the inset).
        var province: String?
    }

    /// The boundary file the template names (against its folder), the bundled kabupaten/kota of the data's province
    /// (`batas: kabupaten-kota`), or the bundled provinces; the bundled provinces also give the context (neighbouring
    /// countries, surrounding provinces) and the inset.
    private func loadBoundaries(_ spec: MapSpec, regions: [RegionKey]) -> LoadedBoundaries? {
        let templateFolder = URL(fileURLWithPath: templateFile).deletingLastPathComponent()
        let directory = boundariesDirectory ?? {
            let beside = templateFolder.deletingLastPathComponent().appendingPathComponent("Datasets").path
            return FileManager.default.fileExists(atPath: beside + "/" + BoundaryFile.bundledName) ? beside : "Datasets"
        }()
        let bundledPath = directory + "/" + BoundaryFile.bundledName
        func read(_ path: String, layer: String?, at location: SourceLocation) -> BoundaryLayer? {
            do {
                return try BoundaryFile.read(path, layer: layer)
            } catch let error as DiagnosticError {
                error.diagnostics.forEach(problems.append)
                problems.error(at: location, "figure `\(figure.id)`: the boundaries in \(path) cannot be used (see above)")
            } catch {
                problems.error(at: location, "figure `\(figure.id)`: the boundaries in \(path) cannot be read: \(error)")
            }
            return nil
        }
        if spec.usesBundledRegencies, let named = spec.boundaries {
            let path = directory + "/" + BoundaryFile.bundledRegencyName
            guard FileManager.default.fileExists(atPath: path) else {
                problems.error(at: named.location, "the bundled kabupaten/kota boundaries \(path) are missing",
                               hint: "Run scripts/batas-wilayah.sh, or give a boundary file of your own under `batas:` with `riwayat-batas:`.")
                return nil
            }
            guard let all = read(path, layer: nil, at: named.location) else { return nil }
            let bundled = FileManager.default.fileExists(atPath: bundledPath) ? try? BoundaryFile.read(bundledPath) : nil
            // The province is the one the data's kabupaten/kota lie in, found by their codes in the list the data uses
            // (BPS 9401 and Kemendagri 94.01 are different places) or by their names.
            let codeKey = spec.codeList == .kemendagri ? "kode_kemendagri" : "kode_bps"
            var byKey: [String: String] = [:]
            for feature in all.features {
                guard let province = feature.properties["kode_provinsi_bps"] else { continue }
                if let code = feature.properties[codeKey] { byKey[RegionName.normalizedCode(code)] = province }
                if let name = feature.properties["nama"] { byKey[RegionName.normalized(name)] = province }
            }
            let found = regions.compactMap { region in region.code.flatMap { byKey[RegionName.normalizedCode($0)] } ?? byKey[RegionName.normalized(region.name)] }
            let provinces = Set(found)
            guard let province = found.first else {
                problems.error(at: named.location, "`batas: kabupaten-kota`: none of the data's regions is a kabupaten/kota of \(BoundaryFile.bundledRegencyName)",
                               hint: "Give the data's kabupaten/kota codes (BPS `3201` or Kemendagri `32.01`) under `kode-wilayah:`, or their names.")
                return nil
            }
            var layer = all
            layer.features = all.features.filter { $0.properties["kode_provinsi_bps"].map(provinces.contains) ?? false }
            return LoadedBoundaries(layer: layer, isBundled: false, bundled: bundled, province: provinces.count == 1 ? province : nil)
        }
        if let named = spec.boundaries {
            // The file must lie in the template's folder or the datasets folder (issue 15: no `../../etc`, no
            // absolute path elsewhere), checked on the resolved path, symbolic links followed.
            let path = named.value.hasPrefix("/") ? named.value : templateFolder.appendingPathComponent(named.value).path
            let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            let roots = [templateFolder.path, directory].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
            guard roots.contains(where: { resolved.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                problems.error(at: named.location, "`batas: \(named.value)` is outside the template's folder and the datasets folder",
                               hint: "Put the boundary file in \(roots[0]) or \(roots[1]) and name it from there.")
                return nil
            }
            guard let layer = read(path, layer: spec.layer, at: named.location) else { return nil }
            let bundled = FileManager.default.fileExists(atPath: bundledPath) ? try? BoundaryFile.read(bundledPath) : nil
            return LoadedBoundaries(layer: layer, isBundled: false, bundled: bundled)
        }
        guard FileManager.default.fileExists(atPath: bundledPath) else {
            problems.error(at: figure.location, "the bundled boundaries \(bundledPath) are missing",
                           hint: "Run scripts/batas-wilayah.sh, or give a boundary file under `batas:`.")
            return nil
        }
        guard let bundled = read(bundledPath, layer: nil, at: figure.location) else { return nil }
        var provinces = bundled
        provinces.features = bundled.features.filter { $0.properties["jenis"] == BundledFeatureKind.province.rawValue }
        return LoadedBoundaries(layer: provinces, isBundled: true, bundled: bundled)
    }

    /// The attribute to join on: `kolom-batas` with `gabung`, or detected from the file's attributes.
    private func joinAttribute(_ spec: MapSpec, layer: BoundaryLayer, dataHasCodes: Bool) -> JoinAttribute? {
        let byName = spec.joinBy == .name || !dataHasCodes
        let kemendagri = spec.codeList == .kemendagri
        if let wanted = spec.boundaryAttribute {
            guard layer.propertyNames.contains(wanted.value) else {
                problems.error(at: wanted.location, "the boundaries in \(layer.file) have no attribute `\(wanted.value)`",
                               hint: nearest(wanted.value, in: layer.propertyNames).map { "Did you mean `kolom-batas: \($0)`?" }
                                   ?? "Its attributes: \(layer.propertyNames.joined(separator: ", ")).")
                return nil
            }
            return byName ? .name(property: wanted.value) : .code(property: wanted.value, kemendagri: kemendagri)
        }
        // Files with both lists (the bundled ones) join on the one the data uses.
        if !byName, kemendagri, let property = layer.propertyNames.first(where: { $0.lowercased() == "kode_kemendagri" }) {
            return .code(property: property, kemendagri: true)
        }
        switch JoinAttribute.detect(in: layer, namesOnly: byName) {
        case .code(let property, let detectedKemendagri)?:
            return .code(property: property, kemendagri: spec.codeList.map { $0 == .kemendagri } ?? detectedKemendagri)
        case .name(let property)?:
            return .name(property: property)
        case nil:
            problems.error(at: spec.boundaries?.location ?? figure.location,
                           "the boundaries in \(layer.file) have no attribute Sajian recognises as a region code or name",
                           hint: "Name it with `kolom-batas:`; its attributes: \(layer.propertyNames.joined(separator: ", ")).")
            return nil
        }
    }

    private func featureName(_ feature: Feature, attribute: JoinAttribute) -> String {
        for key in ["nama", "name", "NAMA", "NAME_2", "NAME_1", "WADMKK", "WADMPR", "PROVINSI"] {
            if let name = feature.properties[key], !name.isEmpty { return name }
        }
        return feature.properties[attribute.property] ?? "?"
    }

}
