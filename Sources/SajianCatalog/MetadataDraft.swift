import Foundation
import SajianModel

/// A metadata file drafted from a data file alone, for `sajian import FILE --dataset ID` without metadata: its
/// layout (long, wide, open data), title and heading rows, dimensions, measures with units read from their headings
/// (`TPT (%)`, `(ribu orang)`), number format, period kind and the reference list its codes or names match. The
/// draft is written for the user to check, with a comment in Indonesian on each key; nothing is imported from it
/// until the user runs the import again (issue 12: nothing is guessed silently into the catalog).
public struct MetadataDraft: Sendable {
    /// The draft's YAML text.
    public var text: String
    /// What was guessed, one line each, for the terminal.
    public var guesses: [String]

    /// Drafts metadata for `file` as dataset `id`. `dataFileName` is what `berkas:` says (nil: left out, when the
    /// draft is not written beside the file).
    public static func make(file: String, id: String, sheet: String?, dataFileName: String?) throws -> MetadataDraft {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the data file cannot be read", hint: "Check the path."))
        }
        var format = Format()
        let records: [CSVRecord]
        if file.lowercased().hasSuffix(".xlsx") {
            format.isSpreadsheet = true
            format.sheet = sheet
            records = try XLSXReader.records(in: data, sheet: sheet, range: nil, file: file)
        } else {
            let text: String
            if let utf8 = String(validating: data, as: UTF8.self) { text = utf8 } else {
                format.encoding = .windows1252
                text = try TextDecoding.decode(data, as: .windows1252, file: file)
            }
            format.delimiter = delimiter(of: text)
            records = try CSVReader.records(in: text, delimiter: format.delimiter, file: file)
        }
        var builder = DraftBuilder(file: file, id: id, records: records, format: format)
        return try builder.draft(dataFileName: dataFileName)
    }

    /// The delimiter used most in the first lines (a title line above the table may hold none).
    static func delimiter(of text: String) -> Character {
        let head = text.prefix(8192)
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        for character in head {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, counts[character] != nil { counts[character]! += 1 }
        }
        return [",", "\t", ";"].max { counts[$0]! < counts[$1]! } ?? ","
    }

    struct Format {
        var isSpreadsheet = false
        var sheet: String?
        var delimiter: Character = ","
        var encoding: DataFileFormat.Encoding = .utf8
    }
}

/// The guessing, kept apart from the reading.
private struct DraftBuilder {
    let file: String
    let id: String
    let records: [CSVRecord]
    let format: MetadataDraft.Format
    var guesses: [String] = []
    /// Whether a heading names regions (`Kabupaten/Kota`, `nama_provinsi`): a code column beside it is their code.
    var isRegionalTable = false

    init(file: String, id: String, records: [CSVRecord], format: MetadataDraft.Format) {
        self.file = file
        self.id = id
        self.records = records
        self.format = format
    }

    /// A column's part in the draft.
    enum Part {
        case dimension(name: String, periodKind: PeriodKind?, match: ReferenceMatcher.Match?)
        case measure(name: String, label: String, unit: String?, decimals: Int)
        case ignored(reason: String)
    }

