import Foundation

/// Well-Known Binary (OGC Simple Features): Polygon and MultiPolygon, either byte order, with the Z and M
/// variants of ISO (1000s) and of EWKB (flag bits), whose extra ordinates are skipped.
public enum WKB {
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// How deep collections may nest inside one another (a MultiPolygon in a GeometryCollection is 2 deep); deeper
    /// geometries are refused, so that no file can exhaust the stack. Real boundaries nest 1 or 2 deep.
    public static let maximumNesting = 32

    /// The areas a WKB geometry holds; lines and points are refused.
    public static func multiPolygon(_ bytes: [UInt8], from start: Int = 0) throws -> MultiPolygon {
        var reader = Reader(bytes: bytes, offset: start)
        return MultiPolygon(try reader.geometry(depth: 0))
    }

    struct Reader {
        let bytes: [UInt8]
        var offset: Int
        var littleEndian = true

        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw Malformed(description: "the geometry ends early (byte \(offset))") }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func uint32() throws -> UInt32 { try unsigned(UInt32.self) }

        mutating func double() throws -> Double { Double(bitPattern: try unsigned(UInt64.self)) }

        /// The next `T.bitWidth / 8` bytes in the geometry's byte order.
        private mutating func unsigned<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws -> T {
            let count = T.bitWidth / 8
            guard offset + count <= bytes.count else { throw Malformed(description: "the geometry ends early (byte \(offset))") }
            var value: T = 0
            for index in 0..<count {
                let byte = T(bytes[offset + (littleEndian ? index : count - 1 - index)])
                value |= byte << (8 * index)
            }
            offset += count
            return value
        }

        /// One geometry with its own byte-order mark, inside `depth` collections: its polygons.
        mutating func geometry(depth: Int) throws -> [Polygon] {
            let order = try byte()
            guard order <= 1 else { throw Malformed(description: "byte \(offset - 1) is not a WKB byte-order mark") }
            littleEndian = order == 1
            var type = try uint32()
            var dimensions = 2
            if type & 0x8000_0000 != 0 { dimensions += 1 }
            if type & 0x4000_0000 != 0 { dimensions += 1 }
            if type & 0x2000_0000 != 0 { _ = try uint32() }  // EWKB SRID
            type &= 0x0FFF_FFFF
            switch type / 1000 {
            case 1, 2: dimensions += 1
            case 3: dimensions += 2
            default: break
            }
            switch type % 1000 {
            case 3: return [try polygon(dimensions: dimensions)]
            case 6, 7:  // MultiPolygon, or a GeometryCollection of areas
                guard depth < WKB.maximumNesting else {
                    throw Malformed(description: "the geometry nests collections more than \(WKB.maximumNesting) deep")
                }
                let count = try uint32()
                var polygons: [Polygon] = []
                for _ in 0..<count { polygons += try geometry(depth: depth + 1) }
                return polygons
            case 1, 4: throw Malformed(description: "the geometry is a point, not an area")
            case 2, 5: throw Malformed(description: "the geometry is a line, not an area")
            default: throw Malformed(description: "geometry type \(type) is not an area Sajian reads")
            }
        }

        mutating func polygon(dimensions: Int) throws -> Polygon {
            let ringCount = try uint32()
            var rings: [Ring] = []
            for _ in 0..<ringCount {
                let count = Int(try uint32())
                guard count >= 0, offset + count * dimensions * 8 <= bytes.count else {
                    throw Malformed(description: "a ring claims \(count) positions, more than the geometry holds")
                }
                var ring: Ring = []
                ring.reserveCapacity(count)
                for _ in 0..<count {
                    let x = try double(), y = try double()
                    offset += (dimensions - 2) * 8
                    ring.append(GeoPoint(x: x, y: y))
                }
                rings.append(Geometry.open(ring))
            }
            guard let exterior = rings.first else { return Polygon(exterior: []) }
            return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
        }
    }

    /// Little-endian WKB of a MultiPolygon (for test fixtures and GeoPackages Sajian writes).
    public static func data(_ shape: MultiPolygon) -> [UInt8] {
        var out: [UInt8] = []
        func uint32(_ value: UInt32) { for index in 0..<4 { out.append(UInt8((value >> (8 * UInt32(index))) & 0xFF)) } }
        func double(_ value: Double) { let bits = value.bitPattern; for index in 0..<8 { out.append(UInt8((bits >> (8 * UInt64(index))) & 0xFF)) } }
        out.append(1); uint32(6); uint32(UInt32(shape.polygons.count))
        for polygon in shape.polygons {
            out.append(1); uint32(3); uint32(UInt32(polygon.rings.count))
            for ring in polygon.rings {
                uint32(UInt32(ring.count + 1))
                for point in ring + [ring[0]] { double(point.x); double(point.y) }
            }
        }
        return out
    }
}

/// The GeoPackage binary header (OGC 12-128r18, §2.1.3) in front of the WKB: "GP", version, flags, SRS id and an
/// optional envelope.
public enum GeoPackageBinary {
    /// The SRS id the header names and where the WKB starts; nil for an empty geometry.
    public static func parse(_ bytes: [UInt8]) throws -> (srsID: Int32, wkbOffset: Int)? {
        guard bytes.count >= 8, bytes[0] == 0x47, bytes[1] == 0x50 else {
            throw WKB.Malformed(description: "the geometry does not start with the GeoPackage header \"GP\"")
        }
        let flags = bytes[3]
        let littleEndian = flags & 1 == 1
        let envelope = Int((flags >> 1) & 0x07)
        let envelopeBytes: Int
        switch envelope {
        case 0: envelopeBytes = 0
        case 1: envelopeBytes = 32
        case 2, 3: envelopeBytes = 48
        case 4: envelopeBytes = 64
        default: throw WKB.Malformed(description: "envelope code \(envelope) is not defined by GeoPackage")
        }
        if flags & 0x10 != 0 { return nil }  // empty geometry
        var srs: UInt32 = 0
        for index in 0..<4 { srs |= UInt32(bytes[4 + (littleEndian ? index : 3 - index)]) << (8 * UInt32(index)) }
        let start = 8 + envelopeBytes
        guard bytes.count > start else { throw WKB.Malformed(description: "the geometry ends inside its header") }
        return (Int32(bitPattern: srs), start)
    }

    /// A header with an xy envelope, then little-endian WKB.
    public static func data(_ shape: MultiPolygon, srsID: Int32) -> [UInt8] {
        var out: [UInt8] = [0x47, 0x50, 0, 0b0000_0011]
        let srs = UInt32(bitPattern: srsID)
        for index in 0..<4 { out.append(UInt8((srs >> (8 * UInt32(index))) & 0xFF)) }
        let box = shape.bounds
        for value in [box.minX, box.maxX, box.minY, box.maxY] {
            let bits = value.bitPattern
            for index in 0..<8 { out.append(UInt8((bits >> (8 * UInt64(index))) & 0xFF)) }
        }
        return out + WKB.data(shape)
    }
}
