/// The phrases Sajian writes into narasi (Pasal 9–10) in the publication's language: the automatic sentences
/// (`otomatis:` *perubahan*, *tertinggi-terendah*, *di-atas-nasional*, *pangsa*) and the placeholder phrases
/// (`{{ perubahan … }}`, `{{ peringkat … }}`).
///
/// Each phrase is built whole per language, since word order differs: the Indonesian text on one line and the
/// English one beside it. The numbers come in already written with their unit ("4,91 persen", "4.91 percent");
/// the names (measures, regions, periods) are the data's own.
public struct NarrativeVocabulary: Sendable, Hashable {
    public let language: NumberLocale

    public static let indonesian = NarrativeVocabulary(language: .indonesian)
    public static let english = NarrativeVocabulary(language: .english)

    public static func forLocale(_ locale: NumberLocale) -> NarrativeVocabulary { NarrativeVocabulary(language: locale) }

    // MARK: Placeholders

    /// `{{ perubahan A }}` when the data has no earlier period to compare with.
    public var notComparable: String {
        switch language {
        case .indonesian: "belum dapat dibandingkan dengan periode sebelumnya"
        case .english: "cannot yet be compared with an earlier period"
        }
    }

    /// `{{ perubahan A }}` when the data has no value for the same period a year earlier (Sakernas is compared
    /// year on year, Agustus with Agustus): "tidak dapat dibandingkan dengan Agustus 2023 karena angka periode itu
    /// tidak tersedia" / "cannot be compared with August 2023, for which there is no figure" (not "belum … belum
    /// tersedia": that promised a figure that will not come, proof-reading 6).
    public func notAvailable(since: String) -> String {
        switch language {
        case .indonesian: "tidak dapat dibandingkan dengan \(since) karena angka periode itu tidak tersedia"
        case .english: "cannot be compared with \(since), for which there is no figure"
        }
    }

    /// `{{ perubahan A }}` across a break the dataset declares (`tidak-sebanding:`): "tidak dapat dibandingkan dengan
    /// Agustus 2023 karena BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022" / "cannot be compared
    /// with August 2023 because …". `reason` is the metadata's `alasan`, as written.
    public func notComparable(since: String, because reason: String) -> String {
        switch language {
        case .indonesian: "tidak dapat dibandingkan dengan \(since) karena \(reason)"
        case .english: "cannot be compared with \(since) because \(reason)"
        }
    }

    /// `{{ perubahan A }}` when A is a value the dataset marks as doubtful (`diragukan:`): the sentence gives the
    /// value, says why it is doubtful and computes no change: "diragukan karena sama persis dengan UMK 2023 Kabupaten
    /// Cianjur dalam sumber yang sama, sehingga tidak dibandingkan dengan 2022". `reason` is the metadata's `alasan`, as
    /// written. Like every form of `{{ perubahan A }}`, a predicate: the templates write "Angka ini {{ perubahan A }}."
    /// (proof-reading 16, #7: "sebesar 1,32 persen, tidak dapat dibandingkan …" ran two predicates on with a comma).
    public func doubtful(since: String, because reason: String) -> String {
        switch language {
        case .indonesian: "diragukan karena \(reason), sehingga tidak dibandingkan dengan \(since)"
        // The reason is the metadata's Indonesian: an English text does not mix the two.
        case .english: "is doubtful, so it is not compared with \(since)"
        }
    }

    /// `{{ perubahan A }}` when the earlier value is doubtful (`diragukan:`): "tidak dibandingkan dengan 2023, yang
    /// angkanya diragukan karena …".
    public func earlierDoubtful(since: String, because reason: String) -> String {
        switch language {
        case .indonesian: "tidak dibandingkan dengan \(since), yang angkanya diragukan karena \(reason)"
        case .english: "is not compared with \(since), whose figure is doubtful"
        }
    }

