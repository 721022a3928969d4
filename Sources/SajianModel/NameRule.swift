/// The rule for the names Sajian turns into file names and looks files up by (figure and narasi ids, dataset ids):
/// 1 to `longest` ASCII letters, digits, `-` and `_`. A name can never be a path, so `id: ../../x` cannot write
/// outside the output folder and `data: ../x` cannot read outside the datasets folder.
public enum NameRule {
    /// The longest name, so that every file name made from one stays well under the file system's limit.
    public static let longest = 100

    /// Whether `text` is a name.
    public static func allows(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= longest
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x5F }
    }
}
