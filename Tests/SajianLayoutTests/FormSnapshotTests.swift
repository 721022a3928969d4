import Foundation
import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// A scene snapshot of every presentation form, each built as a user builds it: template text (the lines of one
/// figure under `isi:`) bound against the real datasets in `Datasets/`, laid out with the fixed-width measurer.
/// Only the template words, the binder and the layout entry point are named here, so the snapshots hold across
/// a reshaping of the form code underneath. `make record` rewrites them after an intended change.
final class FormSnapshotTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    /// Binds one figure's template text, checks its warnings (none unless `warning` is given), and compares its
    /// standalone scene with the snapshot.
    private func assertFigureSnapshot(_ yaml: String, width: Double = 600, height: Double? = 340, warning: String? = nil,
                                      named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (figure, warnings) = try MapFixtures.bind(yaml)
        XCTAssertEqual(warnings.map(\.message), [warning].compactMap { $0 }, file: file, line: line)
        let laidOut = layout.standalone(figure, width: width, height: height)
        XCTAssertEqual(laidOut.warnings, [], file: file, line: line)
        assertSceneSnapshot(laidOut.scene, named: name, file: file, line: line)
    }

    // MARK: Grafik garis

    /// Three regions' TPT over five periods, with a target line and a shaded target band behind the lines.
    func testLineChartOfSeveralSeriesWithReferenceLineAndBand() throws {
        try assertFigureSnapshot("""
            jenis: grafik-garis
            id: tpt-tren
            judul: Tingkat Pengangguran Terbuka menurut Provinsi, Februari 2023 – Februari 2025
            data: tpt-provinsi
            saring: { kode_wilayah: ["31", "32", "00"] }
            seri: wilayah
            nilai: tpt
            garis-acuan: { nilai: 5, label: Target }
            pita-acuan: { dari: 4, sampai: 6, label: Kisaran target }
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas)
            """, named: "grafik-garis-seri-acuan")
    }

    /// Proof-reading 41: drawn behind the bars, the reference line showed only between them, and a bar's end could not
    /// be read against it (Diploma I/II/III's 4,83 against Indonesia's 4,91). It is drawn after every bar, dashed in
    /// near-black (muted grey does not read on the bars' blue, and a white casing sliced them), on horizontal bars and
    /// on columns; and no value inside a bar stands across it ("5,25" on the line read as its label).
    func testABarChartsReferenceLineIsDrawnOverTheBarsClearOfTheirValues() throws {
        for direction in ["horizontal", "vertikal"] {
            let (figure, _) = try MapFixtures.bind("""
                jenis: grafik-batang
                id: tpt-provinsi
                judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024
                data: tpt-provinsi
                saring: { periode: 2024-08, kode_wilayah: ["31", "32", "33", "34", "35", "36", "64"] }
                kategori: wilayah
                nilai: tpt
                arah: \(direction)
                garis-acuan: { nilai: 4.91, label: Indonesia }
                sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024
                """)
            let scene = layout.standalone(figure, width: 500, height: 400).scene
            func flat(_ list: [SceneItem]) -> [SceneItem] {
                list.flatMap { item -> [SceneItem] in if case .group(let group) = item { return flat(group.items) } else { return [item] } }
            }
            let all = flat(scene.pages[0].items)
            let lastBar = try XCTUnwrap(all.lastIndex { item in
                if case .shape(let shape) = item { return shape.fill == HouseStyle.standard.palette[0] } else { return false }
            }, direction)
            let dashedIndex = try XCTUnwrap(all.firstIndex { item in
                if case .shape(let shape) = item { return shape.stroke?.dash != nil && shape.stroke?.color == HouseStyle.standard.textColor } else { return false }
            }, direction)
            XCTAssertGreaterThan(dashedIndex, lastBar, "\(direction): the reference line after the last bar")
            guard case .shape(let line) = all[dashedIndex] else { return XCTFail(direction) }
            // Where the line runs: its first segment's start and end.
            let points = line.path.elements.compactMap { element -> Point? in
                switch element { case .move(let p), .line(let p): p; default: nil }
            }
            let horizontal = direction == "horizontal"
            let at = horizontal ? points[0].x : points[0].y
            let values = all.compactMap { item -> TextRun? in
                if case .text(let run) = item, run.text.first?.isNumber == true, run.text.contains(",") { return run } else { return nil }
            }
            XCTAssertFalse(values.isEmpty, direction)
            for run in values {
                let box = run.bounds
                XCTAssertFalse(horizontal ? (box.minX < at && box.maxX > at) : (box.minY < at && box.maxY > at),
                               "\(direction): \(run.text) stands across the line at \(at): \(box)")
            }
        }
    }

    /// Proof-reading 18, #4: a booklet's Grafik 2 drew the national reference line and its label in the accent that
    /// marks the booklet's own province, orange beside the orange bar, while Grafik 1 drew Indonesia blue. The dashed
    /// line and its label are in the muted grey of a line chart's reference line; only the highlighted bar wears the accent.
    func testABarChartsReferenceLineIsGreyAndTheAccentIsTheHighlightedBarsAlone() throws {
        let figure = try provinceBars(highlighting: "Jawa Tengah")
        let scene = layout.standalone(figure, width: 400, height: 600).scene
        func items(_ list: [SceneItem]) -> [SceneItem] {
            list.flatMap { item -> [SceneItem] in if case .group(let group) = item { return items(group.items) } else { return [item] } }
        }
        let all = items(scene.pages[0].items)
        let dashed = all.compactMap { item -> Stroke? in if case .shape(let shape) = item, let stroke = shape.stroke, stroke.dash != nil,
                                                          stroke.color != HouseStyle.standard.gridColor { return stroke } else { return nil } }
        // Over the bars since proof-reading 41, in the text's near-black; its label stays muted grey.
        XCTAssertTrue(dashed.map(\.color).contains(HouseStyle.standard.textColor), "the dashed reference line, in near-black: \(dashed)")
        XCTAssertFalse(dashed.map(\.color).contains(HouseStyle.standard.accent), "no dashed line in the accent: \(dashed)")
        let label = try XCTUnwrap(all.lazy.compactMap { item -> TextRun? in if case .text(let run) = item, run.text.hasPrefix("Indonesia 4,91") { return run } else { return nil } }.first)
        XCTAssertEqual(label.style.color, HouseStyle.standard.mutedTextColor)
        let accented = all.filter { item in
            switch item {
            case .shape(let shape): shape.fill == HouseStyle.standard.accent || shape.stroke?.color == HouseStyle.standard.accent
            case .text(let run): run.style.color == HouseStyle.standard.accent
            default: false
            }
        }
        XCTAssertEqual(accented.count, 1, "the highlighted bar alone: \(accented)")
    }

    /// The bulletin's Grafik 2.1: TPT by province, Agustus 2024, in horizontal bars with the "Indonesia 4,91" line,
    /// `highlighting` one province as a booklet does.
    private func provinceBars(highlighting province: String? = nil) throws -> BoundFigure {
        try MapFixtures.bind("""
            jenis: grafik-batang
            id: tpt-provinsi
            judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024
            data: tpt-provinsi
            saring: { periode: 2024-08 }
            kategori: wilayah
            nilai: tpt
            arah: horizontal
            \(province.map { "sorot: \($0)" } ?? "")
            garis-acuan: { kategori: Indonesia }
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024
            """).figure
    }

    /// Proof-reading 54: "5,14", set inside its bar left of the "Indonesia 4,91" line, stood one value gap (3 pt) from
    /// it and read as touching it. A value set left of the line keeps twice that gap.
    func testAValueSetLeftOfTheReferenceLineKeepsTwoGapsFromIt() throws {
        let figure = try provinceBars()
        let gap = HouseStyle.standard.valueLabelGap
        var movedLeft = 0
        for width in stride(from: 250.0, through: 700, by: 10) {
            var line: Double?, values: [TextRun] = []
            func visit(_ list: [SceneItem]) {
                for item in list {
                    switch item {
                    case .group(let group): visit(group.items)
                    // The line's label stands centred over it.
                    case .text(let run) where run.text.hasPrefix("Indonesia 4,91"): line = run.bounds.midX
                    case .text(let run) where run.text.first?.isNumber == true && run.text.contains(","): values.append(run)
                    default: break
                    }
                }
            }
            visit(layout.standalone(figure, width: width, height: 600).scene.pages[0].items)
            let x = try XCTUnwrap(line, "the reference line at \(width) pt")
            for value in values where value.bounds.maxX <= x + 0.01 && value.bounds.maxX > x - 2 * gap + 0.01 {
                XCTFail("\(width) pt: \"\(value.text)\" ends \(x - value.bounds.maxX) pt left of the line")
            }
            movedLeft += values.filter { abs($0.bounds.maxX - (x - 2 * gap)) < 0.01 }.count
        }
        XCTAssertGreaterThan(movedLeft, 0, "some value was set left of the line, so the rule is put to the test")
    }

    /// The A4 infographic's "TPT menurut Daerah": the 4 gridline ran between Perdesaan's 3,67 column and its value,
    /// parting them. At every height tried, no gridline crosses the air between a column's top and its value, and
    /// at one of them at least a gridline stands at that height (so the rule is put to the test).
    func testNoGridlineRunsBetweenAColumnAndItsValue() throws {
        let (figure, _) = try MapFixtures.bind("""
            jenis: grafik-batang
            id: tpt-daerah
            judul: TPT menurut Daerah, Agustus 2024
            data: tpt-jenis-kelamin-daerah
            saring: { periode: 2024-08, dimensi: daerah }
            kategori: kategori
            nilai: tpt
            arah: vertikal
            sumber: BPS, Berita Resmi Statistik Keadaan Ketenagakerjaan Indonesia Agustus 2024
            """)
        var tested = 0
        for height in stride(from: 120.0, through: 260, by: 10) {
            let items = layout.standalone(figure, width: 300, height: height).scene.pages[0].items
            func flattened(_ list: [SceneItem]) -> [SceneItem] {
                list.flatMap { item -> [SceneItem] in if case .group(let group) = item { return flattened(group.items) } else { return [item] } }
            }
            let gridSegments = flattened(items).flatMap { item -> [(Point, Point)] in
                guard case .shape(let shape) = item, shape.stroke?.color == HouseStyle.standard.gridColor else { return [] }
                var segments: [(Point, Point)] = [], current: Point?
                for element in shape.path.elements {
                    switch element {
                    case .move(let p): current = p
                    case .line(let p): if let from = current { segments.append((from, p)) }; current = p
                    default: current = nil
                    }
                }
                return segments
            }
            func bars(_ list: [SceneItem]) -> [Group] {
                list.flatMap { item -> [Group] in
                    guard case .group(let group) = item else { return [] }
                    return (group.role.hasPrefix("bar ") ? [group] : []) + bars(group.items)
                }
            }
            for group in bars(items) {
                let column = group.items.compactMap { item -> Double? in
                    guard case .shape(let shape) = item, shape.fill != nil else { return nil }
                    return shape.path.elements.compactMap { element -> Double? in if case .move(let p) = element { return p.y } else if case .line(let p) = element { return p.y } else { return nil } }.min()
                }.first
                let value = group.items.compactMap { item -> TextRun? in if case .text(let run) = item, run.text.first?.isNumber == true { return run } else { return nil } }.first
                guard let top = column, let value, value.bounds.maxY <= top else { continue }
                for (from, to) in gridSegments where abs(from.y - to.y) < 0.01 && from.y > value.bounds.maxY && from.y < top - 0.5 {
                    tested += 1
                    XCTAssertTrue(max(from.x, to.x) <= value.bounds.minX || min(from.x, to.x) >= value.bounds.maxX,
                                  "at height \(height) a gridline at y \(from.y) runs between \(group.role) and its value \(value.text)")
                }
            }
        }
        XCTAssertGreaterThan(tested, 0, "no height put a gridline between a column and its value")
    }

    // MARK: Angka kunci

    /// TPT Agustus 2024 as a key-figure tile: the number, the fall since Agustus 2023 in arrow and word, the sparkline.
    func testKeyFigureTileWithChangeAndSparkline() throws {
        try assertFigureSnapshot("""
            jenis: angka-kunci
            id: angka-tpt
            judul: Tingkat Pengangguran Terbuka (TPT), Agustus 2024
            data: indikator-nasional
            nilai: tpt
            periode: 2024-08
            saring: { periode: 2015-02 s.d. 2024-08 }
            garis-kecil: ya
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024
            """, width: 240, height: nil, named: "angka-kunci")
    }

    // MARK: Grafik lingkaran and donat

    /// Education shares; the slices under 3 % are merged into one slice.
    func testPieChartMergesSmallSlices() throws {
        try assertFigureSnapshot("""
            jenis: grafik-lingkaran
            id: bekerja-pendidikan
            judul: Distribusi Penduduk Bekerja menurut Pendidikan Tertinggi yang Ditamatkan, Agustus 2024
            data: bekerja-pendidikan
            saring: { periode: 2024-08 }
            kategori: pendidikan
            nilai: distribusi_penduduk_bekerja
            gabung-di-bawah: 3
            sumber: BPS, Berita Resmi Statistik Keadaan Ketenagakerjaan Indonesia Agustus 2024
            """, named: "grafik-lingkaran")
    }

    /// Three sectors listed in part: the rest to 100 % is one more slice.
    func testDonutChartOfSharesListedInPart() throws {
        try assertFigureSnapshot("""
            jenis: grafik-donat
            id: bekerja-lapangan-usaha
            judul: Distribusi Penduduk Bekerja menurut Lapangan Usaha, Agustus 2024
            data: bekerja-lapangan-usaha
            saring: { periode: 2024-08 }
            kategori: lapangan_usaha
            nilai: distribusi_penduduk_bekerja
            sumber: BPS, Berita Resmi Statistik Keadaan Ketenagakerjaan Indonesia Agustus 2024
            """, named: "grafik-donat")
    }

    // MARK: Grafik piktogram

    func testPictogramCutsTheLastIcon() throws {
        try assertFigureSnapshot(TemplateBinding.migrantPlacementPictogram + """

            id: pmi-negara-tujuan
            judul: Penempatan Pekerja Migran Indonesia menurut Lima Negara Tujuan Utama, 2023
            sumber: BP2MI, data penempatan PMI 2023
            """, height: 250, named: "grafik-piktogram")
    }

    // MARK: Grafik batang

    /// One series, vertical bars in the data's order.
    func testBarChartOfOneSeries() throws {
        try assertFigureSnapshot("""
            jenis: grafik-batang
            id: tpt-pendidikan
            judul: Tingkat Pengangguran Terbuka menurut Pendidikan Tertinggi yang Ditamatkan, Agustus 2024
            data: bekerja-pendidikan
            saring: { periode: 2024-08 }
            kategori: pendidikan
            nilai: tpt
            arah: vertikal
            sumber: BPS, Berita Resmi Statistik Keadaan Ketenagakerjaan Indonesia Agustus 2024
            """, named: "grafik-batang-tunggal")
    }

    /// Unemployment by age group and work experience, as `susun:` arranges the two series.
    private func seriesBarChart(_ arrangement: String) -> String {
        """
        jenis: grafik-batang
        id: pengangguran-umur-pengalaman
        judul: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Agustus 2024
        data: pengangguran-umur-pengalaman
        saring: { periode: 2024-08, pengalaman_kerja: [pernah_bekerja, tidak_pernah_bekerja], golongan_umur: [15-19, 20-24, 25-29, 30-34, 35-39] }
        kategori: golongan_umur
        seri: pengalaman_kerja
        susun: \(arrangement)
        nilai: pengangguran
        satuan: ribu orang
        desimal: 0
        sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Agustus 2024
        """
    }

    func testBarChartOfSeveralSeriesGrouped() throws {
        try assertFigureSnapshot(seriesBarChart("kelompok"), named: "grafik-batang-kelompok")
    }

    func testBarChartOfSeveralSeriesStacked() throws {
        try assertFigureSnapshot(seriesBarChart("tumpuk"), named: "grafik-batang-tumpuk")
    }

    func testBarChartOfSeveralSeriesStackedToOneHundredPercent() throws {
        try assertFigureSnapshot(seriesBarChart("persen"), named: "grafik-batang-persen")
    }

    // MARK: Tabel

    /// One heading level, a Jumlah row, and a note marked on its row.
    func testSingleTableWithTotalAndRowNote() throws {
        try assertFigureSnapshot("""
            jenis: tabel-tunggal
            id: bekerja-pendidikan
            judul: Penduduk Bekerja menurut Pendidikan Tertinggi yang Ditamatkan, Agustus 2023
            data: bekerja-pendidikan
            saring: { periode: 2023-08 }
            baris: pendidikan
            judul-baris: Pendidikan tertinggi yang ditamatkan
            nilai: penduduk_bekerja
            jumlah: ya
            sumber: BPS, Berita Resmi Statistik Keadaan Ketenagakerjaan Indonesia Agustus 2023
            catatan:
              - Angka dalam orang.
              - { teks: Mencakup tidak/belum pernah sekolah dan belum tamat SD., baris: SD ke bawah }
            """, height: nil, named: "tabel-tunggal")
    }

    /// Periods over work experience (two heading levels), age groups down the stub, a Jumlah row.
    func testCrossTableWithTwoHeadingLevelsAndTotal() throws {
        try assertFigureSnapshot("""
            jenis: tabel-silang
            id: pengangguran-umur
            judul: Pengangguran menurut Golongan Umur dan Pengalaman Kerja, Februari dan Agustus 2024
            data: pengangguran-umur-pengalaman
            saring: { periode: [2024-02, 2024-08], golongan_umur: [15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60+] }
            baris: golongan_umur
            judul-baris: Golongan umur (tahun)
            kolom: [periode, pengalaman_kerja]
            nilai: pengangguran
            satuan: ribu orang
            desimal: 1
            jumlah: ya
            zebra: ya
            sumber: BPS, Survei Angkatan Kerja Nasional (Sakernas) Februari dan Agustus 2024
            """, height: nil, named: "tabel-silang")
    }

    // MARK: Peta tematik

    /// Quantile classes on a diverging ramp, without region names (`map-national` has the defaults: Jenks
    /// classes, a sequential ramp, region names, a highlighted province).
    func testThematicMapOfQuantilesOnADivergingRamp() throws {
        try assertFigureSnapshot("""
            jenis: peta-tematik
            id: peta-ump
            judul: Upah Minimum Provinsi (UMP) menurut Provinsi, 2025
            data: ump-provinsi
            saring: { periode: "2025" }
            nilai: ump
            klasifikasi: { metode: kuantil, kelas: 4 }
            warna: divergen
            label-wilayah: tidak
            sumber: Kementerian Ketenagakerjaan, Upah Minimum Provinsi di Indonesia Tahun 2025
            """, height: 375,
            named: "peta-tematik-divergen")
    }

    /// A kabupaten/kota map of Jawa Barat from the bundled kabupaten/kota (`batas: kabupaten-kota`).
    func testKabupatenKotaMapOfJawaBarat() throws {
        try assertFigureSnapshot(MapFixtures.jabarRegencyMapYAML, height: 420, named: "peta-kabupaten-kota-jabar")
    }
}