    /// `{{ peringkat A }}` when A is doubtful (`diragukan:`): no place among the regions rests on it.
    public var unrankedDoubtful: String {
        switch language {
        case .indonesian: "tidak diberi peringkat karena angkanya diragukan"
        case .english: "is not ranked because its figure is doubtful"
        }
    }

    /// The sentence that stands for a narasi's sentences resting on a doubtful value (`diragukan:`), which are not
    /// printed: "Upah Minimum Kabupaten/Kota (UMK) 2023 Kota Sukabumi belum dapat disajikan karena angka dalam
    /// sumber sama persis dengan … (Grafik 3)." `references` are the figures the dropped sentences cited.
    public func notPresentable(_ measure: String, period: String?, region: String?, because reason: String, references: [String]) -> String {
        // "(Tabel 2 dan Grafik 3)", as the booklets cite two figures elsewhere (proof-reading 35: "(Tabel 2; Grafik 3)").
        var unique: [String] = []
        for reference in references where !unique.contains(reference) { unique.append(reference) }
        let cited = unique.isEmpty ? "" : " (\(Self.list(unique, and: language == .indonesian ? "dan" : "and")))"
        switch language {
        case .indonesian:
            let what = [measure, period, region].compactMap { $0 }.joined(separator: " ")
            return "\(what) belum dapat disajikan karena \(reason)\(cited)."
        case .english:
            let whose = [region, period].compactMap { $0 }.joined(separator: ", ")
            return "\(measure)\(whose.isEmpty ? "" : " (\(whose))") is not shown, as the source's figure is doubtful\(cited)."
        }
    }

    /// After ``notPresentable(_:period:region:because:references:)``: the region's last figure that can be given, from
    /// an earlier period, with the figure that prints it ("(Tabel 2)", proof-reading 18), or where none of those the
    /// sentence cites does, with the source it is read from (proof-reading 12, Q-8): "Angka terakhir yang dapat
    /// disajikan adalah UMK 2022, yaitu 2.562.434 rupiah per bulan (sumber: Disnakertrans Provinsi Jawa Barat, …)." /
    /// "The latest figure that can be shown is the UMK of 2022, 2,562,434 rupiah per month (source: …)."
    public func lastPresentable(_ measure: String, period: String, value: String, shownIn figure: String? = nil, source: String?) -> String {
        let cited = figure.map { " (\($0))" } ?? source.map { language == .indonesian ? " (sumber: \($0))" : " (source: \($0))" } ?? ""
        switch language {
        case .indonesian: return "Angka terakhir yang dapat disajikan adalah \(measure) \(period), yaitu \(value)\(cited)."
        case .english: return "The latest figure that can be shown is the \(measure) of \(period), \(value)\(cited)."
        }
    }

    /// `{{ perubahan A }}` when the two values print the same: "sama dengan Agustus 2023 (5,32 persen)".
    public func unchanged(since: String, earlier: String) -> String {
        switch language {
        case .indonesian: "sama dengan \(since) (\(earlier))"
        case .english: "was unchanged from \(since) (\(earlier))"
        }
    }

    /// `{{ perubahan A }}`: "turun 0,41 persen poin dibanding Agustus 2023 (5,32 persen)" / "fell by 0.41 percentage
    /// points from August 2023 (5.32 percent)"; for counts "naik 1.234 orang (0,52 persen) dibanding Agustus 2023
    /// (237.300 orang)".
    /// - Parameters:
    ///   - amount: the size of the change with its unit ("0,41 persen poin", "1.234 orang").
    ///   - relative: the change as a percentage of the earlier value, for counts ("0,52 persen").
    ///   - since: the earlier period, or the value it is compared with.
    ///   - earlier: the earlier value with its unit.
    public func changed(rising: Bool, by amount: String, relative: String?, since: String, earlier: String?) -> String {
        let relative = relative.map { " (\($0))" } ?? "", earlier = earlier.map { " (\($0))" } ?? ""
        return switch language {
        case .indonesian: "\(rising ? "naik" : "turun") \(amount)\(relative) dibanding \(since)\(earlier)"
        case .english: "\(rising ? "rose" : "fell") by \(amount)\(relative) from \(since)\(earlier)"
        }
    }

