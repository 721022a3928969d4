import Foundation
import FuzzDriver
import SajianGeo

// A Shapefile's four files in one input: the .shp, then each other file after a line "--shx--", "--dbf--" or
// "--prj--" (`make fuzz` builds such seeds from Tests/Corpus/boundaries); a file whose part is missing is absent.
let base = scratchFolder + "/fuzz"
let separators = ["shx", "dbf", "prj"].map { (ext: $0, mark: Data("\n--\($0)--\n".utf8)) }

fuzz { data in
    var parts: [String: Data] = [:]
    var rest = data[...]
    var ext = "shp"
    for separator in separators {
        guard let found = rest.range(of: separator.mark) else { continue }
        parts[ext] = Data(rest[..<found.lowerBound])
        rest = rest[found.upperBound...]
        ext = separator.ext
    }
    parts[ext] = Data(rest)
    for ext in ["shp", "shx", "dbf", "prj"] {
        try? FileManager.default.removeItem(atPath: base + "." + ext)
        if let part = parts[ext] { FileManager.default.createFile(atPath: base + "." + ext, contents: part) }
    }
    expectAcceptedOrRefused(naming: base) { _ = try ShapefileReader.read(contentsOf: base + ".shp") }
}
