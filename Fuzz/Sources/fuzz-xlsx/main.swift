import Foundation
import FuzzDriver
import SajianCatalog

// The XLSX reader on any bytes: the zip, the workbook's sheets, shared strings and cells, as the importer reads them.
fuzz { data in
    expectAcceptedOrRefused(naming: "fuzz.xlsx") {
        let names = try XLSXReader.sheetNames(in: data, file: "fuzz.xlsx")
        _ = try XLSXReader.records(in: data, sheet: names.last, range: nil, file: "fuzz.xlsx")
    }
    expectAcceptedOrRefused(naming: "fuzz.xlsx") { _ = try XLSXReader.records(in: data, sheet: nil, range: "A2:E9", file: "fuzz.xlsx") }
}