    /// Where a value stands against the whole it is compared with (`{{ peringkat A B }}`), as the two print.
    public enum Standing: Sendable, Hashable {
        case above, below, level
    }

    /// The whole `{{ peringkat A B }}` compares A with: "TPT nasional" (B is the national figure, `region` nil),
    /// "TPT Jawa Barat" / "the national TPT", "TPT in Jawa Barat".
    public func whole(_ measure: String, region: String?) -> String {
        switch language {
        case .indonesian: "\(measure) \(region ?? "nasional")"
        case .english: region.map { "\(measure) in \($0)" } ?? "the national \(measure)"
        }
    }

    /// `{{ peringkat A }}`: where a region stands among `count` regions, every place counted from its nearer end:
    /// "tertinggi di antara 38 provinsi", "tertinggi kelima dari 38 provinsi", "tertinggi ke-19 dari 38 provinsi",
    /// "terendah ke-10 dari 38 provinsi", "terendah keenam dari 38 provinsi"; the middle place of an odd count from
    /// the highest. (Proof-reading 17: a middle place counted from the highest read "tertinggi ke-29 dari 38 provinsi
    /// dan lebih rendah daripada TPT nasional" of a province two places above one "terendah kedelapan"; earlier
    /// reviews had asked for the places between the quarters at each end to be counted from the highest, and for
    /// no "berada di urutan ke-24 …, diurutkan dari yang tertinggi", proof-reading 11, P-14.) One rule for the ordinal in every place, as for numbers in text: under ten in words ("keenam",
    /// "kesembilan"), from ten in figures after *ke-* ("ke-10", "ke-24"); proof-reading 15 read "tertinggi ke-6" in one
    /// booklet beside "tertinggi kelima" in the next. A tie names the others: "tertinggi kedua dari 38 provinsi, sama dengan Papua dan Papua Selatan" /
    /// "the highest of 38 provinces", "5th highest of 38 provinces", "2nd lowest of 38 provinces, tied with Papua",
    /// "15th lowest of 38 provinces, tied with Papua".
    /// With `against`, the region's value is set against a whole (`{{ peringkat A B }}`), so that the sentence says
    /// which side of it the region is on: "terendah ke-15 dari 38 provinsi dan lebih rendah daripada TPT nasional
    /// (4,91 persen)" (the value in brackets: "lebih tinggi daripada TPT Jawa Barat sebesar 6,75 persen" read as higher
    /// *by* 6,75, proof-reading 32, and "yang sebesar" read as a calque, proof-reading 41; a citation after it joins
    /// the bracket, "(4,91 persen; Grafik 2 dan Peta 1)"); after a tie "…, sama dengan Papua, dan lebih rendah daripada …"; a place counted from the
    /// other end contrasts with it: "tertinggi ke-16 dari 38 provinsi, tetapi lebih rendah daripada …".
    /// - Parameters:
    ///   - position: 1 + the number of regions with a higher value (regions of equal value share a position).
    ///   - fromBottom: 1 + the number of regions with a lower value.
    ///   - tiedWith: the other regions of the same value, by name.
    ///   - comparableOnly: some regions are left out of the count because their figure is doubtful (`diragukan:`):
    ///     "dari 26 kabupaten/kota yang angkanya dapat dibandingkan" / "of 26 regencies and cities with comparable figures".
    ///   - against: the whole (``whole(_:region:)``) with its value and unit, and where the region stands against it.
    ///   - nearlyTiedWith: the regions next in the direction the place is counted whose value differs by a hair
    ///     (Papua Tengah's UMP 4.285.848 beside Papua's 4.285.850), with the gap as printed: "tertinggi kelima dari 38
    ///     provinsi, hanya 2 rupiah per bulan di bawah Papua, Papua Selatan, dan Papua Pegunungan" (proof-reading 21).
    public func rank(_ position: Int, fromBottom: Int, of count: Int, regencies: Bool = false, tiedWith: [String] = [],
                     nearlyTiedWith: (names: [String], gap: String)? = nil,
                     comparableOnly: Bool = false, against: (whole: String, value: String, standing: Standing)? = nil) -> String {
        var regions = switch (language, regencies) {
        case (.indonesian, false): "provinsi"
        case (.indonesian, true): "kabupaten/kota"
        case (.english, false): count == 1 ? "province" : "provinces"
        case (.english, true): count == 1 ? "regency or city" : "regencies and cities"
        }
        if comparableOnly {
            regions += language == .indonesian ? " yang angkanya dapat dibandingkan" : " with comparable figures"
        }
        let isLow = fromBottom < position
        let place = isLow ? fromBottom : position
        let word = switch (language, isLow) {
        case (.indonesian, false): "tertinggi"
        case (.indonesian, true): "terendah"
        case (.english, false): "highest"
        case (.english, true): "lowest"
        }
        let rank: String
        var tie: String
        switch language {
        case .indonesian:
            rank = place == 1 ? "\(word) di antara \(count) \(regions)"
                : "\(word) \(place < 10 ? Self.indonesianOrdinal(place) : "ke-\(place)") dari \(count) \(regions)"
            tie = tiedWith.isEmpty ? "" : ", sama dengan \(Self.list(tiedWith, and: "dan"))"
            if let near = nearlyTiedWith, !near.names.isEmpty {
                tie += ", hanya \(near.gap) \(isLow ? "di atas" : "di bawah") \(Self.list(near.names, and: "dan"))"
            }
        case .english:
            rank = place == 1 ? "the \(word) of \(count) \(regions)" : "\(Self.englishOrdinal(place)) \(word) of \(count) \(regions)"
            tie = tiedWith.isEmpty ? "" : ", tied with \(Self.list(tiedWith, and: "and"))"
            if let near = nearlyTiedWith, !near.names.isEmpty {
                tie += ", only \(near.gap) \(isLow ? "above" : "below") \(Self.list(near.names, and: "and"))"
            }
        }
        guard let against else { return rank + tie }
        let standing = switch (language, against.standing) {
        case (.indonesian, .above): "lebih tinggi daripada"
        case (.indonesian, .below): "lebih rendah daripada"
        case (.indonesian, .level): "sama dengan"
        case (.english, .above): "above"
        case (.english, .below): "below"
        case (.english, .level): "level with"
        }
        // At the very top (foot), "lebih tinggi (rendah) daripada" repeats "tertinggi" ("terendah"): the whole follows
        // as an aside, "tertinggi di antara 38 provinsi, di atas TPT nasional sebesar 4,91 persen" (proof-reading 12, Q-9).
        if place == 1, against.standing == (isLow ? .below : .above) {
            let aside = switch (language, against.standing) {
            case (.indonesian, .above): "di atas"
            case (.indonesian, _): "di bawah"
            case (.english, .above): "above"
            case (.english, _): "below"
            }
            return switch language {
            case .indonesian: "\(rank)\(tie), \(aside) \(against.whole) (\(against.value))"
            case .english: "\(rank)\(tie), \(aside) \(against.whole) of \(against.value)"
            }
        }
        // A place counted from the highest with a value below the whole (or from the lowest above it) is a contrast,
        // and the sentence marks it: "tertinggi ke-16 dari 38 provinsi, tetapi lebih rendah daripada TPT nasional"
        // (proof-reading 21: joined by "dan" the two halves read as a contradiction).
        let contrasts = against.standing == (isLow ? .above : .below)
        if contrasts {
            return switch language {
            case .indonesian: "\(rank)\(tie), tetapi \(standing) \(against.whole) (\(against.value))"
            case .english: "\(rank)\(tie), but \(standing) \(against.whole) of \(against.value)"
            }
        }
        // After a tie the comma closes "sama dengan Papua", so that "dan" does not join Papua to the whole.
        return switch language {
        case .indonesian: "\(rank)\(tie)\(tie.isEmpty ? "" : ",") dan \(standing) \(against.whole) (\(against.value))"
        case .english: "\(rank)\(tie)\(tie.isEmpty ? "" : ",") and \(standing) \(against.whole) of \(against.value)"
        }
    }

