import Foundation
import FuzzDriver
import SajianGeo

// GeoPackage geometry blobs: the "GP" header, then WKB (byte orders, Z/M/ZM, EWKB SRIDs, nested collections).
// An input that does not start with "GP" is read as bare WKB.
fuzz { data in
    let bytes = [UInt8](data)
    do {
        if bytes.starts(with: [0x47, 0x50]) {
            guard let header = try GeoPackageBinary.parse(bytes) else { return }
            _ = try WKB.multiPolygon(bytes, from: header.wkbOffset).bounds
        } else {
            _ = try WKB.multiPolygon(bytes).bounds
        }
    } catch is WKB.Malformed {
    } catch {
        fatalError("refused with \(type(of: error)), not WKB.Malformed: \(error)")
    }
}