    mutating func draft(dataFileName: String?) throws -> MetadataDraft {
        let filled = records.map { $0.fields.filter { !$0.trimmingSpaces.isEmpty }.count }
        guard let widest = filled.max(), widest >= 2 else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: 1), "no table of two or more columns was found in the file",
                                             hint: "A data file holds a table: a heading row naming the columns, then a row for each region or category."))
        }
        // The heading: the first row filled at least half as much as the widest; the rows above it are titles.
        var headerIndex = filled.firstIndex { $0 * 2 >= widest && $0 >= 2 }!
        // A heading merged down from the row above (`Kabupaten/Kota` over a blank, beside a title over the years).
        while headerIndex > 0, records[headerIndex].fields.first?.trimmingSpaces.isEmpty ?? false,
              records[headerIndex - 1].line == records[headerIndex].line - 1,
              !(records[headerIndex - 1].fields.first?.trimmingSpaces.isEmpty ?? true) {
            headerIndex -= 1
        }
        var headerCount = 1
        while headerIndex + headerCount < records.count, headerCount < 5, isHeading(records[headerIndex + headerCount]) { headerCount += 1 }
        let titleLines = records[..<headerIndex].map { $0.fields.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: " ") }
        let firstData = headerIndex + headerCount
        let footerIndex = records[firstData...].firstIndex(where: WideTable.isFooter) ?? records.count
        let rows = records[firstData..<footerIndex].filter { !$0.fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
        let footer = records[footerIndex...].map { $0.fields.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: " ") }
        guard !rows.isEmpty else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: records[headerIndex].line), "the table has headings but no rows of data",
                                             hint: "Add the data rows below the headings."))
        }
        let headings = WideTable.joinedHeadings(Array(records[headerIndex..<firstData]))
        isRegionalTable = headings.contains { !Set($0.lowercased().split { !$0.isLetter }.map(String.init)).isDisjoint(with: Self.regionWords) }
        let columns = headings.indices.map { index in rows.map { index < $0.fields.count ? $0.fields[index].trimmingSpaces : "" } }
        let locale = numberLocale(of: columns)
        let parser = ValueParser(locale: locale)
        let isNumeric = columns.map { values in
            values.contains { !$0.isEmpty } && values.allSatisfy { value in (try? parser.parse(value, at: SourceLocation(file: file))) != nil }
                && values.contains { value in (try? parser.parse(value, at: SourceLocation(file: file)))?.number != nil }
        }
        let titleRows = headerIndex > 0 ? records[headerIndex].line - 1 : 0
        var lines = Lines()

        // The shape.
        let periodColumns = headings.indices.filter { isNumeric[$0] && PeriodHeading.code(of: headings[$0]) != nil && !isPeriodName(headings[$0]) }
        let lowered = headings.map { $0.lowercased() }
        let shape: TableLayout.Shape
        var parts: [Part] = []
        var periodMeasure: String?
        var unitFromColumn: String?
        if lowered.contains("indikator") && lowered.contains("nilai") {
            shape = .long
            // A long file's other columns are read only when declared: units and notes are left out.
            for (index, heading) in headings.enumerated() where !["indikator", "nilai"].contains(lowered[index]) {
                let notRead = ["satuan", "catatan", "keterangan", "id", "no", "nomor"].contains(lowered[index]) || heading.isEmpty
                parts.append(notRead ? .ignored(reason: "tidak dibaca") : dimensionPart(heading, values: columns[index]))
            }
        } else if periodColumns.count >= 2 {
            shape = .wide
            let sheetTitle = titleLines.first ?? ""
            let (name, label, unit) = measureName(from: commonHeading(periodColumns.map { headings[$0] }) ?? sheetTitle, fallback: id)
            periodMeasure = name
            for index in headings.indices {
                if periodColumns.contains(index) {
                    parts.append(.measure(name: name, label: label, unit: unit ?? self.unit(in: sheetTitle), decimals: decimals(columns[index])))
                } else if headings[index].isEmpty {
                    parts.append(.ignored(reason: "tanpa judul kolom"))
                } else {
                    parts.append(dimensionPart(headings[index], values: columns[index], numeric: isNumeric[index]))
                }
            }
        } else {
            for (index, heading) in headings.enumerated() {
                let distinct = Set(columns[index])
                let name = lowered[index]
                if name == "satuan" {
                    unitFromColumn = distinct.count == 1 ? distinct.first!.lowercased() : nil
                    parts.append(.ignored(reason: "satuan ukuran: \(distinct.sorted().prefix(3).joined(separator: ", "))"))
                } else if ["id", "no", "no.", "nomor"].contains(name) {
                    parts.append(.ignored(reason: "nomor urut baris"))
                } else if heading.isEmpty {
                    parts.append(.ignored(reason: "tanpa judul kolom"))
                } else if distinct.count == 1 && rows.count > 1 {
                    parts.append(.ignored(reason: "satu nilai saja: \(distinct.first!)"))
                } else if isNumeric[index] && !isPeriodName(heading) && !isCodeName(heading) {
                    let (measure, label, unit) = measureName(from: heading, fallback: "nilai_\(index + 1)")
                    parts.append(.measure(name: measure, label: label, unit: unit, decimals: decimals(columns[index])))
                } else {
                    parts.append(dimensionPart(heading, values: columns[index], numeric: isNumeric[index]))
                }
            }
            let hasPeriod = parts.contains { if case .dimension(_, _?, _) = $0 { true } else { false } }
            shape = hasPeriod ? .openData : .wide
        }
        // Two columns that would be the same dimension keep their own names.
        var usedNames = Set<String>()
        parts = zip(headings, parts).map { heading, part in
            guard case .dimension(let name, let kind, let match) = part else { return part }
            let unique = usedNames.contains(name) ? Self.slug(heading) : name
            usedNames.insert(unique)
            return .dimension(name: unique, periodKind: kind, match: match)
        }
        // A unit from a `satuan` column fills the measures' units.
        if let unitFromColumn {
            parts = parts.map { part in
                if case .measure(let name, let label, nil, let decimals) = part { return .measure(name: name, label: label, unit: unitFromColumn, decimals: decimals) }
                return part
            }
        }
        // The period of a sheet without a period column, from its title ("… Agustus 2024").
        var fixedPeriod: (code: String, kind: PeriodKind)?
        let hasPeriodDimension = parts.contains { if case .dimension(_, _?, _) = $0 { true } else { false } } || periodMeasure != nil
        if !hasPeriodDimension, shape != .long, let code = titleLines.lazy.compactMap(PeriodHeading.code(of:)).first,
           case .success(let period) = Period.parse(code) {
            fixedPeriod = (code, Self.kind(of: period))
        }

        // The YAML.
        let sourceLine = footer.first { $0.lowercased().hasPrefix("sumber") }.map { Self.afterColon($0) }
        let notes = footer.filter { !$0.lowercased().hasPrefix("sumber") }.map { Self.afterColon($0) }
        let title = titleLines.first ?? Self.humanized(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        lines.comment("Draf metadata yang ditulis `sajian import` dari \(URL(fileURLWithPath: file).lastPathComponent).")
        lines.comment("Periksa setiap nilai (terutama yang bertanda PERIKSA), lalu jalankan perintah yang sama lagi untuk mengimpor.")
        lines.comment("Selama berkas ini ada, `sajian import` membacanya dan tidak menulis draf baru.")
        lines.key("id", id, "nama dataset di katalog; sama dengan --dataset")
        lines.key("judul", title, titleLines.isEmpty ? "PERIKSA: judul dataset (apa yang diukur, di mana, kapan); dibuat dari nama berkas" : "judul dataset, dari baris judul di atas tabel")
        if let dataFileName { lines.key("berkas", dataFileName, "berkas data, di folder yang sama dengan metadata ini") }
        if let sourceLine {
            lines.key("sumber", sourceLine, "sumber data, dicetak di bawah setiap tabel dan grafik (PER.03 Pasal 4 ayat (2) dan 6 ayat (2)); dari baris Sumber: di bawah tabel")
        } else {
            lines.comment("sumber: ISI sumber data, dicetak di bawah setiap tabel dan grafik (PER.03/MEN/II/2009 Pasal 4 ayat (2) dan 6 ayat (2))")
        }
        lines.key("klasifikasi", "publik", "PERIKSA: siapa boleh melihat data ini: publik, terbatas atau rahasia (Pasal 2(2))")
        if !notes.isEmpty { lines.key("catatan", notes.joined(separator: " "), "dari baris Catatan:/Keterangan: di bawah tabel") }
        lines.key("tata-letak", shape.rawValue, "panjang: kolom indikator dan nilai; lebar: satu kolom per ukuran atau per periode; data-terbuka: seperti ekspor Open Data (satu kolom per ukuran, satu baris per wilayah dan tahun)")
        if format.isSpreadsheet {
            if let sheet = format.sheet { lines.key("lembar", sheet, "lembar kerja yang dibaca") }
        } else {
            lines.key("pemisah", format.delimiter == "\t" ? "tab" : String(format.delimiter), "pemisah kolom CSV: ; , atau tab")
            lines.key("format-angka", locale == .indonesian ? "id" : "en", "id: 4,91 dan 1.234.567 (koma desimal); en: 4.91 dan 1,234,567")
            if format.encoding == .windows1252 { lines.key("pengodean", "windows-1252", "berkas bukan UTF-8: dibaca sebagai Windows-1252") }
        }
        if titleRows > 0 { lines.key("baris-judul", "\(titleRows)", "baris di atas tabel (judul), tidak dibaca sebagai data") }
        if headerCount > 1 { lines.key("baris-kepala", "\(headerCount)", "baris judul kolom (mis. tahun di atas bulan), digabung per kolom") }
        if let periodMeasure { lines.key("kolom-periode", periodMeasure, "kolom-kolom selain dimensi adalah periode dari ukuran ini") }
        let ignored = zip(headings, parts).compactMap { heading, part -> (String, String)? in
            if case .ignored(let reason) = part, !heading.isEmpty { return (heading, reason) }
            return nil
        }
        if !ignored.isEmpty, shape == .long {
            lines.comment("kolom yang tidak dibaca: " + ignored.map(\.0).joined(separator: ", "))
        } else if !ignored.isEmpty {
            lines.comment("kolom yang tidak diimpor: " + ignored.map { "\($0.0) (\($0.1))" }.joined(separator: "; "))
            lines.list("abaikan", ignored.map(\.0))
        }
        lines.raw("dimensi:")
        lines.comment("kolom yang membedakan baris; kolom: judul kolom di berkas bila berbeda dari nama dimensi", indent: 2)
        var seenMeasures = Set<String>()
        var measureLines = Lines()
        for (index, part) in parts.enumerated() {
            let heading = headings[index]
            switch part {
            case .dimension(let name, let kind, let match):
                var entries: [(String, String)] = []
                if name != heading { entries.append(("kolom", heading)) }
                if let kind { entries.append(("jenis", kind.rawValue)) }
                if let list = match?.codeList, match!.matched == match!.total { entries.append(("kode-referensi", list.word)) }
                lines.mapping(name, entries, indent: 2)
                var guess = "dimension `\(name)`" + (name != heading ? " (column `\(heading)`)" : "")
                if let kind { guess += ", periods of kind \(kind.rawValue)" }
                if let match {
                    guess += ", \(match.matched) of \(match.total) values match \(match.list)"
                } else if name == "kode_wilayah" || name == "wilayah" {
                    guess += ", no reference list matches its values (" + ReferenceMatcher.candidates.map(\.name).joined(separator: ", ") + ")"
                }
                guesses.append(guess)
            case .measure(let name, let label, let unit, let decimals):
                guard seenMeasures.insert(name).inserted else { continue }
                var entries: [(String, String)] = []
                if periodMeasure == nil, name != heading { entries.append(("kolom", heading)) }
                entries.append(("nama", label))
                if let unit { entries.append(("satuan", unit)) }
                entries.append(("desimal", "\(decimals)"))
                measureLines.mapping(name, entries, indent: 2)
                guesses.append("measure `\(name)`" + (periodMeasure == nil && name != heading ? " (column `\(heading)`)" : "")
                               + ": unit \(unit ?? "unknown (add `satuan:`)"), \(decimals) decimals")
            case .ignored: break
            }
        }
        if periodMeasure != nil {
            let kinds = Set(periodColumns.compactMap { PeriodHeading.code(of: headings[$0]) }.compactMap { Period(code: $0) }.map(Self.kind(of:)))
            let kind = kinds.count == 1 ? kinds.first! : nil
            lines.mapping("periode", kind.map { [("jenis", $0.rawValue)] } ?? [("jenis", "periode")], indent: 2)
            guesses.append("dimension `periode` from the \(periodColumns.count) column headings" + (kind.map { ", periods of kind \($0.rawValue)" } ?? ""))
        }
        if let fixedPeriod {
            lines.mapping("periode", [("jenis", fixedPeriod.kind.rawValue), ("nilai", fixedPeriod.code)], indent: 2)
            guesses.append("dimension `periode`: \(fixedPeriod.code) for every row, from the title")
        }
        if shape == .long, let index = lowered.firstIndex(of: "indikator") {
            let unitColumn = lowered.firstIndex(of: "satuan"), valueColumn = lowered.firstIndex(of: "nilai")!
            for name in Array(Set(columns[index])).sorted() where !name.isEmpty && seenMeasures.insert(name).inserted {
                let rowsOfMeasure = columns[index].indices.filter { columns[index][$0] == name }
                let unit = unitColumn.flatMap { column in rowsOfMeasure.lazy.map { columns[column][$0].lowercased() }.first { !$0.isEmpty } }
                    ?? self.unit(in: name)
                let places = decimals(rowsOfMeasure.map { columns[valueColumn][$0] })
                measureLines.mapping(name, (unit.map { [("satuan", $0)] } ?? []) + [("desimal", "\(places)")], indent: 2)
                guesses.append("measure `\(name)`: unit \(unit ?? "unknown (add `satuan:`)"), \(places) decimals")
            }
        }
        lines.raw("ukuran:")
        lines.comment("yang diukur: nama, satuan (persen, orang, ribu orang, rupiah …) dan jumlah desimal yang dicetak", indent: 2)
        lines.lines += measureLines.lines
        guesses.insert("layout: \(shape.rawValue)" + (titleRows > 0 ? ", \(titleRows) title line(s) above the table" : "")
                       + (headerCount > 1 ? ", \(headerCount) heading rows" : "") + ", \(rows.count) rows of data"
                       + (footer.isEmpty ? "" : ", \(footer.count) line(s) under the table read as notes"), at: 0)
        if !format.isSpreadsheet {
            guesses.insert("CSV with `\(format.delimiter == "\t" ? "tab" : String(format.delimiter))` between columns, numbers written "
                           + (locale == .indonesian ? "4,91 (decimal comma)" : "4.91 (decimal point)"), at: 1)
        }
        if sourceLine == nil { guesses.append("no `Sumber:` line under the table: add `sumber:` (printed under every figure)") }
        guesses.append("klasifikasi: publik — check it (publik, terbatas or rahasia)")
        return MetadataDraft(text: lines.lines.joined(separator: "\n") + "\n", guesses: guesses)
    }

    /// Whether `record`, right below the heading, is another heading row: its first cell is blank (merged from
    /// above), or it holds no number other than a year.
    private func isHeading(_ record: CSVRecord) -> Bool {
        guard let first = record.fields.first?.trimmingSpaces else { return false }
        if first.isEmpty { return true }
        return record.fields.allSatisfy { field in
            let text = field.trimmingSpaces
            return text.isEmpty || Double(text) == nil || (text.count == 4 && PeriodHeading.code(of: text) != nil)
        } && !record.fields.contains { Double($0.trimmingSpaces.replacingOccurrences(of: ",", with: ".")) != nil && $0.count != 4 }
    }

    /// Indonesian (decimal comma) when a value has a comma before its last digits or dots in groups of three.
    private func numberLocale(of columns: [[String]]) -> NumberLocale {
        if format.isSpreadsheet { return .english }
        var commas = 0, points = 0
        for value in columns.joined() {
            guard let first = value.first, first.isNumber || first == "-" else { continue }
            if value.range(of: #"^-?\d+,\d+$"#, options: .regularExpression) != nil { commas += 1 }
            if value.range(of: #"^-?\d{1,3}(\.\d{3})+(,\d+)?$"#, options: .regularExpression) != nil { commas += 1 }
            if value.range(of: #"^-?\d+\.\d{1,2}$"#, options: .regularExpression) != nil { points += 1 }
        }
        if commas == points { return format.delimiter == ";" ? .indonesian : .english }
        return commas > points ? .indonesian : .english
    }

    /// The most decimals written among `values`, at most 3.
    private func decimals(_ values: [String]) -> Int {
        let separator: Character = numberLocale(of: [values]) == .indonesian ? "," : "."
        return min(3, values.map { value in value.firstIndex(of: separator).map { value.distance(from: $0, to: value.endIndex) - 1 } ?? 0 }.max() ?? 0)
    }

    private func isPeriodName(_ heading: String) -> Bool {
        ["tahun", "periode", "bulan", "triwulan", "semester", "year", "period", "waktu"].contains(heading.lowercased())
    }

    private func isCodeName(_ heading: String) -> Bool {
        let words = heading.lowercased().split { !$0.isLetter }
        return words.contains("kode") || words.contains("code") || words.contains("kd")
    }

    /// A dimension's part: its name (the conventional `kode_wilayah`, `wilayah`, `periode` where the column plainly
    /// is one), its period kind and the reference list its values match.
    private func dimensionPart(_ heading: String, values: [String], numeric: Bool = false) -> Part {
        let words = Set(heading.lowercased().split { !$0.isLetter }.map(String.init))
        let regional = !words.isDisjoint(with: Self.regionWords)
        let periods = values.filter { !$0.isEmpty }.compactMap { Period(code: $0) }
        if isPeriodName(heading) || (!values.isEmpty && periods.count == values.filter { !$0.isEmpty }.count && !isCodeName(heading) && !regional) {
            let kinds = Set(periods.map(Self.kind(of:)))
            return .dimension(name: "periode", periodKind: kinds.count == 1 ? kinds.first! : nil, match: nil)
        }
        let match = ReferenceMatcher.bestMatch(for: values)
        if isCodeName(heading) && (regional || match?.codeList != nil || isRegionalTable) { return .dimension(name: "kode_wilayah", periodKind: nil, match: match) }
        if regional || (match != nil && match?.codeList == nil) { return .dimension(name: "wilayah", periodKind: nil, match: match) }
        return .dimension(name: Self.slug(heading), periodKind: nil, match: match)
    }

    static let regionWords: Set<String> = ["wilayah", "provinsi", "kabupaten", "kota", "kab", "kabkota", "daerah", "region"]

    static func kind(of period: Period) -> PeriodKind {
        switch period {
        case .year: .year
        case .month: .month
        case .quarter: .quarter
        case .semester: .semester
        case .span(let from, _): kind(of: from)
        }
    }

    /// A measure's name, label and unit from its heading: `TPT (%)` → `tpt`, "TPT", persen;
    /// `tingkat_pengangguran_terbuka` → `tpt`, "Tingkat Pengangguran Terbuka".
    private func measureName(from heading: String, fallback: String) -> (name: String, label: String, unit: String?) {
        let unit = unit(in: heading)
        // BPS titles say what is measured, then `menurut` what it is broken down by.
        let measured = heading.range(of: " menurut ", options: .caseInsensitive).map { String(heading[..<$0.lowerBound]) } ?? heading
        let bare = measured.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression).trimmingSpaces
        let label = bare.contains("_") || bare == bare.lowercased() ? Self.humanized(bare) : bare
        let known = ["tingkat_pengangguran_terbuka": "tpt", "tingkat_partisipasi_angkatan_kerja": "tpak",
                     "besaran_upah_minimum": "upah_minimum"]
        let slug = Self.slug(bare)
        return (known[slug] ?? (slug.isEmpty ? fallback : slug), label.isEmpty ? Self.humanized(fallback) : label, unit)
    }

    /// The unit a heading or title names: `(%)`, `persen` → persen; `(ribu orang)`; `(orang)`, `jiwa`; `rupiah`, `(Rp)`.
    private func unit(in text: String) -> String? {
        let lower = text.lowercased()
        if lower.contains("%") || lower.contains("persen") { return "persen" }
        if lower.contains("ribu orang") || lower.contains("ribu jiwa") { return "ribu orang" }
        if lower.contains("juta orang") { return "juta orang" }
        if lower.contains("(orang)") || lower.contains("(jiwa)") { return "orang" }
        if lower.contains("rupiah") || lower.contains("(rp") { return "rupiah" }
        return nil
    }

    /// The words all `headings` share before their periods (`TPT Februari 2024`, `TPT Agustus 2024` → `TPT`).
    private func commonHeading(_ headings: [String]) -> String? {
        guard let first = headings.first else { return nil }
        let words = first.split(separator: " ")
        var shared = 0
        while shared < words.count, headings.allSatisfy({ $0.split(separator: " ").count > shared && $0.split(separator: " ")[shared] == words[shared] }),
              PeriodHeading.code(of: String(words[shared])) == nil, PeriodHeading.months[words[shared].lowercased()] == nil {
            shared += 1
        }
        return shared == 0 ? nil : words[..<shared].joined(separator: " ")
    }

    static func slug(_ text: String) -> String {
        let lowered = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let parts = lowered.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return String(parts.joined(separator: "_").prefix(60))
    }

    static func humanized(_ text: String) -> String {
        text.split { $0 == "_" || $0 == "-" || $0 == " " }.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    static func afterColon(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return line }
        return String(line[line.index(after: colon)...]).trimmingSpaces
    }
}

/// The draft's lines, every value quoted so that no heading can break the YAML.
private struct Lines {
    var lines: [String] = []

    static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default:
                if scalar.properties.generalCategory == .control { escaped += " " } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return "\"" + escaped + "\""
    }

    mutating func raw(_ line: String) { lines.append(line) }
    mutating func comment(_ text: String, indent: Int = 0) { lines.append(String(repeating: " ", count: indent) + "# " + text) }

    mutating func key(_ key: String, _ value: String, _ comment: String) {
        lines.append("# " + comment)
        lines.append("\(key): \(Self.quoted(value))")
    }

    mutating func list(_ key: String, _ values: [String]) {
        lines.append("\(key): [" + values.map(Self.quoted).joined(separator: ", ") + "]")
    }

    mutating func mapping(_ key: String, _ entries: [(String, String)], indent: Int) {
        let pad = String(repeating: " ", count: indent)
        if entries.isEmpty { lines.append("\(pad)\(key): {}"); return }
        lines.append("\(pad)\(key):")
        for (name, value) in entries {
            lines.append("\(pad)  \(name): " + (name == "desimal" ? value : Self.quoted(value)))
        }
    }
}