    /// "Papua", "Papua dan Papua Selatan", "Papua, Papua Selatan, dan Papua Pegunungan".
    /// Three or more names take a comma before the last one's *dan* as well, as PUEBI writes a list ("Aceh, Sumatera
    /// Utara, dan Sumatera Barat"; proof-reading 41 found none anywhere); two are joined by the word alone.
    public static func list(_ names: [String], and word: String) -> String {
        switch names.count {
        case 0, 1: names.joined()
        case 2: names[0] + " \(word) " + names[1]
        default: names.dropLast().joined(separator: ", ") + ", \(word) " + names.last!
        }
    }

    /// An ordinal as PUEBI writes numbers in text: in words where the number is written in one or two words ("kedua",
    /// "kesepuluh", "kesebelas", "keempat belas", "kedua puluh", "keseratus"), else in figures after *ke-* ("ke-21",
    /// "ke-35"); 1 is "pertama".
    public static func indonesianOrdinal(_ number: Int) -> String {
        guard number != 1 else { return "pertama" }
        guard let words = indonesianCardinal(number), words.split(separator: " ").count <= 2 else { return "ke-\(number)" }
        return "ke" + words
    }

    /// A whole number from 1 to 999 in Indonesian words ("sebelas", "dua belas", "dua puluh satu", "seratus"); nil
    /// outside that range.
    static func indonesianCardinal(_ number: Int) -> String? {
        let units = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
        switch number {
        case 1...9: return units[number]
        case 10: return "sepuluh"
        case 11: return "sebelas"
        case 12...19: return "\(units[number - 10]) belas"
        case 20...99:
            let tens = "\(units[number / 10]) puluh"
            return number % 10 == 0 ? tens : "\(tens) \(units[number % 10])"
        case 100...999:
            let hundreds = number / 100 == 1 ? "seratus" : "\(units[number / 100]) ratus"
            return number % 100 == 0 ? hundreds : indonesianCardinal(number % 100).map { "\(hundreds) \($0)" }
        default: return nil
        }
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd, 111th.
    public static func englishOrdinal(_ number: Int) -> String {
        let suffix = switch (abs(number) % 10, abs(number) % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(number)\(suffix)"
    }

    // MARK: Automatic sentences

    /// `perubahan`: "Tingkat Partisipasi Angkatan Kerja Indonesia pada Agustus 2024 sebesar 70,63 persen, naik …." /
    /// "Tingkat Partisipasi Angkatan Kerja in Indonesia was 70.63 percent in August 2024; it rose by …."
    /// - Parameter change: the phrase of ``changed(rising:by:relative:since:earlier:)``, ``unchanged(since:earlier:)``
    ///   or ``notComparable``.
    public func level(of measure: String, region: String?, period: String?, value: String, change: String) -> String {
        switch language {
        case .indonesian:
            "\([measure, region, period.map { "pada \($0)" }].compactMap { $0 }.joined(separator: " ")) sebesar \(value), \(change)."
        case .english:
            "\(measure)\(region.map { " in \($0)" } ?? "") was \(value)\(period.map { " in \($0)" } ?? ""); it \(change)."
        }
    }

    /// `tertinggi-terendah`: "TPT pada Agustus 2024 tertinggi di Jawa Barat (6,75 persen) dan terendah di Papua Pegunungan
    /// (1,32 persen); angka nasional 4,91 persen." / "In August 2024, TPT was highest in Jawa Barat (6.75 percent) and
    /// lowest in Papua Pegunungan (1.32 percent); the national figure was 4.91 percent."
    /// - Parameter regional: whether the categories are regions ("di Jawa Barat", "in") or not ("pada SMK", "for").
    public func extremes(of measure: String, period: String?, regional: Bool, highest: (name: String, value: String),
                         lowest: (name: String, value: String), national: String?) -> String {
        switch language {
        case .indonesian:
            let on = regional ? "di" : "pada"
            let subject = [measure, period.map { "pada \($0)" }].compactMap { $0 }.joined(separator: " ")
            return "\(subject) tertinggi \(on) \(highest.name) (\(highest.value)) dan terendah \(on) \(lowest.name) (\(lowest.value))"
                + (national.map { "; angka nasional \($0)" } ?? "") + "."
        case .english:
            let on = regional ? "in" : "for"
            return "\(period.map { "In \($0), " } ?? "")\(measure) was highest \(on) \(highest.name) (\(highest.value)) and lowest \(on) \(lowest.name) (\(lowest.value))"
                + (national.map { "; the national figure was \($0)" } ?? "") + "."
        }
    }

    /// `tertinggi-terendah` in a narasi that has just said its own region is the highest (or lowest): only the other
    /// end, "TPT pada 2024 terendah di Kabupaten Pangandaran (1,98 persen)." / "In 2024, TPT was lowest in …".
    public func extreme(of measure: String, period: String?, regional: Bool, lowest: Bool, at end: (name: String, value: String),
                        national: String?) -> String {
        switch language {
        case .indonesian:
            let subject = [measure, period.map { "pada \($0)" }].compactMap { $0 }.joined(separator: " ")
            return "\(subject) \(lowest ? "terendah" : "tertinggi") \(regional ? "di" : "pada") \(end.name) (\(end.value))"
                + (national.map { "; angka nasional \($0)" } ?? "") + "."
        case .english:
            return "\(period.map { "In \($0), " } ?? "")\(measure) was \(lowest ? "lowest" : "highest") \(regional ? "in" : "for") \(end.name) (\(end.value))"
                + (national.map { "; the national figure was \($0)" } ?? "") + "."
        }
    }

    /// `di-atas-nasional`: "Sebanyak 9 dari 38 provinsi mencatat TPT di atas angka nasional (4,91 persen) pada Agustus
    /// 2024." / "In August 2024, 9 of 38 provinces recorded TPT above the national figure (4.91 percent)."
    /// When the sentence before gave the national figure and the period, pass nil for both: "Sebanyak 12 dari 38 provinsi
    /// mencatat TPT di atas angka nasional."
    public func aboveNational(_ above: Int, of count: Int, regional: Bool, measure: String, national: String?, period: String?) -> String {
        let figure = national.map { " (\($0))" } ?? ""
        switch language {
        case .indonesian:
            return "Sebanyak \(above) dari \(count) \(regional ? "provinsi" : "kategori") mencatat \(measure) di atas angka nasional\(figure)"
                + (period.map { " pada \($0)" } ?? "") + "."
        case .english:
            return "\(period.map { "In \($0), " } ?? "")\(above) of \(count) \(regional ? (count == 1 ? "province" : "provinces") : (count == 1 ? "category" : "categories"))"
                + " recorded \(measure) above the national figure\(figure)."
        }
    }

    /// How many ways ``largestShare(_:share:among:of:period:followedBy:summedWhole:variant:)`` words its sentence: a
    /// publication's `pangsa` sentences take them in turn, so that three in a row do not all read "… adalah X (…),
    /// disusul Y (…) dan Z (…)" (proof-reading 11, P-16).
    public static let shareSentenceVariants = 3

    /// `pangsa`: "Menurut negara tujuan, pangsa penempatan PMI terbesar pada 2023 dimiliki Taiwan (30,3 persen),
    /// disusul Malaysia (26,3 persen) dan Hong Kong (24,3 persen)." / "Among negara tujuan, Taiwan had the largest share
    /// of penempatan PMI in 2023 (30.3 percent), followed by Malaysia (26.3 percent) and Hong Kong (24.3 percent)."
    /// The whole is not repeated: the figure beside the text, or its note, gives it.
    /// The next sentences of a publication vary the words (`variant`): "Menurut provinsi asal, Jawa Timur mencatat
    /// pangsa terbesar (24,8 persen), diikuti Jawa Tengah (…) dan Jawa Barat (…)."; "Menurut provinsi, pangsa tenaga
    /// kerja ter-PHK terbesar pada Januari–November 2024 tercatat di DKI Jakarta (21,4 persen), kemudian Jawa Tengah
    /// (…) dan Banten (…)." ("DKI Jakarta menyumbang pangsa …, lalu Jawa Tengah" read awkwardly, proof-reading 22; "pangsa …
    /// adalah Taiwan" made a share a country, proof-reading 41.)
    /// - Parameters:
    ///   - category: what the parts are, from the dataset's dimension ("negara tujuan", "provinsi asal").
    ///   - measure: the measure's name as it reads inside a sentence ("penempatan PMI").
    ///   - next: the next largest parts with their shares.
    ///   - measure: nil when the sentence before named the same measure and period: "Menurut provinsi asal, pangsa
    ///     terbesar dimiliki Jawa Timur (24,8 persen), …" / "Among provinsi asal, Jawa Timur had the largest share (…)".
    ///   - summedWhole: where the data has no total of its own, the sum the shares are of and how many parts it
    ///     adds (regional: parts are provinces or kabupaten/kota): "…; pangsa dihitung dari 67.870 orang yang
    ///     tercatat di 32 provinsi." A reader would otherwise take the shares for shares of the national total.
    ///   - variant: which wording, from 0 (taken modulo ``shareSentenceVariants``).
    public func largestShare(_ name: String, share: String, among category: String, of measure: String?, period: String?,
                             followedBy next: [(name: String, share: String)],
                             summedWhole: (total: String, parts: Int, regional: Bool)? = nil, variant: Int = 0) -> String {
        let others = next.map { "\($0.name) (\($0.share))" }
        let variant = variant % Self.shareSentenceVariants
        switch language {
        case .indonesian:
            let what = measure.map { "pangsa \($0) terbesar\(period.map { " pada \($0)" } ?? "")" } ?? "pangsa terbesar"
            let whole = summedWhole.map { "; pangsa dihitung dari \($0.total) yang tercatat \($0.regional ? "di" : "pada") \($0.parts) \(category)" } ?? ""
            let then = ["disusul", "diikuti", "kemudian"][variant]
            let rest = others.isEmpty ? "" : ", \(then) \(others.joined(separator: " dan "))"
            let opening = switch variant {
            case 0: "Menurut \(category), \(what) dimiliki \(name) (\(share))"
            case 1: "Menurut \(category), \(name) mencatat \(what) (\(share))"
            default: "Menurut \(category), \(what) tercatat di \(name) (\(share))"
            }
            return opening + rest + whole + "."
        case .english:
            let object = measure.map { " of \($0)\(period.map { " in \($0)" } ?? "")" } ?? ""
            let whole = summedWhole.map { "; the shares are of the \($0.total) recorded \($0.regional ? "in" : "for") \($0.parts) \(category)" } ?? ""
            let then = ["followed by", "ahead of", "then"][variant]
            return "Among \(category), \(name) had the largest share\(object) (\(share))"
                + (others.isEmpty ? "" : ", \(then) \(others.joined(separator: " and "))") + whole + "."
        }
    }

    /// What the categories of a region dimension are called when the data does not name them: "provinsi" / "provinces".
    public var regions: String {
        switch language {
        case .indonesian: "provinsi"
        case .english: "provinces"
        }
    }
}
