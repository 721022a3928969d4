import SajianModel

/// A region's code and its name are one dimension with two faces: the code is the identity (in a reference list),
/// the name its label. A dataset that has both columns (`kode_kabupaten_kota` and `nama_kabupaten_kota`) varies them
/// together, one to one; ranking, labels and joins treat the pair as one dimension, whichever of them the file has.
public struct RegionFaces {
    let dataset: Dataset

    public init(_ dataset: Dataset) { self.dataset = dataset }

    /// Whether dimensions `a` and `b` vary together one to one over `observations`: each value of one goes with
    /// exactly one value of the other.
    public static func varyTogether(_ a: Int, _ b: Int, in observations: [Observation]) -> Bool {
        var forward: [String: String] = [:], backward: [String: String] = [:]
        for observation in observations {
            let x = observation.coordinates[a], y = observation.coordinates[b]
            if let seen = forward.updateValue(y, forKey: x), seen != y { return false }
            if let seen = backward.updateValue(x, forKey: y), seen != x { return false }
        }
        return true
    }

    /// `indices` grouped into dimensions that vary together over `observations` (the faces of one region).
    public static func groups(_ indices: [Int], in observations: [Observation]) -> [[Int]] {
        var groups: [[Int]] = []
        for index in indices {
            if let group = groups.firstIndex(where: { varyTogether($0[0], index, in: observations) }) {
                groups[group].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }

    /// Whether dimension `index` holds regions: it has a reference list, it is `wilayah`, or it is the name face of
    /// a dimension that has a reference list.
    public func isRegional(_ index: Int, among observations: [Observation]? = nil) -> Bool {
        let dimensions = dataset.metadata.dimensions
        if dimensions[index] == "wilayah" || dataset.metadata.codeLists[dimensions[index]] != nil { return true }
        guard index != dataset.periodDimensionIndex else { return false }
        return dimensions.indices.contains { other in
            other != index && dataset.metadata.codeLists[dimensions[other]] != nil
                && Self.varyTogether(other, index, in: observations ?? dataset.observations)
        }
    }

    /// Of a group of faces, the one whose values are printed: a kabupaten/kota code (printed by its name in the
    /// reference list, whatever case or form the file's name column has), else a name column (no reference list, not
    /// all digits), else the first.
    public func labelFace(of group: [Int], in observations: [Observation]) -> Int {
        let dimensions = dataset.metadata.dimensions
        if let coded = group.first(where: { index in
            guard let list = dataset.metadata.codeLists[dimensions[index]], list.isRegency else { return false }
            return observations.allSatisfy { list.label(of: $0.coordinates[index]) != nil }
        }) { return coded }
        return group.first { index in
            dataset.metadata.codeLists[dimensions[index]] == nil
                && !(observations.first.map { $0.coordinates[index].allSatisfy { $0.isNumber || $0 == "." } } ?? true)
        } ?? group[0]
    }

    /// A region value as printed: the metadata's label, else the reference list's name for a kabupaten/kota code,
    /// else as written.
    public func label(_ value: String, dimension index: Int) -> String {
        let name = dataset.metadata.dimensions[index]
        if let label = dataset.metadata.valueLabels[name]?[value] { return label }
        if let list = dataset.metadata.codeLists[name], list.isRegency, let label = list.label(of: value) ?? list.match(value).entry?.name {
            return label
        }
        return value
    }
}
