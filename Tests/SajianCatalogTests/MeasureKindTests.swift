import SajianCatalog
import SajianModel
import XCTest

/// Issue 15: a measure is a count by its kind (`jenis:`), not by its unit word, so small-cell protection never lapses
/// because a unit (pekerja, perusahaan) is not in a list of person units.
final class MeasureKindTests: XCTestCase {
    private func measures(_ lines: String) -> (measures: [String: Bool], problems: [String]) {
        let problems = DiagnosticCollector()
        let text = "id: uji\njudul: Uji\nklasifikasi: publik\nambang-sel-kecil: 100\ndimensi: [wilayah]\nukuran:\n\(lines)"
        let result = DatasetMetadataReader.read(text, file: "uji.yaml", problems: problems)
        return (Dictionary(uniqueKeysWithValues: (result?.metadata.measures ?? []).map { ($0.name, $0.isAdditive) }),
                problems.diagnostics.map(\.description))
    }

    func testCountsAreKnownByKindAndAnyUnitOfThingsIsACount() {
        let read = measures("""
              pekerja: { satuan: pekerja }
              perusahaan: { satuan: perusahaan, jenis: jumlah }
              tpt: { satuan: persen, desimal: 2 }
              ump: { satuan: rupiah per bulan }
              rasio_x: { satuan: pekerja, jenis: rasio }
              perubahan: { satuan: juta orang, aditif: tidak }
              orang: { satuan: orang }

            """)
        XCTAssertEqual(read.problems, [])
        XCTAssertEqual(read.measures, ["pekerja": true, "perusahaan": true, "tpt": false, "ump": false, "rasio_x": false,
                                       "perubahan": false, "orang": true])
    }

    func testACountInPercentAndAditifAgainstJenisAreRefusedAtTheirLines() {
        let read = measures("""
              a: { satuan: persen, jenis: jumlah }
              b: { satuan: pekerja, jenis: rasio, aditif: ya }

            """)
        XCTAssertEqual(read.problems, [
            "uji.yaml:7:31: error: measure `a` is declared a count (`jenis: jumlah`) but its unit is persen\n    A count is in orang, pekerja, perusahaan or another unit of things; write `jenis: rasio`, `persentase` or `rata-rata` for persen.",
            "uji.yaml:8:47: error: measure `b` says `aditif: ya` but `jenis: rasio`\n    Only a count (`jenis: jumlah`) adds up; leave `aditif:` out and let `jenis:` say it.",
        ])
    }
}
