import SajianModel

/// Reads the period a column heading names, as BPS tables and office spreadsheets write them: `2024-02`,
/// `Februari 2024`, `Agu 2024`, `Feb-24`, `Triwulan I 2024`, `Semester 2 2024`, `2024`, or a year over its months on
/// two heading rows joined as `2024 Februari`. The result is a period code (`2024-02`, `2024-Q1`, `2024-S2`, `2024`).
public enum PeriodHeading {
    /// Month names and abbreviations, Indonesian and English, lower case.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["januari", "jan", "january"], ["februari", "feb", "pebruari", "peb", "february"], ["maret", "mar", "march"],
            ["april", "apr"], ["mei", "may"], ["juni", "jun", "june"], ["juli", "jul", "july"],
            ["agustus", "agu", "agt", "ags", "aug", "august"], ["september", "sep", "sept"], ["oktober", "okt", "oct", "october"],
            ["november", "nov", "nop"], ["desember", "des", "dec", "december"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() { for word in words { table[word] = index + 1 } }
        return table
    }()

    static let romans = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    /// The period code of `heading`, or nil when it names no period or names it ambiguously (two years, two months).
    public static func code(of heading: String) -> String? {
        let text = heading.trimmingSpaces
        // A period code, even a wrong one (`2024-13`), is taken as written: the import then says what is wrong with it.
        if case .success = Period.parse(text) { return text }
        if text.range(of: #"^\d{4}-[A-Za-z]?\d{1,2}$"#, options: .regularExpression) != nil { return text }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        var years: [Int] = [], shortYears: [Int] = [], monthsFound: [Int] = []
        var quarter: Int?, semester: Int?
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : nil
            if word.count == 4, let year = Int(word) {
                years.append(year)
            } else if word.count == 2, let year = Int(word) {
                shortYears.append(2000 + year)
            } else if let month = months[word] {
                monthsFound.append(month)
            } else if ["triwulan", "tw", "kuartal", "quarter"].contains(word), let next, let number = romans[next] ?? Int(next), (1...4).contains(number) {
                quarter = number
                index += 1
            } else if word.count == 2, word.first == "q", let number = Int(word.dropFirst()), (1...4).contains(number) {
                quarter = number
            } else if ["semester", "sem"].contains(word), let next, let number = romans[next] ?? Int(next), (1...2).contains(number) {
                semester = number
                index += 1
            } else if ["triwulan", "tw", "kuartal", "quarter", "semester", "sem"].contains(word) {
                return nil  // `Triwulan V 2024`: a quarter that is none
            }
            index += 1
        }
        // `Feb-24`: a two-digit year only beside a month and without a four-digit one.
        if years.isEmpty, !monthsFound.isEmpty, shortYears.count == 1 { years = shortYears }
        guard years.count == 1, let year = years.first, Period.years.contains(year), monthsFound.count <= 1,
              [monthsFound.first.map { _ in 1 }, quarter.map { _ in 1 }, semester.map { _ in 1 }].compactMap({ $0 }).count <= 1 else { return nil }
        if let month = monthsFound.first { return "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }
        if let quarter { return "\(year)-Q\(quarter)" }
        if let semester { return "\(year)-S\(semester)" }
        return "\(year)"
    }
}
