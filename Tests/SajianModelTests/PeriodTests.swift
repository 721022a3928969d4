import SajianModel
import XCTest

/// Period codes are read by kind, each against its own range, so that no code reaches a label it cannot name.
final class PeriodTests: XCTestCase {
    func testQuartersOutsideOneToFourAreNoPeriod() {
        for quarter in [0, 5, 6, 7, 8, 9] {
            for letter in ["Q", "T"] {
                XCTAssertNil(Period(code: "2024-\(letter)\(quarter)"), "\(letter)\(quarter)")
                XCTAssertEqual(Period.parse("2024-\(letter)\(quarter)"), .failure(.quarterOutOfRange(quarter)))
            }
        }
        XCTAssertEqual(Period(code: "2024-Q4"), .quarter(year: 2024, quarter: 4))
        XCTAssertEqual(Period(code: "2024-t1"), .quarter(year: 2024, quarter: 1))
    }

    func testMonthsSemestersAndYearsOutOfRangeSayWhich() {
        XCTAssertEqual(Period.parse("2024-13"), .failure(.monthOutOfRange(13)))
        XCTAssertEqual(Period.parse("2024-00"), .failure(.monthOutOfRange(0)))
        XCTAssertEqual(Period.parse("2024-S3"), .failure(.semesterOutOfRange(3)))
        XCTAssertEqual(Period.parse("1899"), .failure(.yearOutOfRange(1899)))
        XCTAssertEqual(Period.parse("2101-08"), .failure(.yearOutOfRange(2101)))
        XCTAssertEqual(Period.parse("2024-02 s.d. 2024-Q7"), .failure(.quarterOutOfRange(7)), "a span's ends are checked too")
        for code in ["kemarin", "", "24-08", "2024-8", "2024-+1", "+202", "2024-08-01", "2024-X1"] {
            XCTAssertEqual(Period.parse(code), .failure(.notACode), code)
        }
        XCTAssertEqual(Period.CodeProblem.monthOutOfRange(13).explanation, "the month 13 is not 01–12")
    }

    func testEveryKindInRangeIsRead() {
        XCTAssertEqual(Period(code: "1900"), .year(1900))
        XCTAssertEqual(Period(code: "2100-12"), .month(year: 2100, month: 12))
        XCTAssertEqual(Period(code: "2024-S2"), .semester(year: 2024, semester: 2))
        XCTAssertEqual(Period(code: "2024-01 s.d. 2024-11"), .span(from: .month(year: 2024, month: 1), through: .month(year: 2024, month: 11)))
    }
}
