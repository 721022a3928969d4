import SajianScene

/// A map's names as a reader reads them: a name set inside its region on two lines (`MapLabelPlacer`'s
/// `twoLineForms`: "Kab." over "Bekasi") is two text runs, one under the other and centred on the same point; here
/// they are one run, the lines joined by a space, in the first line's place.
public enum MapNameRuns {
    public static func joiningTwoLineNames(_ runs: [TextRun]) -> [TextRun] {
        var result: [TextRun] = []
        var index = 0
        while index < runs.count {
            let run = runs[index]
            if index + 1 < runs.count {
                let next = runs[index + 1]
                let lineHeight = run.ascent + run.descent
                let centred = abs((run.origin.x + run.width / 2) - (next.origin.x + next.width / 2)) < 0.01
                if centred, abs(next.origin.y - run.origin.y - lineHeight) < 0.01, Int(run.text) == nil, Int(next.text) == nil {
                    var joined = run
                    joined.text = run.text + " " + next.text
                    joined.origin.x = min(run.origin.x, next.origin.x)
                    joined.width = max(run.width, next.width)
                    result.append(joined)
                    index += 2
                    continue
                }
            }
            result.append(run)
            index += 1
        }
        return result
    }
}
