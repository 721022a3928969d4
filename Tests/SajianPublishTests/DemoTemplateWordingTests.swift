import Foundation
import SajianForms
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// The demo templates as an editor proof-reads them (proof-reading 14): one imprint on every cover, and source lines
/// that name who published a figure and where it was taken from precisely, never "media".
final class DemoTemplateWordingTests: XCTestCase {
    private func demoTemplates() throws -> [(name: String, spec: PublicationSpec)] {
        let folder = TestSupport.path("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        return try names.map { name in
            // A booklet template is read for one region, as `--wilayah` reads it.
            let region = name.contains("kabupaten-kota")
                ? RegionParameter(code: "3273", name: "Kota Bandung", province: "Jawa Barat", provinceCode: "32")
                : RegionParameter(code: "33", name: "Jawa Tengah")
            let problems = DiagnosticCollector()
            let spec = try TemplateParser.standard.parse(contentsOf: folder + "/" + name, region: region, problems: problems)
            return (name, try XCTUnwrap(spec, "\(name): \(problems.diagnostics.map(\.description))"))
        }
    }

    /// The paragraphs of a template's "Konsep dan Definisi" narasi (`id: konsep-definisi`) as the template parser
    /// reads them (shared files included), bold as `**…**`.
    private func definitions(in template: String) throws -> [String] {
        let spec = try XCTUnwrap(try demoTemplates().first { $0.name == template }?.spec, template)
        let narrative = try XCTUnwrap(spec.narratives.first { $0.id == "konsep-definisi" }, template)
        return narrative.parts.flatMap(\.paragraphs).map { pieces in
            pieces.map { piece -> String in
                guard case .text(let text) = piece.content else { return "{{…}}" }
                return piece.emphasis.contains(.bold) ? "**\(text)**" : text
            }.joined()
        }
    }

