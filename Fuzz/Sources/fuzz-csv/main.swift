import Foundation
import FuzzDriver
import SajianCatalog
import SajianModel

// The CSV import path on any bytes: decoding (UTF-8, or Windows-1252 when the bytes are not UTF-8), the delimiter's
// detection, records with their lines, the header, codes, periods and values, against the corpus's metadata.
let metadataText = """
    id: korpus
    judul: Korpus
    sumber: Uji
    klasifikasi: publik
    dimensi:
      kode_wilayah: { kode-referensi: provinsi-bps }
      wilayah: {}
      periode: { jenis: bulan }
    ukuran:
      jumlah: { satuan: orang, desimal: 0 }
      tpt: { satuan: persen, desimal: 2 }
    """
let base = DatasetMetadataReader.read(metadataText, file: "korpus.yaml", problems: DiagnosticCollector())!
let file = scratchFolder + "/fuzz.csv"

fuzz { data in
    FileManager.default.createFile(atPath: file, contents: data)
    var metadata = base
    if String(validating: data, as: UTF8.self) == nil { metadata.format.encoding = .windows1252 }
    expectAcceptedOrRefused(naming: file) { _ = try DatasetImporter.read(metadata: metadata, dataFile: file) }
}
