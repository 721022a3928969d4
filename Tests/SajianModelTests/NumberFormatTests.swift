import SajianModel
import XCTest

final class NumberFormatTests: XCTestCase {
    func testIndonesianUsesDecimalCommaAndThousandsDot() {
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: 4.91), "4,91")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: 7_465_599), "7.465.599")
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: 2_811_449.27), "2.811.449,27")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: 999), "999")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: 1000), "1.000")
    }

    func testEnglishUsesDecimalPointAndThousandsComma() {
        let english = NumberFormat(locale: .english, decimals: 2)
        XCTAssertEqual(english.string(from: 4.91), "4.91")
        XCTAssertEqual(NumberFormat(locale: .english).string(from: 7_465_599), "7,465,599")
    }

    /// Proof-reading 15: Grafik 2.4's stack printed 405,3 and 179,3 beside a total of 584,5; a reader adds what is
    /// printed, so the check rounds as the page does (2.675 is 2,68, not binary arithmetic's 2,67).
    func testPrintedPartsAreAddedAsPrinted() {
        let one = NumberFormat(decimals: 1), two = NumberFormat(decimals: 2)
        XCTAssertEqual(two.printedValue(of: 2.675), 2.68)
        XCTAssertEqual(two.printedValue(of: -2.675), -2.68)
        XCTAssertTrue(one.printedPartsDisagree([405.26, 179.26], whole: 584.52), "405,3 + 179,3 = 584,6 beside 584,5")
        XCTAssertFalse(one.printedPartsDisagree([405.3, 179.2], whole: 584.5))
        XCTAssertTrue(NumberFormat(decimals: 0).printedPartsDisagree([1.4, 2.4], whole: 3.8), "1 + 2 printed beside 4")
    }

    /// A change is the difference of the two figures as printed (Kota Banjar's UMK), at the finer of two roundings.
    func testChangeIsTheDifferenceOfThePrintedFigures() {
        let rupiah = NumberFormat(decimals: 0)
        let wage = rupiah.printedChange(to: 1_998_119.05, from: 1_852_099.52)
        XCTAssertEqual(rupiah.string(from: wage.difference), "146.019", "1.998.119 − 1.852.100, not the sen's 146.020")
        XCTAssertFalse(wage.isZero)
        let mixed = NumberFormat(decimals: 1).printedChange(to: 4.94, from: 4.82, earlierFormat: NumberFormat(decimals: 2))
        XCTAssertEqual(mixed.format.decimals, 2)
        XCTAssertEqual(mixed.format.string(from: mixed.difference), "0,08", "4,9 − 4,82")
        XCTAssertTrue(NumberFormat(decimals: 1).printedChange(to: 4.94, from: 4.91).isZero, "both print 4,9")
    }

    func testRoundsHalfAwayFromZeroOnTheDecimalValue() {
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: 2.675), "2,68")  // binary 2.67499999…
        XCTAssertEqual(NumberFormat(decimals: 1).string(from: 0.05), "0,1")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: 2.5), "3")
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: 5), "5,00")
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: 1e-9), "0,00")
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: 9.995), "10,00", "a carry runs into the integer part")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: 99_999.5), "100.000")
        XCTAssertEqual(NumberFormat(decimals: 5).string(from: 0.00001), "0,00001")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: 1e20), "100.000.000.000.000.000.000")
        XCTAssertEqual(NumberFormat(decimals: 1).string(from: 0.25), "0,3")
    }

    func testNegativeNumbersUseTheMinusSignNotTheNilDash() {
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: -0.41), "\u{2212}0,41")
        XCTAssertEqual(NumberFormat(decimals: 0).string(from: -1_234_567), "\u{2212}1.234.567")
        XCTAssertEqual(NumberFormat(decimals: 2, minusSign: "-").string(from: -0.41), "-0,41")
        XCTAssertEqual(NumberFormat(decimals: 1).string(from: -0.04), "0,0", "a value that rounds to zero has no sign")
    }

    func testYearsCanBeWrittenWithoutGrouping() {
        XCTAssertEqual(NumberFormat(groupsThousands: false).string(from: 2024), "2024")
    }

    func testSymbolsStandForMissingValues() {
        let format = NumberFormat(decimals: 2)
        XCTAssertEqual(format.string(from: StatisticalValue.nothingToReport), "-")
        XCTAssertEqual(format.string(from: StatisticalValue.notAvailable), "...")
        XCTAssertEqual(format.string(from: StatisticalValue.withheld), "x")
        XCTAssertEqual(format.string(from: StatisticalValue.number(4.91)), "4,91")
        XCTAssertEqual(StatisticalSymbol.withheld.legend(in: .indonesian), "x = dirahasiakan")
        XCTAssertNil(StatisticalValue.withheld.number)
    }

    func testUnitsConvertBetweenCountsOfPeopleOnly() {
        XCTAssertEqual(MeasureUnit(name: "juta_orang"), .millionPersons)
        XCTAssertEqual(MeasureUnit(name: "ribu orang"), .thousandPersons)
        XCTAssertEqual(MeasureUnit.persons.factor(to: .thousandPersons), 0.001)
        XCTAssertEqual(MeasureUnit.millionPersons.factor(to: .persons), 1_000_000)
        XCTAssertNil(MeasureUnit.percent.factor(to: .persons))
        XCTAssertEqual(MeasureUnit(name: "rupiah_per_bulan").name, "rupiah per bulan")
    }

    func testPeriodsReadAndNameTheFormsLabourDataUses() {
        let vocabulary = Vocabulary.indonesian
        XCTAssertEqual(Period(code: "2024-08")?.label(in: vocabulary), "Agustus 2024")
        XCTAssertEqual(Period(code: "2024-02")?.label(in: vocabulary, abbreviated: true), "Feb 2024")
        XCTAssertEqual(Period(code: "2024-T3")?.label(in: vocabulary), "Triwulan III 2024")
        XCTAssertEqual(Period(code: "2024")?.label(in: vocabulary), "2024")
        XCTAssertEqual(Period(code: "2024-01 s.d. 2024-11")?.label(in: vocabulary), "Januari–November 2024")
        XCTAssertNil(Period(code: "2024-13"))
        XCTAssertNil(Period(code: "Agustus"))
        XCTAssertLessThan(Period(code: "2024-02")!, Period(code: "2024-08")!)
        XCTAssertLessThan(Period(code: "2023")!, Period(code: "2024-T1")!)
    }

    func testDiagnosticsNameFileLineAndRemedy() {
        let diagnostic = Diagnostic(at: SourceLocation(file: "Templates/a.yaml", line: 12, column: 9), "no sumber", hint: "Add `sumber:`.")
        XCTAssertEqual(diagnostic.description, "Templates/a.yaml:12:9: error: no sumber\n    Add `sumber:`.")
    }

    /// Issue 15: 1e308 printed "NaN" on axes and in CSV (`Decimal` holds exponents up to 127).
    func testHugeNumbersPrintTheirDigitsNeverNaN() {
        let text = NumberFormat(locale: .english, decimals: 0, groupsThousands: false, minusSign: "-").string(from: 1e308)
        XCTAssertEqual(text.count, 309)
        XCTAssertTrue(text.hasPrefix("1000000000000000010979063629440455417404923096773118463368106829031575854049114915371633289784946888990612496697211725156115902837431400883283070091981460460312716645029330271856974896995885590433383844661650011784268976262129451776280911957867074581227839701717844151052918028932078732729748857154302231183"))
        XCTAssertEqual(NumberFormat(locale: .indonesian, decimals: 1).string(from: -2e16), "\u{2212}20.000.000.000.000.000,0")
        XCTAssertEqual(NumberFormat(decimals: 2).string(from: .infinity), "...")
    }
}