    /// Proof-reading 9, S2: Bab 7 ran five terms together in three paragraphs, cited no source for the Sakernas
    /// concepts, defined "bekerja" by "melakukan pekerjaan", lost the discouraged job-seekers' "tidak mencari", cited
    /// UU 13/2003 and PP 36/2021 without their amendments and described the PHK source a third way. Proof-reading 10,
    /// N-4: the three templates still had three texts (three wordings of the UMP clause, no "Bekerja" in the province
    /// booklet), a first sentence that claimed BPS for the legal terms too, pengangguran terbuka as three predicates
    /// and a noun phrase, and "Undang-Undang" spelled out beside "UU". Now the BPS terms are one shared file.
    func testKonsepDanDefinisiGivesOneTermPerEntryCitesBPSAndAgreesAcrossTemplates() throws {
        let templates = ["buletin-triwulanan.yaml", "buku-saku-provinsi.yaml", "buku-saku-kabupaten-kota-jabar.yaml", "contoh-inti.yaml"]
        var unemployed: Set<String> = [], scopes: Set<String> = [], working: Set<String> = []
        for template in templates {
            let paragraphs = try definitions(in: template)
            // The BPS terms say whose they are once, not before every term: the UMP, PMI and PHK entries cite their
            // own regulations. Proof-reading 45: as the chapter's opening sentence, naming the survey, not as a stray
            // line after the fourth term ("Keempat konsep tersebut …"), which also claimed ILO's definition for BPS's
            // discouraged job-seekers.
            let scope = try XCTUnwrap(paragraphs.first, template)
            // Proof-reading 46: "Konsep berikut …" claimed the UMP, PMI and PHK entries for Sakernas too: the first four.
            XCTAssertEqual(scope, "Empat konsep pertama berikut merupakan konsep Survei Angkatan Kerja Nasional (Sakernas) BPS, yang merujuk pada "
                                  + "rekomendasi Organisasi Perburuhan Internasional (ILO).", template)
            XCTAssertEqual(paragraphs.dropFirst().prefix(4).map { $0.components(separatedBy: "**")[1] },
                           ["Angkatan kerja", "Bekerja", "Pengangguran terbuka", "Tingkat Pengangguran Terbuka (TPT)"], template)
            let tpt = try XCTUnwrap(paragraphs.firstIndex { $0.hasPrefix("**Tingkat Pengangguran Terbuka (TPT)**") }, template)
            XCTAssertFalse(paragraphs.joined().contains("Keempat"), template)
            XCTAssertFalse(paragraphs.joined().contains("Konsep dan definisi ketenagakerjaan berikut mengikuti BPS"), template)
            scopes.insert(scope + paragraphs[tpt])
            for entry in paragraphs where entry != scope {
                XCTAssertTrue(entry.hasPrefix("**"), "\(template), one entry per term: \(entry)")
                XCTAssertEqual(entry.components(separatedBy: "**").count, 3, "\(template), one term per entry: \(entry)")
            }
            let work = try XCTUnwrap(paragraphs.first { $0.hasPrefix("**Bekerja**") }, template)
            XCTAssertTrue(work.contains("kegiatan ekonomi") && !work.contains("melakukan pekerjaan"), work)
            working.insert(work)
            let unemployment = try XCTUnwrap(paragraphs.first { $0.hasPrefix("**Pengangguran terbuka**") }, template)
            XCTAssertTrue(unemployment.contains("terdiri atas (1) mereka yang tidak memiliki pekerjaan dan mencari pekerjaan;"), unemployment)
            XCTAssertTrue(unemployment.contains("(3) mereka yang tidak memiliki pekerjaan dan tidak mencari pekerjaan karena merasa tidak mungkin"), unemployment)
            XCTAssertTrue(unemployment.contains("; dan (4) mereka yang sudah memiliki pekerjaan tetapi belum mulai bekerja."), unemployment)
            unemployed.insert(unemployment)
            let wages = try XCTUnwrap(paragraphs.first { $0.hasPrefix("**Upah Minimum") }, template)
            // The regulation (PP 36/2021 and its amendment PP 51/2023) cited in all three; the kab/kota booklets, whose
            // wages are 2017–2023's, say the amendment holds from 2024 (proof-reading 32).
            XCTAssertTrue(wages.contains("Nomor 36 Tahun 2021 tentang Pengupahan") && wages.contains("PP Nomor 51 Tahun 2023"), wages)
            // The regulation's words, one wording in all four.
            XCTAssertTrue(wages.contains("berupa upah tanpa tunjangan atau upah pokok termasuk tunjangan tetap"), wages)
        }
        XCTAssertEqual(unemployed.count, 1, "one definition of pengangguran terbuka: \(unemployed)")
        XCTAssertEqual(scopes.count, 1, "one TPT entry with its scope sentence: \(scopes)")
        XCTAssertEqual(working.count, 1, "one definition of bekerja: \(working)")
        let bulletin = try definitions(in: templates[0]).joined(separator: "\n")
        // Bab 7 as an editor reads it (after proof-reading 14): no bracket inside a bracket ("(Undang-Undang (UU)
        // Nomor 18 …)"), no informal "tak punya", and no TPAK entry "juga menurut BPS (Sakernas)" after the four BPS terms.
        XCTAssertTrue(bulletin.contains("Definisi ini mengikuti Undang-Undang (UU) Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia."), bulletin)
        XCTAssertFalse(bulletin.contains("(Undang-Undang (UU)"), bulletin)
        XCTAssertFalse(bulletin.contains("tak punya") || bulletin.contains("juga menurut BPS"), bulletin)
        XCTAssertTrue(bulletin.contains("Definisi ini mengikuti UU Nomor 13 Tahun 2003 tentang Ketenagakerjaan sebagaimana telah diubah terakhir dengan UU Nomor 6 Tahun 2023 tentang Penetapan "
                                        + "Peraturan Pemerintah Pengganti Undang-Undang (Perppu) Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang."), bulletin)
        XCTAssertFalse(bulletin.contains("Undang-Undang Nomor 13"), bulletin)
        XCTAssertFalse(bulletin.contains("penempatan yang tercatat oleh BP2MI"), "circular (proof-reading 9, S2 item 8): \(bulletin)")
        XCTAssertTrue(bulletin.contains("Satu Data Kemnaker, yang menghimpun laporan dinas ketenagakerjaan provinsi"), bulletin)
        XCTAssertTrue(bulletin.contains("dikutip fortuneidn.com"), bulletin)
        XCTAssertTrue(bulletin.contains("**Tingkat Partisipasi Angkatan Kerja (TPAK)**"), bulletin)
    }

    func testEveryCoverNamesTheSameImprint() throws {
        for (name, spec) in try demoTemplates() {
            XCTAssertEqual(spec.publisher, "Sajian (contoh publikasi)", name)
        }
    }

    func testNoSourceLineCitesMedia() throws {
        for (name, spec) in try demoTemplates() {
            for figure in spec.figures {
                let source = figure.source?.value ?? ""
                XCTAssertFalse(source.range(of: "media", options: .caseInsensitive) != nil, "\(name), \(figure.id): \(source)")
            }
        }
    }

    /// Proof-reading 8, N14: one source was named two ways (BP2MI's placements with and without "dikutip
    /// databoks.katadata.co.id", "BPS, Keadaan Ketenagakerjaan…" beside "BPS, Berita Resmi Statistik Keadaan…", the PHK
    /// narasi's "laporan bulanan Ditjen PHI dan Jamsostek" beside a source line of "Satu Data Kemnaker" alone). Every
    /// figure's source line names its dataset's source as the metadata does, periods aside, with the route it was
    /// taken by (`dikutip …`, `melalui …`) when the metadata states one. Where the metadata names several outlets (a
    /// dataset gathered from several copies of one release), a figure names those its own figures came from
    /// (proof-reading 20: the bulletin's Tabel 3.1 cited the BRS alone for counts read from sindonews.com).
    func testEveryFiguresSourceNamesItsDatasetsSourceAsTheMetadataDoes() throws {
        var checked = 0
        for (name, spec) in try demoTemplates() {
            for figure in spec.figures {
                guard let dataset = figure.dataset?.value, let source = figure.source?.value,
                      let metadata = try? String(contentsOfFile: TestSupport.path("Datasets/\(dataset).yaml"), encoding: .utf8),
                      let line = metadata.split(separator: "\n").first(where: { $0.hasPrefix("sumber: ") }) else { continue }
                let declared = String(line.dropFirst("sumber: ".count))
                // What the figure's line adds after ";" (the national row's own source) is its own.
                let own = Self.route(String(source.split(separator: ";", maxSplits: 1)[0]))
                let declaredRoute = Self.route(declared)
                XCTAssertEqual(Self.withoutPeriods(own.source), Self.withoutPeriods(declaredRoute.source), "\(name), \(figure.id): \(source)")
                XCTAssertEqual(own.outlets.isEmpty, declaredRoute.outlets.isEmpty, "\(name), \(figure.id): the route, as the metadata has it: \(source)")
                XCTAssertTrue(own.outlets.isSubset(of: declaredRoute.outlets), "\(name), \(figure.id): \(own.outlets) among \(declaredRoute.outlets)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
        // The PHK narasi names the source its chart's line names.
        let bulletin = try XCTUnwrap(try demoTemplates().first { $0.name == "buletin-triwulanan.yaml" }?.spec)
        let text = try String(contentsOfFile: TestSupport.path("Templates/buletin-triwulanan.yaml"), encoding: .utf8)
        XCTAssertTrue(bulletin.figures.contains { $0.id == "phk-provinsi" && $0.source?.value.hasPrefix("Kementerian Ketenagakerjaan, Satu Data Kemnaker,") == true })
        XCTAssertTrue(text.contains("Satu Data Kemnaker mencatat {{ angka phk }} tenaga kerja ter-PHK di 32 provinsi\n          yang datanya tersedia ({{ ref phk-provinsi }})."))
        XCTAssertFalse(text.contains("dalam laporan bulanan Ditjen PHI"))
    }

    /// Proof-reading 8, N16: the bulletin's Bab 4 printed the same 38 UMP 2025 values three times (Peta 4.1, Tabel 4.1
    /// and Grafik 4.1). Once as a map (where) and once as a table (how much, beside 2024); the narasi points to both
    /// that exist, and every `{{ ref }}` of the bulletin names a figure it has.
    func testTheBulletinShowsTheUMPOfEachProvinceOnceAsAMapAndOnceAsATable() throws {
        let bulletin = try XCTUnwrap(try demoTemplates().first { $0.name == "buletin-triwulanan.yaml" }?.spec)
        let chapter = try XCTUnwrap(bulletin.chapters.first { $0.title == "Upah Minimum" })
        let ump = chapter.figures.filter { $0.dataset?.value == "ump-provinsi" }
        XCTAssertEqual(ump.map(\.kind), [.map, .table], ump.map(\.id).joined(separator: ", "))
        let text = try String(contentsOfFile: TestSupport.path("Templates/buletin-triwulanan.yaml"), encoding: .utf8)
        let ids = Set(bulletin.figures.map(\.id))
        let refs = text.matches(of: /\{\{ ref ([a-z0-9-]+) \}\}/).map { String($0.1) }
        XCTAssertGreaterThan(refs.count, 5)
        for ref in refs { XCTAssertTrue(ids.contains(ref), "{{ ref \(ref) }} names a figure of the bulletin") }
    }

    /// Proof-reading 7, finding 14: Tabel 3.1's head read "Penduduk Bekerja (juta orang)" beside "Pendidikan tertinggi
    /// yang ditamatkan" and "Golongan umur (tahun)". Heads and measure names are in sentence case; only the official
    /// indicators keep their capitals (TPT, TPAK, UMP, UMK), and acronyms theirs ("Penempatan PMI", "ter-PHK").
    func testMeasureNamesAreInSentenceCaseButOfficialIndicators() throws {
        let indicators: Set = ["Tingkat Pengangguran Terbuka", "Tingkat Partisipasi Angkatan Kerja", "Upah Minimum Provinsi",
                               "Upah Minimum Kabupaten/Kota"]
        let folder = TestSupport.path("Datasets")
        var names: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            names += text.matches(of: /nama: ([^,}\n]+)/).map { String($0.1).trimmingCharacters(in: .whitespaces) }
        }
        XCTAssertGreaterThan(names.count, 15)
        for name in names where !indicators.contains(name) {
            for word in name.split(separator: " ").dropFirst() {
                // An acronym, alone or after a hyphen, keeps its capitals.
                let last = word.split(separator: "-").last.map(String.init) ?? ""
                let isAcronym = last.count > 1 && last.allSatisfy { $0.isUppercase }
                XCTAssertTrue(isAcronym || !word.contains { $0.isUppercase }, "\(name): \(word)")
            }
        }
    }

    /// A source line without its months, years and their joining words: "BPS, Survei Angkatan Kerja Nasional
    /// (Sakernas), Februari dan Agustus 2015–2024" and "BPS, Survei Angkatan Kerja Nasional (Sakernas)" read alike.
    /// A source line's source and the outlets of its route: "BPS, BRS … (dikutip CNBC Indonesia, sindonews.com)" is
    /// "BPS, BRS …" and {CNBC Indonesia, sindonews.com}.
    private static func route(_ line: String) -> (source: String, outlets: Set<String>) {
        guard let open = line.range(of: " (dikutip ") ?? line.range(of: " (melalui "), line.hasSuffix(")") else { return (line, []) }
        let outlets = line[open.upperBound..<line.index(before: line.endIndex)]
            .replacingOccurrences(of: " dan ", with: ", ").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return (String(line[..<open.lowerBound]), Set(outlets))
    }

    private static func withoutPeriods(_ source: String) -> String {
        let months = Vocabulary.indonesian.months.joined(separator: "|")
        var text = source.replacingOccurrences(of: #"\b(\#(months)|Tahun|dan)\b"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\b\d{4}\b"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"[–-]"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s*,(\s*,)*"#, with: ",", options: .regularExpression)
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }
}
