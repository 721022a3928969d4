import Foundation
import SajianLayout
import SajianModel
import SajianScene

/// The measures of region names on a map, in points: kept here by name so that a minimum type size for an output
/// can be applied to them in one place.
struct MapLabelMetrics {
    /// A region's name is tried at the points of a grid of this many divisions each way over the region nearest its
    /// centroid.
    var gridDivisions = 12
    /// Space kept around a name, left and right, …
    var paddingX = 1.0
    /// … and above and below.
    var paddingY = 1.0
    /// How far from the region's label point a name set outside it may stand (the leader's lengths tried, in order).
    var leaderLengths: [Double] = [9, 14, 20, 27, 35, 44, 54, 66, 80]
    /// The longest a leader crossing other regions may be (a region with no coast of its own reaches the sea).
    var maximumLandLeaderLength = 44.0
    /// The directions tried for a leader, as many as this, evenly round the circle (first: east).
    var leaderDirections = 16
    /// Space between a leader's end and the name.
    var leaderGap = 1.0
    /// Stroke width of a leader line.
    var leaderWidth = 0.45
    /// Width of the casing in the sea's colour each side of a leader and round its dot: a dark leader over a dark
    /// class (Jawa Barat's on the booklets' maps) stays visible, and over the sea the casing does not show. 0,4 pt
    /// vanished on screen, and the leaders' ends with it, on the navy classes (proof-reading 54).
    var leaderCasing = 0.6
    /// Radius of the dot at a leader's start, inside its region.
    var leaderDotRadius = 0.9
    /// How far apart, centre to centre, two leaders' dots had best stand, and twice how far a dot had best keep from
    /// other regions' borders: anchors nearer are tried only after every anchor that keeps this far (Bengkulu's and
    /// Lampung's dots stood 0,8 mm apart at their border junction, Kalimantan Utara's and Timur's 2 mm apart on their
    /// shared border, proof-reading 8). From the border only half: a whole spacing put Jawa Tengah's dot in its
    /// western end, on a leader across Jawa Barat's coast, its centre being the narrow middle of a narrow province.
    var leaderDotSpacing = 4.5
    /// How far inside every line, its own coast's too, a leader's dot is moved once every name is placed, where its
    /// dot stands on a line and its leader, to the same name, stays clear from there (`settleDotsInland`): a dot
    /// 0,14 pt from the coast stood half in the sea (proof-reading 48, W3).
    var leaderDotInland = 2.0
    /// The farthest a dot is moved inland (`leaderDotInland`).
    var leaderDotNudge = 14.0
    /// The spacing of the grid of places round a dot where it may move (`settleDotsInland`).
    var leaderDotGridStep = 1.0
    /// The least distance from a leader to another leader's dot, centre to line: a leader passing nearer reads as
    /// that dot's ("Kep. Bangka Belitung"'s leader passed 0,2 mm from Banten's dot, proof-reading 12, Q-1). 1 mm.
    var leaderPassingDotClearance = 72 / 25.4
    /// How far a highlighted region's outline reaches outside its border (`MapLayout`'s `highlightWidth`): on a national
    /// map no other name or number, and no name of its own outside it, comes nearer with its text's bounds (proof-reading 12, Q-2: Sulawesi
    /// Selatan's "27" and its white halo blanked Sulawesi Barat's outline; Q-4: "Sum. Utara"'s halo, the outline round Nias).
    var highlightOutlineReach = 1.4
    /// How much farther from a highlighted region's outline another region's name on a leader keeps: just clear of
    /// it, "Sulteng" stood under Maluku Utara's outlined Sula Islands on its booklet and read as their name
    /// (proof-reading 28).
    var otherNameOutlineGap = 2.5
    /// The points a leader may start from, tried in turn: the region's label point nearest its centroid, then others
    /// spread out to the farthest (a leader from near the coast when one from the centre is blocked).
    var leaderAnchorCount = 5
    /// Width of the halo around a name on a hatched region (in its fill) or, forced, over more than one fill (white).
    var haloWidth = 2.0
    /// The least space between a name's padded box (which holds its halo) and the map's frame: more than half the
    /// frame's line (`MapMetrics.frameWidth`), so that no halo blanks a piece of it; a name at the frame's edge
    /// read as cut by it ("Sum. Barat" on the web map, proof-reading 16, #5).
    var frameGap = 0.75
    /// Cells of the index of drawn lines used to test where a name may go.
    var edgeCellSize = 16.0
    /// The finer grid's cells (points) that tell at once that a drawn line passes through a box (`EdgeIndex`).
    var edgeFineCellSize = 2.0
    /// How many sample points across a name's box (and three down) decide the fill under it.
    var fillSamplesAcross = 6
    /// The least space between two names side by side, in ems of the names' type (an em space).
    var nameGapEms = 1.0
    /// The longest a name's leader may be where the map numbers what it cannot name with the key in the figure's
    /// note (a region that must be named reaches farther): a long leader takes the sea a neighbour's number needs
    /// (Lampung's across the Indian Ocean left Bengkulu's "7" no place but over Sumatera Barat, proof-reading 8), and
    /// the reader follows it across other regions.
    var maximumNameLeaderLength = 27.0
    /// The longest leader a booklet's own (highlighted) region's name is tried on by every way, before any longer one:
    /// its reader looks for it first, and a long leader to it reads as a fault ("Sum. Utara" 15 mm from its dot,
    /// proof-reading 11). 20 pt (7 mm).
    var maximumSubjectLeaderLength = 20.0
    /// The longest a number's leader to the sea may be before the number is set over its own region instead.
    var maximumNumberLeaderLength = 20.0
    /// A leader longer than this, or one that crosses other regions, reaches
    /// far (`State.farReaching`): its region goes again ahead of the others, while the sea near it is open (DKI
    /// Jakarta's "11" ran 23 mm along the Java Sea on Sumatera Selatan's booklet, its place north of Jakarta taken by
    /// Banten's and Sumatera Selatan's names, proof-reading 9, S4). 27 pt (9,5 mm) from a dot inside the region is
    /// the leader most landlocked or crowded names need.
    var farLeaderLength = 27.0
    /// The longest a leader may be, as a fraction of the frame's width.
    var maximumLeaderFraction = 1.0 / 6
    /// The longest any leader may be, whatever the frame's width; a map of the whole country sets 12,5 mm
    /// (`MapMetrics.longestNationalLeader`).
    var longestLeader = Double.infinity
    /// Space between a key's number and its name, in ems.
    var keyNumberGapEms = 0.5
    /// Space between the key's columns, in ems.
    var keyColumnGapEms = 1.5
    /// The key's distance from the frame's edge.
    var keyInset = 4.0
    /// The least distance from a short key's box (one standing near its letters) to any drawn line (a coast), in ems:
    /// a key touching an island read it as a bullet of its first entry (Sangihe beside "A" on the infographic's maps,
    /// proof-reading 49, F10). A long key keeps its place in the sea: kept off the coasts too, contoh-peta's Jawa Barat
    /// key went to the note and the map numbered four more kabupaten/kota.
    var keyLandGapEms = 0.5
    /// The most numbered regions a key written in the figure's note may list (more would take the map's room: a
    /// figure of fixed height gives the note's lines from the map, which then names fewer regions still). 21: Papua
    /// Selatan's booklet numbers 21 provinces since numbers keep off its outline (proof-reading 12, Q-2), and with 20
    /// it left them all unnamed.
    var maximumNoteKeyEntries = 21
    /// A key of letters to at most this many regions stands nearest them, not in the frame's first free corner.
    var nearKeyEntries = 3

    static let standard = MapLabelMetrics()
}

/// A region as drawn, handed to the name placer: its rings on the page (outer rings and holes, as filled, even-odd)
/// and the fill they were drawn in.
struct DrawnRegion {
    var region: MapData.Region
    var rings: [[Point]]
    var fill: Color
    /// Hatched as *tidak ada data*: a name on it gets a halo in its fill, so the hatching stops short of the letters.
    var isHatched = false
    /// The number the region gets when its name fits nowhere: its place in the map's regions (1 for the first), so
    /// the same region has the same number on every map of the same regions (every booklet of a series, both maps
    /// of the bulletin), whichever others are numbered with it.
    var number = 0
}

/// Places region names (*nama wilayah*) on a thematic map.
///
/// Each name goes inside its region where its whole box lies on that region's fill (no border through it), at the
/// point nearest the region's centroid; otherwise in the sea beside it, on a leader line from inside the region that
/// crosses no other region, name or leader. The highlighted region (`sorot`) is placed first, then the highest and
/// the lowest value (the classes' extremes, which the narasi names); these are always named. Then every region
/// inside itself, larger regions first; then on leaders, smaller regions first: a small region has room for its name
/// only near it (DKI Jakarta between Sumatra, Kalimantan and Java), a large one on more of the sea. One name form holds for the whole map: the full names, or, when that leaves
/// more regions unnamed, every name in its short form from `MapVocabulary.regionShortNames` (`Kepulauan` → `Kep.`,
/// `Nusa Tenggara Barat` → `NTB` …), a short form being used only when it is no other region's name or short form.
/// Names keep an em space apart side by side; a leader is at most a sixth of the frame's width and crosses no
/// highlighted region and no other leader. On a compact map no name lies over another region's land, not even one
/// that must be named (`forcedNamesKeepOffOtherLand`: it then gets a number like the others). When every region is to be named, a region whose name fits nowhere gets
/// a number on the map, listed with its name in a key (`Nomor pada peta`) in the frame's open sea, or, where the sea
/// has no room for the whole key and `keyMayGoToNote` allows, in the figure's note; a region that gets neither (too
/// small for a number, or beyond the room of a key that must stay on the map) is named in the figure's note. The text colour follows the fill under every part of a box; no two boxes overlap and no drawn line
/// crosses a name but its own leader.
struct MapLabelPlacer {
    var typesetter: Typesetter
    let style: HouseStyle
    /// The style of the names; its colour is chosen per name.
    let labelStyle: TextStyle
    let frame: Rect
    /// Whether a booklet's own kabupaten/kota whose name fits on its own land or the sea nowhere is named on a short
    /// leader over a neighbour's fill (`Placement.leaderOverNeighbour`): on a kabupaten/kota map that names every unit.
    private var overNeighbourLast: Bool { keysPartly && namesEveryRegion && !forcedNamesKeepOffOtherLand }

    /// Where a name's padded box may stand: `frame`, `MapLabelMetrics.frameGap` inside it.
    private var labelFrame: Rect {
        Rect(x: frame.minX + measures.frameGap, y: frame.minY + measures.frameGap,
             width: frame.width - 2 * measures.frameGap, height: frame.height - 2 * measures.frameGap)
    }
    var regions: [DrawnRegion]
    /// False: only the highlighted region is named (the others still keep names off their borders).
    let namesEveryRegion: Bool
    /// The muted context drawn around the regions (neighbouring countries, surrounding provinces).
    let context: [[Point]]
    let contextColor: Color
    let seaColor: Color
    /// Boxes on the map no name or leader may cover (a compact map's scale and north arrow in a corner of sea).
    var obstacles: [Rect] = []
    var words = MapVocabulary.indonesian
    /// Whether the key to numbered regions may be written in the figure's note when the map has no room for all of
    /// it (a figure with a note under it; not a compact map on a canvas): every region then gets its number.
    var keyMayGoToNote = false
    /// Whether, where the key has room for only some of the numbered regions, those are keyed and the rest named in
    /// the note as having no room (a map of one province's kabupaten/kota). Otherwise (a national map) the regions stay
    /// unnamed and unnoted unless the whole key fits, on the map or in the note.
    var keysPartly = false
    /// Whether a name that must be named (`forced`) keeps off every other region's land, reaching twice as far to the
    /// sea, and is numbered and keyed where it fits nowhere (a compact map on an infographic, proof-reading: Papua
    /// Pegunungan's and Jawa Barat's names lay over other provinces; and any map that names only the regions picked,
    /// `sebut:` without `semua`: the infographic's 800 × 600 web map set "Papua Pegunungan 1,32" over Papua Barat and
    /// Papua Tengah, proof-reading 15). Otherwise it goes over land if it must.
    var forcedNamesKeepOffOtherLand = false
    var measures = MapLabelMetrics.standard
    /// Whether the regions keyed are marked with letters rather than their numbers (`lettered`): a map of the whole
    /// country with no region of its own (not a booklet's, whose series keeps each region's number on every map), or
    /// one that names only its picks with their values.
    var keysWithLetters = false
    /// The role of the key's group on the map.
    static let keyRole = "kunci nomor wilayah"

    /// The names a region may be written with, the full name first, then ever shorter forms, none of which is
    /// another region's name or short form.
    static func names(for all: [String], shortNames: [(long: String, short: String)] = MapVocabulary.indonesian.regionShortNames) -> [[String]] {
        let patterns = shortNames.map { (long: Array($0.long.utf8), short: $0.short) }
        let forms = all.map { name -> [String] in
            var names = [name]
            for (long, short) in patterns {
                if let shorter = replacingBytes(long, with: short, in: names.last!) { names.append(shorter) }
            }
            return names
        }
        var owners: [String: Set<Int>] = [:]
        for (index, names) in forms.enumerated() { for name in names { owners[name, default: []].insert(index) } }
        return forms.enumerated().map { index, names in
            [names[0]] + names.dropFirst().filter { owners[$0] == [index] }
        }
    }

    /// `text` with every `pattern` (UTF-8 bytes) replaced by `short`, or nil when it does not occur: compared as bytes
    /// (Foundation's `contains` and `replacingOccurrences` go through NSString, a fortieth of a national map's layout),
    /// and nothing copied unless it occurs (most names hold none of the long forms).
    private static func replacingBytes(_ pattern: [UInt8], with short: String, in text: String) -> String? {
        guard !pattern.isEmpty, text.utf8.count >= pattern.count else { return nil }
        let occurs = text.utf8.withContiguousStorageIfAvailable { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            let last = bytes.count - pattern.count
            for start in 0...last where bytes[start] == pattern[0] {
                if bytes[start..<start + pattern.count].elementsEqual(pattern) { return true }
            }
            return false
        }
        guard occurs ?? true else { return nil }
        let bytes = Array(text.utf8)
        var result: [UInt8] = [], index = 0, found = false
        result.reserveCapacity(bytes.count)
        while index < bytes.count {
            if bytes[index] == pattern[0], index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: short.utf8)
                index += pattern.count
                found = true
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return found ? String(decoding: result, as: UTF8.self) : nil
    }

    /// What the placer puts on a map and what it leaves for the figure's note.
    struct Placed {
        /// The names placed (text runs), the leader lines drawn and the key to numbered regions, as scene items.
        var items: [SceneItem]
        /// The regions left with neither a name nor a number (too small for one, or beyond the key's room), in map
        /// order.
        var unlisted: [String]
        /// The key to the numbered regions, with their full names, when it goes in the note rather than on the map.
        var noteKey: [(number: String, name: String)]
        /// The regions named by their names (not numbered), by their place in `regions`.
        var named: Set<Int> = []
        /// The leader lines drawn, each from its dot to its name.
        var leaders: [(Point, Point)] = []
        /// How many regions are left with neither a name nor a number, listed in the note (`unlisted`) or not.
        var unidentified = 0
        /// The key a note would give were every region left unnamed (numbered or not) numbered, in map order: where
        /// a fixed-size map lays itself out again above its key, the key it starts from.
        var keyForUnnamed: [(number: String, name: String)] = []
    }

    /// The names, leaders and key with the full names, or every name short when that names more regions.
    /// Placements that do not wait on each other's outcome are tried at once (`Concurrently`), measuring in turn.
    func items() -> Placed {
        var placer = self
        placer.typesetter = typesetter.serialized()
        return placer.placedConcurrently()
    }

    private func placedConcurrently() -> Placed {
        let forms = Self.names(for: regions.map(\.region.printedName), shortNames: words.regionShortNames)
        let ground = Ground(self)
        let fullForms = forms.map { [$0[0]] }
        // The highlighted region (a booklet's own) keeps its full name where it fits, whatever the others take, when
        // its short form is a contraction a reader must decode: "Kalbar" inside the outline of Kalimantan Barat's own
        // booklet named its subject so (proof-reading 40). "Kab. Bandung" still says the name, and stays.
        let shortest = zip(regions, forms).map { region, names in
            region.region.isHighlighted && names.count > 1 && !names.last!.contains(" ") ? [names[0], names.last!] : [names.last!]
        }
        // The short forms are tried where the full ones leave a region unnamed; with a spare core, beside the full ones
        // (most national maps leave one unnamed with the full ones).
        let full: Attempt, guessedShort: Attempt?
        if shortest != fullForms, Concurrently.splits {
            (full, guessedShort) = Concurrently.both({ place(fullForms, on: ground) }, { Optional(place(shortest, on: ground)) })
        } else {
            (full, guessedShort) = (place(fullForms, on: ground), nil)
        }
        // An attempt is measured by what stands over other land, then whether it names a booklet's own region far from
        // it (proof-reading 12: with a key of 21 in the note, Kalimantan Tengah's booklet named its own province 12 mm
        // off to key Bangka Belitung), then how many
        // regions it leaves with neither name nor number (listed in the note or not), then
        // its leaders' cost: a leader across another region reads as that region's (as much as 30 pt of leader),
        // every point beyond `farLeaderLength` counts, and a region numbered, not named, as 5 pt.
        func leaderCost(_ attempt: Attempt) -> Double {
            guard !keysPartly else { return 0 }
            return 30 * Double(attempt.crossing) + attempt.farReach + 5 * Double(attempt.unnamed)
        }
        func isBetter(_ a: Attempt, than b: Attempt) -> Bool {
            (a.overOtherLand.count, a.subjectFar, a.unnamed - a.numbered, a.subjectOver, leaderCost(a))
                < (b.overOtherLand.count, b.subjectFar, b.unnamed - b.numbered, b.subjectOver, leaderCost(b))
        }
        var chosen = full, chosenForms = fullForms
        if full.unnamed > 0, shortest != fullForms {
            var short = guessedShort ?? place(shortest, on: ground), shortForms = shortest
            // The subject's full name inside it must cost no other region its name: where it does (Jawa Timur's on
            // Nusa Tenggara Barat's booklet), the subject takes its short form as the others do.
            let plainShortest = forms.map { [$0.last!] }
            if plainShortest != shortest {
                let plain = place(plainShortest, on: ground)
                if plain.unnamed < short.unnamed || plain.unnamed == short.unnamed && isBetter(plain, than: short) {
                    (short, shortForms) = (plain, plainShortest)
                }
            }
            if short.unnamed < full.unnamed { (chosen, chosenForms) = (short, shortForms) }
        }
        // Regions left with neither a name nor a number go again, named right after the ones that must be: the sea
        // they needed had gone to larger regions' names (Banten on Bangka Belitung's booklet, proof-reading 7).
        // Kept when it leaves fewer out without putting more names or numbers over other land: there they read as
        // that region's (Bangka Belitung's "9" went into Kalimantan Barat when DKI Jakarta was named on Sumatera Utara's
        // booklet, proof-reading 8).
        // Regions numbered over other land go ahead too, in turn, up to three times, each keeping those before: named
        // early, while the sea is still open, a small region needs no number (Sulawesi Barat's "30" stood over
        // Sulawesi Tengah and Selatan when the Makassar Strait had gone to its neighbours' leaders, proof-reading 8).
        // Regions whose leaders reach far (`farReaching`) go ahead too.
        var ahead: [Int] = [], last = chosen
        let first = ground.first
        // The keyed regions' retry (below), where it applies to an attempt, gone ahead and numbered first as given.
        func keyedRetry(after attempt: Attempt, ahead: [Int], numbersFirst: [Int]) -> KeyedRetry? {
            let keyed = attempt.unnamedRegions
            guard !keysPartly, (1...3).contains(attempt.numbered), keyed.count == attempt.numbered,
                  attempt.unlisted.isEmpty, !keyed.allSatisfy(first.contains) else { return nil }
            return KeyedRetry(keyed: keyed, ahead: ahead.filter { !keyed.contains($0) }, numbersFirst: numbersFirst.filter { !keyed.contains($0) })
        }
        func retried(_ retry: KeyedRetry, forms: [[String]]) -> Attempt {
            place(forms, on: ground.namingFirst(first + retry.keyed.filter { !first.contains($0) }), ahead: retry.ahead, numbersFirst: retry.numbersFirst)
        }
        // The retry as it would be were the first round ahead to change nothing, tried beside that round where a core
        // is spare (that round is one placement alone) and used below only where the retry's arguments turn out the same.
        var guessed: (retry: KeyedRetry, forms: [[String]], attempt: Attempt)?
        let reachesFar = { (attempt: Attempt) in keysPartly ? [] : attempt.farReaching }
        // Where only far leaders are left to mend, once (each round places the names twice: the national map's
        // layout is to stay under 5 ms).
        var farRounds = 0
        for _ in 0..<6 where !(chosen.unlisted.isEmpty && chosen.overOtherLand.isEmpty && reachesFar(chosen).isEmpty) {
            if chosen.unlisted.isEmpty && chosen.overOtherLand.isEmpty {
                farRounds += 1
                if farRounds > 1 { break }
            }
            let more = (last.unlisted + last.overOtherLand + reachesFar(last)).filter { !ahead.contains($0) && !first.contains($0) }
            guard !more.isEmpty else { break }
            // The newly left out first, then those gone ahead before; and, where others went ahead before, the newly
            // left out alone (what went ahead before may be what took their room).
            let together = more + ahead
            let alone: Attempt?
            if ahead.isEmpty, Concurrently.splits, let guess = keyedRetry(after: chosen, ahead: together, numbersFirst: []) {
                let forms = chosenForms
                let (round, guessAttempt) = Concurrently.both({ place(forms, on: ground, ahead: together) }, { retried(guess, forms: forms) })
                (last, alone, guessed) = (round, nil, (guess, forms, guessAttempt))
            } else if ahead.isEmpty {
                (last, alone) = (place(chosenForms, on: ground, ahead: together), nil)
            } else {
                (last, alone) = Concurrently.both({ place(chosenForms, on: ground, ahead: together) },
                                                  { Optional(place(chosenForms, on: ground, ahead: more)) })
            }
            ahead = together
            if let alone, isBetter(alone, than: last) { last = alone }
            if isBetter(last, than: chosen) { chosen = last }
        }
        // A region numbered far from itself, over other land or not at all gets its number first, before the names that
        // must be placed took its place.
        // Up to three times, each adding the regions the last attempt left so: numbers placed first take the room
        // another small region's number needed (Bangka Belitung's and DKI Jakarta's, on Kalimantan Barat's booklet).
        var numbersFirst: [Int] = [], latest = chosen
        for _ in 0..<(keysPartly ? 0 : chosen.unlisted.isEmpty && chosen.overOtherLand.isEmpty ? 1 : 3) {
            let before = numbersFirst.count
            for owner in latest.unlisted + latest.overOtherLand + latest.farReaching
            where !latest.named.contains(owner) && !first.contains(owner) && !numbersFirst.contains(owner) {
                numbersFirst.append(owner)
            }
            guard numbersFirst.count > before else { break }
            // With a highlighted region that must be named: also with it named before those numbers, right beside it
            // (proof-reading 11: Jawa Timur's "15", placed first, took the Java Sea beside Kalimantan Tengah on its own
            // booklet; placed before it, Sumatera Selatan's name took DKI Jakarta's number's place on its).
            if first.contains(where: { regions[$0].region.isHighlighted }) {
                let (plain, subjectFirst) = Concurrently.both(
                    { place(chosenForms, on: ground, ahead: ahead, numbersFirst: numbersFirst) },
                    { place(chosenForms, on: ground, ahead: ahead, numbersFirst: numbersFirst, subjectBeforeNumbers: true) })
                latest = isBetter(subjectFirst, than: plain) ? subjectFirst : plain
            } else {
                latest = place(chosenForms, on: ground, ahead: ahead, numbersFirst: numbersFirst)
            }
            if isBetter(latest, than: chosen) { chosen = latest }
        }
        // A key of one to three numbers ("Nomor pada peta: 38 Papua Pegunungan" on contoh-peta's Peta 2) reads as a
        // fallback: those regions are named as those that must be, whatever it takes, where that names more of them
        // (not always all: the standalone maps at 1000 px named Jawa Tengah and Sulawesi Tengah but still had to key
        // Papua Pegunungan, and kept all three numbers; proof-reading 45b, N1; a region that must be named already
        // goes first and stays where it is in the order), leaves no region
        // without its name or number, no more names or numbers over other land than before, and no more leaders
        // across other regions (one more for each region with no coast, whose leader must cross one; proof-reading 26:
        // Peta 1 names Papua Pegunungan so, as its lowest value, its leader across Papua). Their numbers are not
        // placed first. On a map with a highlighted region (a booklet's) too, where the subject is named no farther
        // and no more over other land than before: there a name newly placed in the sea had stood by the highlighted
        // outline and read as its ("Sulteng" under Maluku Utara's Sula Islands, proof-reading 28), which every other
        // name now keeps `otherNameOutlineGap` from; without the retry, 21 of 38 booklets keyed "26 Sulawesi Tengah"
        // (proof-reading 45, F6); four still key one or two (DKI Jakarta, DI Yogyakarta, Sulteng, Papua Pegunungan).
        if let retry = keyedRetry(after: chosen, ahead: ahead, numbersFirst: numbersFirst) {
            let keyed = retry.keyed
            let named = guessed.flatMap { $0.retry == retry && $0.forms == chosenForms ? $0.attempt : nil } ?? retried(retry, forms: chosenForms)
            // A landlocked region named on a leader across a neighbour may cost the retry that crossing: only a booklet's
            // own, since no other is named so (proof-reading 50, F7; allowed for any, the retry took DKI Jakarta's and DI
            // Yogyakarta's letters across Jawa Barat and Jawa Tengah on booklets 18 and 35, proof-reading 51).
            let landlocked = keyed.filter { regions[$0].region.isHighlighted && !hasCoast($0, landOwner: ground.landOwner(at:)) }.count
            if named.unnamed < chosen.unnamed, named.unlisted.isEmpty, named.overOtherLand.count <= chosen.overOtherLand.count, named.subjectFar <= chosen.subjectFar,
               named.subjectOver <= chosen.subjectOver, named.crossing <= chosen.crossing + landlocked {
                chosen = named
            }
        }
        // A booklet's own kabupaten/kota still unnamed after every other name (its one short leader over a neighbour
        // taken by their names) goes before them all, on that leader: its reader looks for it first, and a neighbour
        // that loses its name to it is numbered and keyed (proof-reading 12, Q-7: Kota Bandung, Kab. Purwakarta, Kab.
        // Bandung Barat and Kota Tasikmalaya showed their own unit only as a number).
        if overNeighbourLast, let subject = first.first(where: { regions[$0].region.isHighlighted }), !chosen.named.contains(subject) {
            let subjectFirst = place(chosenForms, on: ground, ahead: ahead, numbersFirst: numbersFirst, subjectOverNeighbourFirst: true)
            if isBetter(subjectFirst, than: chosen) { chosen = subjectFirst }
        }
        // The dots of the placement kept settled inland, once (no comparison of placements reads where they stand).
        var final = chosen.state
        settleDotsInland(&final, on: ground)
        let items = final.leaders(color: style.textColor, width: max(measures.leaderWidth, style.leastLineWidth ?? 0), casing: measures.leaderCasing,
                                  casingColor: seaColor)
            + final.names
        let placed = Placed(items: items, unlisted: chosen.unlisted.map { regions[$0].region.name }, noteKey: chosen.noteKey,
                            named: chosen.named, leaders: final.leaderSegments, unidentified: chosen.unnamed - chosen.numbered,
                            keyForUnnamed: chosen.unnamedRegions.map { (String(regions[$0].number), regions[$0].region.printedName) })
        return keysWithLetters ? lettered(placed, unnamed: chosen.unnamedRegions) : placed
    }

    /// `placed` with the numbers of the regions it keys written as letters, A, B, … in map order, in the map, its key
    /// and the note's key: a number on a map of values reads as one ("38" in Papua Pegunungan on a TPT map,
    /// proof-reading 46, C9; 47, W2). A number on the map keeps its centre; in the key the column of marks narrows to
    /// the widest letter, the names with it. More than there are letters keep their numbers.
    private func lettered(_ placed: Placed, unnamed: [Int]) -> Placed {
        var drawn = Set<String>()
        func collect(_ items: [SceneItem]) {
            for item in items {
                if case .text(let run) = item { drawn.insert(run.text) } else if case .group(let group) = item { collect(group.items) }
            }
        }
        collect(placed.items)
        let noted = Set(placed.noteKey.map(\.number))
        let keyed = unnamed.sorted().filter { drawn.contains(String(regions[$0].number)) || noted.contains(String(regions[$0].number)) }
        guard (1...MapLayout.keyLetters.count).contains(keyed.count) else { return placed }
        let letters = Dictionary(uniqueKeysWithValues: zip(keyed.map { String(regions[$0].number) }, MapLayout.keyLetters))
        let width = { (text: String, style: TextStyle) in self.typesetter.measurer.width(of: text, style: style) }
        // In the key, the column of marks narrows to the widest letter and the names move left with it.
        func rewritten(_ items: [SceneItem], keyShift: Double?) -> [SceneItem] {
            items.map { item in
                switch item {
                case .text(var run):
                    if keyShift != nil, run.text == words.numberedRegions {
                        (run.text, run.width) = (words.letteredRegions, width(words.letteredRegions, run.style))
                    } else if let letter = letters[run.text] {
                        let new = width(letter, run.style)
                        run.origin.x += keyShift.map { run.width - new - $0 } ?? (run.width - new) / 2
                        (run.text, run.width) = (letter, new)
                    } else if let keyShift {
                        run.origin.x -= keyShift
                    }
                    return .text(run)
                case .group(var group):
                    var shift = keyShift
                    if group.role == Self.keyRole {
                        let marks = group.items.compactMap { item -> TextRun? in if case .text(let run) = item, letters[run.text] != nil { run } else { nil } }
                        shift = (marks.map(\.width).max() ?? 0) - (marks.map { width(letters[$0.text]!, $0.style) }.max() ?? 0)
                    }
                    group.items = rewritten(group.items, keyShift: shift)
                    return .group(group)
                default:
                    return item
                }
            }
        }
        var result = placed
        result.items = rewritten(placed.items, keyShift: nil)
        result.noteKey = placed.noteKey.map { (letters[$0.number] ?? $0.number, $0.name) }
        result.keyForUnnamed = placed.keyForUnnamed.map { (letters[$0.number] ?? $0.number, $0.name) }
        return result
    }

    /// What every placement of the names starts from, whichever name form it tries: the index of drawn lines, the
    /// boxes around regions and context, each region's label points and the order the regions are named in.
    /// A class, built once a layout and never changed: every placement, and every closure that asks it where land
    /// lies, shares the one (as a struct, each such closure copied its two dozen arrays).
    private final class Ground {
        let state: State
        let bounds: [BoundingBox2D]
        let contextBounds: [BoundingBox2D]
        let labelPoints: [[Point]]
        /// The box of each region's largest ring, where its label points lie: a name inside it fits in this box.
        let labelBounds: [BoundingBox2D]
        /// Each region's rings and the context's, their edges by band, for `RingBands.evenOdd(_:_:)`.
        let ringBands: [[RingBands]]
        let contextBands: [RingBands]
        /// Where each region's leaders may start, best first (`leaderAnchors`, dots clear of other regions first).
        let anchors: [[Point]]
        /// The regions that must be named, and the order every region is named in, those first.
        let first: [Int]
        let order: [Int]

        /// This ground with `first` named first, then the others in this ground's order.
        func namingFirst(_ first: [Int]) -> Ground {
            Ground(copying: self, first: first, order: first + order.filter { !first.contains($0) })
        }

        private init(copying ground: Ground, first: [Int], order: [Int]) {
            (state, bounds, contextBounds, labelPoints, labelBounds) = (ground.state, ground.bounds, ground.contextBounds, ground.labelPoints, ground.labelBounds)
            (ringBands, contextBands, anchors) = (ground.ringBands, ground.contextBands, ground.anchors)
            (self.first, self.order) = (first, order)
        }

        /// The region under a point (-1: the neighbours' land, nil: the sea), and its fill: the one drawn last there,
        /// which is seen where neighbours' rings overlap (Papua's over Papua Tengah's coast, where "37" stood).
        func landOwner(at point: Point) -> Int? {
            for index in bounds.indices.reversed() where bounds[index].contains(point) {
                if RingBands.evenOdd(ringBands[index], point) { return index }
            }
            for index in contextBounds.indices where contextBounds[index].contains(point) && contextBands[index].contains(point) {
                return -1
            }
            return nil
        }

        /// Built in two steps, each split over two threads (`Concurrently`): the index of lines beside the regions'
        /// boxes and edge bands; then each region's label points and leaders' anchors.
        init(_ placer: MapLabelPlacer) {
            let (state, shapes) = Concurrently.both({ Self.lines(placer) }, { Self.shapes(placer) })
            self.state = state
            let largest: [[Point]?]
            (bounds, ringBands, contextBands, contextBounds, labelBounds, largest) = shapes
            // A label point where a region drawn later covers the owner's fill (neighbours' rings overlap a little in
            // the boundary file; a kota drawn over the kabupaten around it) would put a leader's dot on that region:
            // it is passed over (the Kab. Cirebon leader started in Kota Cirebon, proof-reading 5).
            // Of the leaders' anchors, those whose dot stays clear of other regions' borders are tried first: in a
            // notch of Kota Cirebon's outline, Kab. Cirebon's dot, a point outside it, still covered its fill
            // (proof-reading 7). The others follow, so a small region keeps every place it had to try (and a dot may
            // still touch a neighbour where none of the clear ones leads to a place).
            // Those a comfortable distance inside (half `leaderDotSpacing`) come before those just clear of the border.
            let regions = placer.regions, bounds = bounds, ringBands = ringBands, edges = state.edges
            let clearance = placer.measures.leaderDotRadius + placer.measures.leaderWidth
            let comfortable = max(clearance, placer.measures.leaderDotSpacing / 2)
            let perRegion = Concurrently.map(regions.count) { owner -> (points: [Point], anchors: [Point]) in
                // Only the regions drawn later whose boxes meet the owner's can cover its points.
                let over = regions.indices.dropFirst(owner + 1).filter { bounds[$0].intersects(bounds[owner]) }
                let grid = largest[owner].map { MapLabelPlacer.labelPoints(onRing: $0, divisions: placer.measures.gridDivisions) } ?? []
                let points = grid.filter { point in
                    !over.contains { other in bounds[other].contains(point) && RingBands.evenOdd(ringBands[other], point) }
                }
                let spread = placer.leaderAnchors(points)
                func isClear(_ point: Point, by distance: Double, ofItsOwn: Bool = false) -> Bool {
                    !edges.anyCrossing(Rect(x: point.x - distance, y: point.y - distance, width: 2 * distance, height: 2 * distance),
                                       except: ofItsOwn ? nil : owner)
                }
                // Within each level, a dot clear of its own region's coast too before one on it: Sulawesi Tengah's dot
                // stood 0,14 pt from the Gulf of Tomini, half in the sea (proof-reading 46, C6).
                let tier = spread.map { point in
                    2 * (isClear(point, by: clearance) ? (isClear(point, by: comfortable) ? 0 : 1) : 2)
                        + (isClear(point, by: clearance, ofItsOwn: true) ? 0 : 1)
                }
                return (points, (0...5).flatMap { level in spread.indices.filter { tier[$0] == level }.map { spread[$0] } })
            }
            labelPoints = perRegion.map(\.points)
            anchors = perRegion.map(\.anchors)
            let first = placer.mustName
            self.first = first
            order = first + placer.regions.indices.filter { !first.contains($0) }.sorted { bounds[$0].area > bounds[$1].area }
        }

        /// The state every placement starts from: the index of the regions' and the context's lines, and the
        /// highlighted regions' outline.
        private static func lines(_ placer: MapLabelPlacer) -> State {
            var state = State(edges: EdgeIndex(cellSize: placer.measures.edgeCellSize, fineCellSize: placer.measures.edgeFineCellSize,
                                               frame: placer.frame))
            state.taken = placer.obstacles
            state.leaderDotRadius = placer.measures.leaderDotRadius
            for (owner, region) in placer.regions.enumerated() {
                for ring in region.rings { state.edges.insert(ring, owner: owner) }
            }
            for ring in placer.context { state.edges.insert(ring, owner: -1) }
            state.edges.finishInserting()
            // On a national map (not a kabupaten/kota map, whose kota lie inside the highlighted kabupaten and carry
            // their numbers on themselves, by its outline).
            let highlighted = placer.regions.indices.filter { placer.regions[$0].region.isHighlighted }
            if !highlighted.isEmpty, !placer.keysPartly {
                var outline = EdgeIndex(cellSize: placer.measures.edgeCellSize, fineCellSize: placer.measures.edgeFineCellSize, frame: placer.frame)
                for owner in highlighted { for ring in placer.regions[owner].rings { outline.insert(ring, owner: owner) } }
                outline.finishInserting()
                state.outline = outline
                // From the text's bounds, where its halo ends: the padding is part of the reach.
                state.outlineReach = max(0, placer.measures.highlightOutlineReach - min(placer.measures.paddingX, placer.measures.paddingY))
            } else if !highlighted.isEmpty {
                // On a kabupaten/kota map the highlighted unit's outline is kept clear by a number that stood on it
                // only (`placeNumber`): a kota's number centred on it blanked the outline of the kabupaten round or
                // beside it (proof-reading 13, Q-1).
                var outline = EdgeIndex(cellSize: placer.measures.edgeCellSize, fineCellSize: placer.measures.edgeFineCellSize, frame: placer.frame)
                for owner in highlighted { for ring in placer.regions[owner].rings { outline.insert(ring, owner: owner) } }
                outline.finishInserting()
                state.outline = outline
                state.outlineReach = max(0, placer.measures.highlightOutlineReach - min(placer.measures.paddingX, placer.measures.paddingY))
                state.outlineOnlyForNumbers = true
            }
            return state
        }

        /// Each region's box, its rings' edge bands, its largest ring (where its label points lie) and that ring's box,
        /// and the context's bands and boxes.
        private static func shapes(_ placer: MapLabelPlacer)
            -> ([BoundingBox2D], [[RingBands]], [RingBands], [BoundingBox2D], [BoundingBox2D], [[Point]?]) {
            let bounds = placer.regions.map { region in region.rings.reduce(BoundingBox2D.empty) { $0.union(BoundingBox2D($1)) } }
            let largest = placer.regions.map { MapLabelPlacer.largestRing($0.rings) }
            let labelBounds = largest.map { $0.map(BoundingBox2D.init) ?? .empty }
            return (bounds, placer.regions.map { $0.rings.map(RingBands.init) }, placer.context.map(RingBands.init),
                    placer.context.map(BoundingBox2D.init), labelBounds, largest)
        }
    }

    /// The regions that must be named whatever it takes: the highlighted one, then the highest and the lowest value.
    private var mustName: [Int] {
        let valued = regions.indices.filter { regions[$0].region.classIndex != nil && regions[$0].region.value.number != nil }
        let values = valued.map { regions[$0].region.value.number! }
        guard let highest = values.max(), let lowest = values.min() else { return regions.indices.filter { regions[$0].region.isAlwaysNamed } }
        let extremes = valued.filter { regions[$0].region.value.number == highest } + valued.filter { regions[$0].region.value.number == lowest }
        var result = regions.indices.filter { regions[$0].region.isHighlighted } + regions.indices.filter { regions[$0].region.isPicked && !regions[$0].region.isHighlighted }
        if namesEveryRegion { for index in extremes where !result.contains(index) { result.append(index) } }
        return result
    }

    /// The regions numbered and keyed, named as those that must be, and the regions gone ahead and numbered first
    /// with them: what a retry of them places from (`placedConcurrently`).
    private struct KeyedRetry: Equatable {
        var keyed: [Int]
        var ahead: [Int]
        var numbersFirst: [Int]
    }

    /// One placement of every name.
    private struct Attempt {
        /// The state its placement ended in: its names, leaders and key (drawn once it is chosen, its dots settled).
        var state: State
        /// The regions its name could not be placed for (numbered or not), and how many.
        var unnamedRegions: [Int]
        var unnamed: Int { unnamedRegions.count }
        /// The regions left with neither name nor number.
        var unlisted: [Int]
        /// The key when it goes in the note.
        var noteKey: [(number: String, name: String)]
        /// The regions whose name or number stands over other regions' land.
        var overOtherLand: [Int]
        /// The regions named by their names.
        var named: Set<Int>
        /// How many regions are numbered.
        var numbered: Int
        /// The regions whose leaders reach far (`State.farReaching`), how far beyond `farLeaderLength` in all, and how
        /// many leaders cross other regions.
        var farReaching: [Int]
        var farReach: Double
        var crossing: Int
        /// How many highlighted regions are named far from themselves, or not at all (`State.subjectFar`), and how
        /// many beside themselves over other land (`State.subjectOver`).
        var subjectFar: Int
        var subjectOver: Int
    }

    /// Every name placed in its one form (`names[region]`), numbered regions and their key included; how many
    /// regions its name could not be placed for (numbered or not); the regions left with neither name nor number;
    /// the key when it goes in the note.
    /// `ahead`: regions named right after those that must be, by every way that keeps a name off other regions' land.
    private func place(_ names: [[String]], on ground: Ground, ahead: [Int] = [], numbersFirst: [Int] = [],
                       subjectBeforeNumbers: Bool = false, subjectOverNeighbourFirst: Bool = false) -> Attempt {
        let metrics = typesetter.measurer.metrics(for: labelStyle)
        var state = ground.state
        let bounds = ground.bounds
        func landOwner(at point: Point) -> Int? { ground.landOwner(at: point) }
        func fill(at point: Point) -> Color {
            switch landOwner(at: point) {
            case nil: seaColor
            case -1: contextColor
            case let index?: regions[index].fill
            }
        }
        let first = ground.first, labelPoints = ground.labelPoints
        let allNames = Set(names.flatMap { $0 })
        let ahead = ahead.filter { !first.contains($0) }
        let order = ahead.isEmpty ? ground.order : first + ahead + ground.order.filter { !first.contains($0) && !ahead.contains($0) }
        var labelled = Set<Int>()
        // Regions gone ahead whose names found no place, numbered at once (on a map whose key may go to the note).
        var numberedEarly = Set<Int>()
        // The highlighted region first (pass -1), then numbers placed before any other name (`numbersFirst`: a small
        // region's one short place by the sea, which the names that must be placed took on an earlier attempt), then the
        // extremes (by every means, in turn), then every region inside itself (larger first), then the rest on leaders
        // to the sea, then on leaders across other land (a region with no coast of its own), smaller first: the sea a
        // small region's leader can reach is not taken by a larger one's. The highlighted region goes before the numbers
        // placed first: its reader looks for it first, right beside it (proof-reading 11: Kalimantan Tengah's name was
        // set over Kalimantan Barat where Jawa Timur's "15", placed first, had taken the Java Sea beside it).
        // A booklet's own kabupaten/kota whose name fits on its own land or the sea nowhere goes again after every
        // other name (pass 4), on a short leader over a neighbour's fill (`leaderOverNeighbour`): placed first, it took
        // the room of that neighbour's own name (Kab. Sumedang's, under "Kota Bandung", proof-reading 10, N-2).
        // Its ways there: on one neighbour's fill, then across neighbours (each on a short leader, then a longer one).
        let subjectBesideNeighbours: [(Placement, Double)] = [.leaderOverNeighbour, .leaderAcrossNeighbours].flatMap { way in
            [(way, measures.maximumSubjectLeaderLength), (way, measures.farLeaderLength)]
        }
        for pass in -1..<5 {
            if pass == 0, namesEveryRegion, keyMayGoToNote {
                for owner in numbersFirst where !labelled.contains(owner) && !numberedEarly.contains(owner)
                    && placeNumber(owner, on: ground, metrics: metrics, state: &state, fill: fill, landOwner: landOwner, lastResort: false) {
                    numberedEarly.insert(owner)
                }
            }
            for owner in (pass >= 2 ? order.reversed() : order)
            where !labelled.contains(owner) && !numberedEarly.contains(owner) && (namesEveryRegion || regions[owner].region.isAlwaysNamed) {
                let must = first.contains(owner), isAhead = ahead.contains(owner)
                let goesFirst = (subjectBeforeNumbers || subjectOverNeighbourFirst) && must && regions[owner].region.isHighlighted
                let lastResort = pass == 4
                guard lastResort ? overNeighbourLast && must && regions[owner].region.isHighlighted
                                 : pass == -1 ? goesFirst : (pass == 0) == (must || isAhead) && !goesFirst,
                      !labelPoints[owner].isEmpty else { continue }
                let anchors = ground.anchors[owner]
                // A name over other land reads as that region's ("Papua Pegunungan" over Papua Barat, proof-reading
                // 8): where the map numbers what it cannot name, a region that must be named is numbered instead.
                // So is a booklet's own kabupaten/kota: named over its neighbours on a halo, it read as theirs ("Kota
                // Bandung" across Kab. Sumedang, proof-reading 10, N-2); the legend names it by its outline. Unless, as
                // the last resort, on a short leader from its dot to a neighbour's fill, dark on a white halo
                // (`leaderOverNeighbour`: 8 of the 27 booklets showed their own unit only as a number, proof-reading 12,
                // Q-7). A province booklet's own province is named on the map whatever it takes (the legend does not name it).
                let isSubject = regions[owner].region.isHighlighted
                let mustWays: [Placement] = [.inside, .insideOnTwoLines, .leader, .leaderAcrossLand, .forcedOffOtherLand]
                    + (forcedNamesKeepOffOtherLand || (namesEveryRegion && (!isSubject || keysPartly)) ? [] : [.forced])
                let ways: [(Placement, Double)]
                if lastResort {
                    ways = subjectBesideNeighbours
                } else if must && isSubject {
                    // The subject (a booklet's own region) is what its reader looks for first: inside itself or right beside
                    // it, on a short leader, by every way before any longer leader ("Sum. Utara" stood 15 mm from its dot on
                    // its own booklet, proof-reading 11).
                    let short = measures.maximumSubjectLeaderLength
                    // On two lines inside before a leader; on two lines on a leader only after one line on a leader
                    // ("Jawa / Timur" beside its outline had stood where "Jawa Timur" fitted under it).
                    let shortWays = mustWays.flatMap { $0 == .leaderAcrossLand ? [$0, .leaderOnTwoLines] : [$0] }
                    ways = shortWays.map { ($0, $0 == .inside || $0 == .insideOnTwoLines ? .infinity : short) }
                        + mustWays.filter { $0 != .inside && $0 != .insideOnTwoLines }.map { ($0, .infinity) }
                        + (subjectOverNeighbourFirst && overNeighbourLast ? subjectBesideNeighbours : [])
                } else {
                    ways = (must || isAhead ? mustWays.filter { $0 != .forced || must }
                                            : [[.inside], [.inside], [.insideOnTwoLines, .leader], [.leaderAcrossLand]][pass]).map { ($0, .infinity) }
                }
                // The subject with a short form too (where the map's other names are short) tries its full name inside
                // itself, on one line and then on two, before its short form anywhere (proof-reading 40: "Kalbar" named
                // the province its own booklet is about by an abbreviation). Not on a leader first: the sea its full
                // name took there left seven booklets with one more province as a number.
                let fullFirst = must && isSubject && names[owner].count > 1 && !lastResort
                    ? ways.filter { $0.0 == .inside || $0.0 == .insideOnTwoLines }.map { ($0.0, $0.1, [names[owner][0]]) } : []
                for (way, reach, forms) in fullFirst + ways.map({ ($0.0, $0.1, names[owner]) }) {
                    // On a national map (every map that numbers what it cannot name, but a kabupaten/kota map, which
                    // keys partly), a name's leader never crosses another region's land, but a booklet's own: a
                    // coastal region's name across a neighbour reads as the neighbour's (Riau's across Sumatera Barat,
                    // DKI Jakarta's across Jawa Barat, proof-reading 10), and Papua Pegunungan's, which has no coast, ran
                    // 13 pt through Papua in 37 booklets and across Papua on the A4 and A3 sheets (proof-reading 50,
                    // F7). Such a region is lettered and keyed instead, as on the web map. The booklet's own region
                    // crosses only from no coast of its own, or where it must be named.
                    if !keysPartly, way == .leaderAcrossLand || way == .forcedOffOtherLand {
                        if !isSubject { continue }
                        if way == .forcedOffOtherLand, !must, isCoastal(owner, state: &state, landOwner: landOwner) { continue }
                    }
                    // On a kabupaten/kota map too, the leader of a coastal unit that must be named (the highest, the
                    // lowest) across another's land reads as that one's: Kab. Pangandaran's ran 60 px over Kab.
                    // Tasikmalaya on contoh-peta's PNG (proof-readings 55, 56). It is numbered and keyed instead; an
                    // inland unit's leader must cross land to leave it.
                    if keysPartly, way == .forcedOffOtherLand || (must && way == .leaderAcrossLand), !isSubject,
                       isCoastal(owner, state: &state, landOwner: landOwner) { continue }
                    let done = way == .inside || way == .insideOnTwoLines
                        ? placeInside(owner, names: forms, candidates: labelPoints[owner], metrics: metrics, state: &state, fill: fill,
                                      onTwoLines: way == .insideOnTwoLines, otherNames: allNames, regionBox: ground.labelBounds[owner])
                        : placeOnLeader(owner, names: forms, anchors: anchors, metrics: metrics, state: &state, fill: fill,
                                        landOwner: landOwner, regionBoxes: bounds, way: way,
                                        maximumLength: min(reach, must || !keyMayGoToNote || forcedNamesKeepOffOtherLand ? .infinity
                                                                  : measures.maximumNameLeaderLength),
                                        otherNames: allNames)
                    if done {
                        labelled.insert(owner)
                        if isSubject { state.subjectNamed = true }
                        // The subject's name right beside it on a halo is what it takes; far off it is a fault.
                        if way == .forced { if isSubject && must && reach < .infinity { state.subjectOver += 1 } else { state.overOtherLand.append(owner) } }
                        if isSubject && must && reach == .infinity && way != .inside && way != .insideOnTwoLines { state.subjectFar.append(owner) }
                        break
                    }
                }
                if isSubject && must && !labelled.contains(owner) && !lastResort { state.subjectFar.append(owner) }
                if lastResort && labelled.contains(owner) { state.subjectFar.removeAll { $0 == owner } }
                // A region that must be named or has gone ahead, whose name fits nowhere, takes its number's place now,
                // while the sea near it is open, rather than after every other name (the key, in the figure's note,
                // needs no room on the map; Papua Pegunungan, the lowest, went unnumbered on its neighbour's booklet).
                if must || isAhead, namesEveryRegion, keyMayGoToNote, !labelled.contains(owner), !(overNeighbourLast && isSubject),
                   placeNumber(owner, on: ground, metrics: metrics, state: &state, fill: fill, landOwner: landOwner, lastResort: false) {
                    numberedEarly.insert(owner)
                }
            }
        }
        let unnamed = regions.indices.filter { (namesEveryRegion || regions[$0].region.isAlwaysNamed) && !labelled.contains($0) && !labelPoints[$0].isEmpty }
        var unlisted: [Int] = []
        var noteKey: [(number: String, name: String)] = []
        var numberedCount = 0
        // A region whose name fits nowhere (one that must be named, or any where every region is to be named) is
        // numbered and keyed (how much of the key it takes: `keyMayGoToNote`, `keysPartly`).
        if namesEveryRegion || forcedNamesKeepOffOtherLand, !unnamed.isEmpty {
            var numbered = numberAndKey(unnamed, names: names, on: ground, metrics: metrics, state: &state, fill: fill, landOwner: landOwner,
                                        placed: numberedEarly)
            // A national map whose whole key fits nowhere still numbers and keys the regions that must be named (the
            // highlighted one, the extremes), whose names had no place clear of other regions' land.
            let must = unnamed.filter(first.contains)
            let mustOnly = forcedNamesKeepOffOtherLand && numbered.regions.isEmpty && !must.isEmpty && must.count < unnamed.count
            if mustOnly {
                numbered = numberAndKey(must, names: names, on: ground, metrics: metrics, state: &state, fill: fill, landOwner: landOwner,
                                        placed: numberedEarly.intersection(must))
            }
            // Numbers drawn early (`numberedEarly`) where the whole key fits nowhere are keyed alone, in the note (a
            // map that numbers early may key there), and the others stay unnamed as on a national map whose key fits
            // nowhere: a number is never drawn without its key.
            let earlyOnly = !mustOnly && !numberedEarly.isSubset(of: numbered.regions)
            if earlyOnly {
                numbered = numberAndKey(unnamed.filter(numberedEarly.contains), names: names, on: ground, metrics: metrics, state: &state,
                                        fill: fill, landOwner: landOwner, placed: numberedEarly)
            }
            // Should one still be left out of the key, the placement loses to any other.
            state.overOtherLand += numberedEarly.subtracting(numbered.regions).sorted()
            // A national map that numbers none of them all (its key fits nowhere) leaves the others unnamed, unnoted.
            let numberedAny = !numbered.regions.isEmpty && !mustOnly && !earlyOnly
            unlisted = numberedAny || keysPartly ? unnamed.filter { !numbered.regions.contains($0) } : []
            noteKey = numbered.noteKey
            numberedCount = numbered.regions.count
        }
        return Attempt(state: state,
                       unnamedRegions: unnamed, unlisted: unlisted, noteKey: noteKey, overOtherLand: state.overOtherLand, named: labelled,
                       numbered: numberedCount, farReaching: state.farReaching, farReach: state.farReach,
                       crossing: state.crossing, subjectFar: state.subjectFar.count, subjectOver: state.subjectOver)
    }

    /// Every leader of the placement kept whose dot stands on a line (within a dot's radius and a leader's width of
    /// one, its own coast's too) starting instead from the nearest of its region's label points `leaderDotInland` clear of every line,
    /// within `leaderDotNudge`, from where the leader to the same name end crosses no more regions than it did, nor a
    /// name, another leader or another leader's dot. The names stay where they are: choosing anchors inland before
    /// placing moved every name after them (Sulawesi Tengah's dot to its eastern arm, beside Sulawesi Tenggara, on 35
    /// booklets, proof-reading 49), where moving the dot after sets NTB's, Jambi's and Sulawesi Tengah's off their
    /// coasts (proof-reading 48, W3, B2) and leaves every name in place.
    private func settleDotsInland(_ state: inout State, on ground: Ground) {
        guard !keysPartly else { return }
        let clearance = measures.leaderDotRadius + measures.leaderWidth
        let passing = max(measures.leaderDotRadius + measures.leaderWidth, measures.leaderPassingDotClearance)
        let edges = state.edges
        func isClear(_ point: Point, by distance: Double) -> Bool {
            !edges.anyCrossing(Rect(x: point.x - distance, y: point.y - distance, width: 2 * distance, height: 2 * distance), except: nil)
        }
        for index in state.leaderSegments.indices {
            let (anchor, end) = state.leaderSegments[index], owner = state.leaderOwners[index]
            guard !isClear(anchor, by: clearance) else { continue }
            let crossed = state.edges.owners(crossing: anchor, to: end, except: owner)
            let others = state.leaderSegments.indices.filter { $0 != index }.map { state.leaderSegments[$0] }
            let reach = measures.leaderDotNudge
            // The region's label points, and a grid a point apart round the dot on its own land: the label points of a
            // narrow arm (Halmahera's, Seram's coast) stand too far apart for one 2 pt clear of both shores
            // (proof-reading 50: Maluku Utara's dot stayed on its line in every booklet).
            let step = measures.leaderDotGridStep, steps = Int(reach / step)
            var grid: [Point] = []
            for i in -steps...steps {
                for j in -steps...steps {
                    let point = Point(x: anchor.x + Double(i) * step, y: anchor.y + Double(j) * step)
                    if ground.landOwner(at: point) == owner { grid.append(point) }
                }
            }
            let near = (ground.labelPoints[owner] + grid)
                .filter { abs($0.x - anchor.x) <= reach && abs($0.y - anchor.y) <= reach && hypot($0.x - anchor.x, $0.y - anchor.y) <= reach }
                .sorted { hypot($0.x - anchor.x, $0.y - anchor.y) < hypot($1.x - anchor.x, $1.y - anchor.y) }
            // Its own name's padded box, in `taken`, reaches to the leader's end: the line is tested short of it.
            func short(of point: Point) -> Point {
                let length = hypot(end.x - point.x, end.y - point.y), cut = max(measures.paddingX, measures.paddingY) + 0.5
                guard length > cut else { return point }
                return Point(x: end.x - (end.x - point.x) * cut / length, y: end.y - (end.y - point.y) * cut / length)
            }
            // No longer than the longest leader a name is placed on, unless it was already.
            let longest = max(hypot(end.x - anchor.x, end.y - anchor.y), min(frame.width * measures.maximumLeaderFraction, measures.longestLeader))
            // 2 pt clear where the region has such a place; else as clear as it allows, off the line at least (Maluku
            // Utara's Halmahera and Seram's coast are under 4 pt across at a booklet's scale: their dots stayed on their lines).
            let clearances = [measures.leaderDotInland, (measures.leaderDotInland + clearance) / 2, clearance + 0.1]
            let taken = state.taken
            let moved = clearances.lazy.compactMap { inland in near.first { point in
                hypot(end.x - point.x, end.y - point.y) <= longest
                    && isClear(point, by: inland)
                    && edges.owners(crossing: point, to: end, except: owner).isSubset(of: crossed)
                    && !taken.contains { EdgeIndex.segment(point, short(of: point), crosses: $0) }
                    && !others.contains { EdgeIndex.segments(point, end, $0.0, $0.1) }
                    && !others.contains { EdgeIndex.isNear($0.0, toSegment: point, end, within: passing) }
                    && !others.contains { EdgeIndex.isNear(point, toSegment: $0.0, $0.1, within: passing) }
            } }.first
            if let moved { state.leaderSegments[index].0 = moved }
        }
    }

    /// Numbers for the regions `unnamed` whose names fit nowhere, and their key (*Nomor pada peta*) in the frame's
    /// open sea. The key's place is decided first, for as many of them as it has room for (the smallest regions left
    /// out first); those regions then get their numbers (`DrawnRegion.number`), each where its number fits, and the key
    /// lists exactly the numbers drawn. A region left out, or too small for its number, stays unnamed. Where the sea
    /// has no room for the whole key and `keyMayGoToNote`, every region is numbered where its number fits and the
    /// key, with full names, goes to the figure's note instead (a key naming five of six numbered provinces and a note
    /// for the sixth read worse than one list). The regions numbered, and the key when it goes to the note.
    /// `placed`: regions whose numbers are drawn already (`numberedEarly`), keyed with the others.
    private func numberAndKey(_ unnamed: [Int], names: [[String]], on ground: Ground, metrics: FontMetrics, state: inout State,
                              fill: (Point) -> Color, landOwner: (Point) -> Int?, placed: Set<Int> = [])
        -> (regions: Set<Int>, noteKey: [(number: String, name: String)]) {
        let largestFirst = unnamed.sorted { ground.bounds[$0].area > ground.bounds[$1].area }
        // The key names a region in full where it has room ("26 Sulawesi Tengah"), else as its label would ("26 Sulteng"):
        // a short form in the key explains nothing (proof-reading 23).
        func keyName(_ owner: Int, full: Bool) -> String { full ? regions[owner].region.keyedName : names[owner][0] }
        func keyPlace(keying count: Int, fullNames: Bool = false) -> KeyPlace? {
            let nameWidth = largestFirst.prefix(count).map { typesetter.measurer.width(of: keyName($0, full: fullNames), style: labelStyle) }.max() ?? 0
            let widestNumber = largestFirst.prefix(count).map { typesetter.measurer.width(of: String(regions[$0].number), style: labelStyle) }.max() ?? 0
            // A key of a few letters stands nearest its regions: in the emptiest corner, the web map's key stood the
            // map's width from its "A" (proof-reading 48, W5).
            let keyedPoints = keysWithLetters && count <= measures.nearKeyEntries ? largestFirst.prefix(count).compactMap { ground.labelPoints[$0].first } : []
            let near = keyedPoints.isEmpty ? nil
                : Point(x: keyedPoints.map(\.x).reduce(0, +) / Double(keyedPoints.count), y: keyedPoints.map(\.y).reduce(0, +) / Double(keyedPoints.count))
            return self.keyPlace(count: count, numberWidth: widestNumber,
                                 nameWidth: nameWidth, metrics: metrics, state: state, near: near)
        }
        // The key in full names where it has room and costs no number a short-named key would have drawn (a wider
        // key takes sea a number needed); else in the labels' names. Short names are tried only where the full key
        // left a region unnumbered.
        if let place = keyPlace(keying: unnamed.count, fullNames: true) {
            var full = state
            let inFull = keyed(unnamed, largestFirst: largestFirst, count: unnamed.count, at: place, fullNames: true, keyName: keyName, ground: ground,
                               metrics: metrics, state: &full, fill: fill, landOwner: landOwner, placed: placed)
            if inFull.regions.count < unnamed.count, let shortPlace = keyPlace(keying: unnamed.count) {
                var short = state
                let inShort = keyed(unnamed, largestFirst: largestFirst, count: unnamed.count, at: shortPlace, fullNames: false, keyName: keyName, ground: ground,
                                    metrics: metrics, state: &short, fill: fill, landOwner: landOwner, placed: placed)
                if inShort.regions.count > inFull.regions.count {
                    state = short
                    return inShort
                }
            }
            state = full
            return inFull
        }
        // Every region if the key has room for all (the usual case), else the most it has room for, found by halving.
        var found = keyPlace(keying: unnamed.count)
        var kept = found == nil ? 0 : unnamed.count
        let keyInNote = found == nil && keyMayGoToNote && unnamed.count <= measures.maximumNoteKeyEntries
        if keyInNote {
            kept = unnamed.count
        } else if found == nil {
            guard keysPartly else { return ([], []) }
            var low = 0, high = unnamed.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if let place = keyPlace(keying: middle) { (low, found) = (middle, place) } else { high = middle }
            }
            kept = low
        }
        guard found != nil || keyInNote else { return ([], []) }
        return keyed(unnamed, largestFirst: largestFirst, count: kept, at: found, fullNames: keyInNote, keyName: keyName, ground: ground, metrics: metrics,
                     state: &state, fill: fill, landOwner: landOwner, placed: placed)
    }

    /// The `count` largest of `unnamed` (`largestFirst`: by area) numbered where their numbers fit, and keyed: in a key at `place`, the
    /// regions named in full given `fullNames`, or, without a place, in the figure's note (in full).
    private func keyed(_ unnamed: [Int], largestFirst: [Int], count: Int, at place: KeyPlace?, fullNames: Bool, keyName: (Int, Bool) -> String,
                       ground: Ground, metrics: FontMetrics, state: inout State, fill: (Point) -> Color, landOwner: (Point) -> Int?,
                       placed: Set<Int>) -> (regions: Set<Int>, noteKey: [(number: String, name: String)]) {
        let keyed = Set(largestFirst.prefix(count))
        if let place { state.taken.append(place.box) }
        var entries: [(number: String, name: String)] = []
        var numbered = Set<Int>()
        // Every number that fits inside its region first, then the others beside theirs: a leader drawn first would
        // take the room inside a region its number needed (DKI Jakarta's across Jawa Tengah, proof-reading 8).
        for insideOnly in [true, false] {
            for owner in unnamed where (keyed.contains(owner) || placed.contains(owner)) && !numbered.contains(owner) {
                if placed.contains(owner)
                    || placeNumber(owner, on: ground, metrics: metrics, state: &state, fill: fill, landOwner: landOwner,
                                   lastResort: true, insideOnly: insideOnly) {
                    numbered.insert(owner)
                }
            }
        }
        for owner in unnamed where numbered.contains(owner) {
            entries.append((String(regions[owner].number), keyName(owner, fullNames)))
        }
        guard let place else { return (numbered, entries) }
        if !entries.isEmpty { state.names.append(keyItem(entries, at: place, metrics: metrics, fill: fill)) }
        return (numbered, [])
    }

    /// A region's number (`DrawnRegion.number`) where it fits: inside the region, on a leader to the sea, onto the sea
    /// or its own land, over its own land and the sea on a leader twice as long (`insideOnly`: the first way alone),
    /// and `lastResort`, unless
    /// `forcedNamesKeepOffOtherLand`, wherever it fits (over other land: counted in `State.overOtherLand`). Another
    /// region's fill is the last resort: there a number reads as that region's (Jawa Timur's 15 inside Kalimantan
    /// Tengah, proof-reading 7; Bangka Belitung's 9 inside Kalimantan Barat, proof-reading 8).
    private func placeNumber(_ owner: Int, on ground: Ground, metrics: FontMetrics, state: inout State, fill: (Point) -> Color,
                             landOwner: (Point) -> Int?, lastResort: Bool, insideOnly: Bool = false, offOutline: Bool? = nil) -> Bool {
        // On a kabupaten/kota map a number placed within the outline's width of the highlighted unit's border goes
        // again, off it, by the ways that keep it on its own unit or the sea, or beside it on a short leader over the
        // highlighted unit's fill; where none does, it stays (proof-reading 13, Q-1: "19", "20", "21", "25", "27").
        if offOutline == nil, state.outlineOnlyForNumbers, !regions[owner].region.isHighlighted {
            var plain = state, kept = state
            guard placeNumber(owner, on: ground, metrics: metrics, state: &plain, fill: fill, landOwner: landOwner, lastResort: lastResort,
                              insideOnly: insideOnly, offOutline: false) else { return false }
            kept.keepsOutline = true
            if case .text(let run)? = plain.names.last, kept.clearsOutline(box(of: run)) {
                state = plain
            } else if placeNumber(owner, on: ground, metrics: metrics, state: &kept, fill: fill, landOwner: landOwner, lastResort: lastResort,
                                  insideOnly: insideOnly, offOutline: true) {
                kept.keepsOutline = false
                state = kept
            } else {
                state = plain
            }
            return true
        }
        let number = String(regions[owner].number)
        // A leader to the sea at most `maximumNumberLeaderLength` long before the number over its own region, then
        // such a leader across a neighbour's coast, any leader after (DKI Jakarta's "11" went 23 mm east along the Java
        // Sea on Sumatera Selatan's booklet, and 15 mm along Java across four provinces on Banten's, proof-reading 9, S4).
        let short = measures.maximumNumberLeaderLength
        let ways: [(Placement, Double)] = insideOnly ? [(.inside, .infinity)]
            : offOutline == true ? [(.inside, .infinity), (.leader, short), (.overOwnRegion, .infinity), (.leaderOntoLand, short)]
              + (isMostlyWithin(owner, state: state) ? [(.besideEnclave, .infinity)] : [])
              // … and, last, on a short leader over a neighbour's fill, haloed as the booklet's own name is there
              // (proof-reading 32: Kota Cimahi's "25" stood on Kab. Bandung Barat's, Kota Bandung's and Kab. Bandung's
              // outline, the orange line through its digits or its halo through the line).
              + [(.leaderOverNeighbour, short)]
            : [(.inside, .infinity), (.leader, short), (.overOwnRegion, .infinity), (.leaderOntoLand, short), (.leader, .infinity),
               (.besideEnclave, .infinity), (.forcedOffOtherLand, .infinity), (.overOwnCoastalRegion, .infinity)]
              + (lastResort && !forcedNamesKeepOffOtherLand && !keyMayGoToNote ? [(.forced, .infinity)] : [])
        // Every way from anchors a dot's spacing from the others first, then from any: a number's dot beside another's
        // reads as one region's (Banten's "16" by DKI Jakarta's "11" once DKI Jakarta's number went first).
        // (A coastal region's number over itself, last of all.)
        for (spacedOnly, (way, maximumLength)) in [true, false].flatMap({ spaced in ways.map { (spaced, $0) } })
        where spacedOnly ? way != .overOwnCoastalRegion : way != .inside && way != .overOwnRegion {
            let done = way == .inside
                ? placeInside(owner, names: [number], candidates: ground.labelPoints[owner], metrics: metrics, state: &state, fill: fill,
                              regionBox: ground.labelBounds[owner])
                : way == .overOwnRegion || way == .overOwnCoastalRegion
                ? placeOverOwnRegion(owner, number: number, candidates: ground.labelPoints[owner], metrics: metrics, state: &state,
                                     landOwner: landOwner, regionBoxes: ground.bounds, evenOnTheCoast: way == .overOwnCoastalRegion)
                : placeOnLeader(owner, names: [number], anchors: ground.anchors[owner], metrics: metrics, state: &state, fill: fill,
                                landOwner: landOwner, regionBoxes: ground.bounds, isNumber: true, way: way, maximumLength: maximumLength,
                                spacedOnly: spacedOnly)
            guard done else { continue }
            if way == .forced || way == .overOwnCoastalRegion { state.overOtherLand.append(owner) }
            // On a national map, a number beside a region another surrounds that lies over a tenth on other land reads as
            // that region's (DI Yogyakarta's "14" 18 % over Jawa Tengah, proof-reading 11): counted so, it goes again.
            if way == .besideEnclave, !keysPartly, case .text(let run)? = state.names.last {
                let box = run.bounds
                let points = (0..<27).map { Point(x: box.minX + box.width * (Double($0 % 9) + 0.5) / 9, y: box.minY + box.height * (Double($0 / 9) + 0.5) / 3) }
                if Double(points.filter { landOwner($0).map { $0 != owner } ?? false }.count) > 0.1 * Double(points.count) {
                    state.overOtherLand.append(owner)
                }
            }
            // A number is read as a figure: a halo in the fill under it keeps the graticule under the regions off it.
            if case .text(var run)? = state.names.last, run.style.halo == nil {
                run.style.halo = TextStyle.Halo(color: fill(Point(x: run.bounds.midX, y: run.bounds.midY)), width: measures.haloWidth)
                state.names[state.names.count - 1] = .text(run)
            }
            return true
        }
        return false
    }

    /// Whether at least half of `owner`'s border is the highlighted unit's (a kota inside or in a notch of the
    /// kabupaten round it: Kota Bogor, Kota Banjar), while that unit is not shown by its number: beside such a kota its
    /// number, over the unit's fill on a short leader, reads as the kota's; beside one that only touches the unit
    /// (Kota Bekasi's tip on Kab. Bogor) or over a unit carrying its own number (Kab. Bandung Barat's "17") it read as
    /// the unit's (proof-reading 13, Q-1).
    private func isMostlyWithin(_ owner: Int, state: State) -> Bool {
        guard let outline = state.outline else { return false }
        let reach = measures.highlightOutlineReach
        var shared = 0.0, all = 0.0
        for ring in regions[owner].rings where ring.count > 1 {
            for index in ring.indices {
                let a = ring[index], b = ring[(index + 1) % ring.count], middle = Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
                let length = hypot(b.x - a.x, b.y - a.y)
                all += length
                if outline.anyCrossing(Rect(x: middle.x - reach, y: middle.y - reach, width: 2 * reach, height: 2 * reach), except: nil) { shared += length }
            }
        }
        return state.subjectNamed && 2 * shared >= all
    }

    /// Where a key stands: its padded box, its heading's top-left corner, its columns.
    private struct KeyPlace {
        var box: Rect
        var origin: Point
        var columns: Int
    }

    /// Where the key to `count` regions (numbers up to `numberWidth` wide, names up to `nameWidth`) stands: a heading
    /// and one line a region, in as many columns as the frame's height needs, at the first place from the frame's
    /// corners where no drawn line, name or leader crosses it; nil where it has no room.
    private func keyPlace(count: Int, numberWidth: Double, nameWidth: Double, metrics: FontMetrics, state: State, near: Point? = nil) -> KeyPlace? {
        guard count > 0 else { return nil }
        let em = labelStyle.size
        let lineHeight = metrics.ascent + metrics.descent
        let entryWidth = numberWidth + measures.keyNumberGapEms * em + nameWidth
        let headingWidth = max(typesetter.measurer.width(of: words.numberedRegions, style: labelStyle),
                               typesetter.measurer.width(of: words.letteredRegions, style: labelStyle))
        let inner = frame.height - 2 * measures.keyInset
        for columns in 1...max(1, min(4, count)) {
            let rows = (count + columns - 1) / columns
            let height = Double(rows + 1) * lineHeight
            guard height <= inner else { continue }
            let width = max(headingWidth, Double(columns) * entryWidth + Double(columns - 1) * measures.keyColumnGapEms * em)
            guard width <= frame.width - 2 * measures.keyInset else { break }
            // Corners first, then along the edges, then across the frame.
            let steps = 8
            var origins: [Point] = []
            let left = frame.minX + measures.keyInset, right = frame.maxX - measures.keyInset - width
            let top = frame.minY + measures.keyInset, bottom = frame.maxY - measures.keyInset - height
            for (x, y) in [(left, bottom), (right, bottom), (left, top), (right, top)] { origins.append(Point(x: x, y: y)) }
            for i in 0...steps { for j in 0...steps {
                origins.append(Point(x: left + (right - left) * Double(i) / Double(steps), y: top + (bottom - top) * Double(j) / Double(steps)))
            } }
            // Or, given a point, nearest it first.
            if let near {
                let distance = { (origin: Point) in hypot(origin.x + width / 2 - near.x, origin.y + height / 2 - near.y) }
                origins.sort { distance($0) < distance($1) }
            }
            for origin in origins {
                let box = Rect(x: origin.x - measures.paddingX, y: origin.y - measures.paddingY,
                               width: width + 2 * measures.paddingX, height: height + 2 * measures.paddingY)
                let reach = near != nil ? measures.keyLandGapEms * em : 0
                let clearance = Rect(x: box.minX - reach, y: box.minY - reach, width: box.width + 2 * reach, height: box.height + 2 * reach)
                if labelFrame.contains(box), state.isFree(box, gap: 0), !state.edges.anyCrossing(clearance, except: nil), state.clearsOutline(box) {
                    return KeyPlace(box: box, origin: origin, columns: columns)
                }
            }
        }
        return nil
    }

    /// The key to the numbered regions at `place` ("3 Kota Bogor" a line, under the heading), column by column.
    private func keyItem(_ entries: [(number: String, name: String)], at place: KeyPlace, metrics: FontMetrics,
                         fill: (Point) -> Color) -> SceneItem {
        let em = labelStyle.size
        let lineHeight = metrics.ascent + metrics.descent
        let width = { (text: String) in self.typesetter.measurer.width(of: text, style: self.labelStyle) }
        let numberWidth = entries.map { width($0.number) }.max() ?? 0
        let gap = measures.keyNumberGapEms * em
        let entryWidth = numberWidth + gap + (entries.map { width($0.name) }.max() ?? 0)
        let rows = (entries.count + place.columns - 1) / place.columns
        var style = labelStyle
        let under = fill(Point(x: place.box.midX, y: place.box.midY))
        style.color = self.style.textColor(on: under)
        // The graticule runs across the sea under the key: a halo in the sea's colour keeps it off the words.
        style.halo = TextStyle.Halo(color: under, width: measures.haloWidth)
        let origin = place.origin
        // Numbered here; `lettered` writes the heading and the marks as letters where the map keys so.
        let heading = words.numberedRegions
        var runs = [TextRun(text: heading, origin: Point(x: origin.x, y: origin.y + metrics.ascent), style: style,
                            width: width(heading), ascent: metrics.ascent, descent: metrics.descent)]
        for (index, entry) in entries.enumerated() {
            let column = index / rows, row = index % rows
            let x = origin.x + Double(column) * (entryWidth + measures.keyColumnGapEms * em)
            let baseline = origin.y + Double(row + 1) * lineHeight + metrics.ascent
            let numberRunWidth = width(entry.number)
            runs.append(TextRun(text: entry.number, origin: Point(x: x + numberWidth - numberRunWidth, y: baseline), style: style,
                                width: numberRunWidth, ascent: metrics.ascent, descent: metrics.descent))
            runs.append(TextRun(text: entry.name, origin: Point(x: x + numberWidth + gap, y: baseline), style: style,
                                width: width(entry.name), ascent: metrics.ascent, descent: metrics.descent))
        }
        // A plate in the sea's colour under the key: the graticule stops at its edge rather than run between lines.
        let plate = SceneItem.shape(Shape(path: .rectangle(place.box), fill: under))
        return .group(Group(role: Self.keyRole, items: [plate] + runs.map { .text($0) }))
    }

    /// How a name is placed, from the most to the least preferred.
    private enum Placement {
        /// Inside its region.
        case inside
        /// Inside its region on two lines (`twoLineForms`): before a number, after every way on one line.
        case insideOnTwoLines
        /// In the sea, on a leader that crosses no other region.
        case leader
        /// In the sea, on a leader that may cross other regions.
        case leaderAcrossLand
        /// A booklet's own kabupaten/kota, where every other way failed: its name on a short leader from its dot,
        /// wholly on one neighbour's fill (no border through it), dark on a white halo, the leader reading it as the
        /// unit's ("Kota Sukabumi" beside "20" on Kab. Sukabumi, proof-reading 12, Q-7).
        case leaderOverNeighbour
        /// A booklet's own kabupaten/kota where no neighbour's fill holds its name whole (Kab. Purwakarta, Kab. Bandung
        /// Barat, Kota Tasikmalaya, proof-reading 12, Q-7): on a short leader from its dot, over neighbours' fills and
        /// the borders between them, dark on a white halo that blanks those borders under the letters, clear of its
        /// own outline; the leader, not a fill, says whose name it is.
        case leaderAcrossNeighbours
        /// In the sea on a leader that crosses no other region, on two lines (`twoLineForms`, the lines centred): a
        /// booklet's own region whose name on one line finds no sea near it ("Kep. Bangka Belitung" stood 10 mm off,
        /// south of Java, the sea beside its islands too narrow, proof-reading 12, Q-1).
        case leaderOnTwoLines
        /// On a leader that may cross other regions, onto the sea or its own region with no line through it (a
        /// region's number: on another region's fill it would read as that region's, proof-reading 7).
        case leaderOntoLand
        /// A number centred on its own region, a region too small to hold it (Kota Cimahi), on a halo of its own fill
        /// over the borders round it: it reads as that region's, where a number beside it on the fill of the region around
        /// read as that one's (Kota Cimahi's 25 in Kab. Bandung Barat, above its 17, proof-reading 9).
        case overOwnRegion
        /// `overOwnRegion` for a region with a coast, the last resort of its number before it is noted as unnamed
        /// (DKI Jakarta where the Java Sea by it is taken): counted as over other land, so the region goes again ahead.
        case overOwnCoastalRegion
        /// A number beside a region enclosed by others (a kota inside its kabupaten, DKI Jakarta between Jawa Barat,
        /// Banten and the sea) on a leader at its shortest, over that region, the sea and the regions around it (each
        /// one whose box holds the region's box and is ten times its size; not Papua round Papua Tengah): next to its region the number reads as its, where a number far off on
        /// another region's fill read as that region's (Bangka Belitung's 9 in Kalimantan Barat, proof-reading 8).
        case besideEnclave
        /// Wherever it fits clear of other names and leaders, over its own land and the sea only, never over another
        /// region's or the neighbours' (the regions that must be named, before `.forced`, where
        /// `forcedNamesKeepOffOtherLand`, which leaves out `.forced`, on a leader twice as long; and numbers, before
        /// `.forced`, on a leader twice as long).
        case forcedOffOtherLand
        /// Wherever it fits clear of other names and leaders, over other land if it must (the last resort of numbers and
        /// of the regions that must be named, unless `forcedNamesKeepOffOtherLand`), but never hiding a region smaller than its box
        /// (Kab. Bandung Barat's name over the whole of Kota Cimahi, proof-reading 7).
        case forced
    }

    /// What is already placed.
    private struct State {
        var edges: EdgeIndex
        var taken: [Rect] = []
        var leaderSegments: [(Point, Point)] = []
        /// The region of each of `leaderSegments`.
        var leaderOwners: [Int] = []
        var names: [SceneItem] = []
        /// The radius of the dots at the leaders' starts (`leaderSegments`).
        var leaderDotRadius = 0.0
        /// The regions whose names or numbers stand over other regions' land (placed `.forced`, the last resort).
        var overOtherLand: [Int] = []
        /// The regions whose leaders reach far (`MapLabelMetrics.farLeaderLength`).
        var farReaching: [Int] = []
        /// How far, in all, the leaders reach beyond `farLeaderLength` (points).
        var farReach = 0.0
        /// How many leaders cross other regions.
        var crossing = 0
        /// The highlighted regions that must be named whose names stand on a leader longer than
        /// `maximumSubjectLeaderLength`, or nowhere.
        var subjectFar: [Int] = []
        /// How many highlighted regions that must be named are named right beside themselves over other land.
        var subjectOver = 0
        /// Whether a region has a coast, for those asked about (`isCoastal`): one answer per region for every placement
        /// of a layout, which all start from one ground (a class, so that the copies of a state share it).
        var coastal = CoastalRegions()
        /// The highlighted regions' borders, and how far their outline reaches outside them
        /// (`MapLabelMetrics.highlightOutlineReach`): nil where none is highlighted.
        var outline: EdgeIndex?
        var outlineReach = 0.0
        /// On a kabupaten/kota map the outline binds only a number placed again off it (`placeNumber`, `keepsOutline`).
        var outlineOnlyForNumbers = false
        var keepsOutline = false
        /// Whether the highlighted region is named yet (not only numbered).
        var subjectNamed = false

        /// Whether `box`, widened by the outline's reach, keeps off every highlighted region's border: a name or
        /// number there, with its halo, blanks the outline (proof-reading 12, Q-2, Q-4).
        /// `evenForNames`: on a kabupaten/kota map too, where only numbers keep off it otherwise.
        /// `farther`: more room kept (another region's name beside the highlighted one).
        func clearsOutline(_ box: Rect, evenForNames: Bool = false, farther: Double = 0) -> Bool {
            guard let outline, !outlineOnlyForNumbers || keepsOutline || evenForNames else { return true }
            let reach = outlineReach + farther
            return !outline.anyCrossing(Rect(x: box.minX - reach, y: box.minY - reach, width: box.width + 2 * reach, height: box.height + 2 * reach),
                                        except: nil)
        }

        /// The leaders: their casing (lines, then dots, wider, in `casingColor`, a group of its own), then every
        /// line in one stroked path and every dot in one filled path.
        func leaders(color: Color, width: Double, casing: Double, casingColor: Color) -> [SceneItem] {
            guard !leaderSegments.isEmpty else { return [] }
            let lines = Path(leaderSegments.flatMap { [Path.Element.move($0.0), .line($0.1)] })
            let dots = Path(leaderSegments.flatMap { Path.circle(center: $0.0, radius: leaderDotRadius).elements })
            let casings: [SceneItem] = [.shape(Shape(path: lines, stroke: Stroke(color: casingColor, width: width + 2 * casing))),
                                        .shape(Shape(path: dots, stroke: Stroke(color: casingColor, width: 2 * casing)))]
            return [.group(Group(role: "selubung garis penunjuk", items: casings)),
                    .shape(Shape(path: lines, stroke: Stroke(color: color, width: width))),
                    .shape(Shape(path: dots, fill: color))]
        }

        /// Whether `box` meets no name (kept `gap` apart from those beside it) and no leader.
        func isFree(_ box: Rect, gap: Double) -> Bool {
            let wide = Rect(x: box.minX - gap, y: box.minY, width: box.width + 2 * gap, height: box.height)
            return !taken.contains { $0.intersects(wide) } && !leaderSegments.contains { EdgeIndex.segment($0.0, $0.1, crosses: box) }
        }
    }

    private func box(of run: TextRun) -> Rect {
        let bounds = run.bounds
        return Rect(x: bounds.minX - measures.paddingX, y: bounds.minY - measures.paddingY,
                    width: bounds.width + 2 * measures.paddingX, height: bounds.height + 2 * measures.paddingY)
    }

    /// The fills under a text's box, sampled across and down.
    private func fills(under rect: Rect, fill: (Point) -> Color) -> Set<Color> {
        Set(samples(across: rect).map(fill))
    }

    /// Points across and down `rect` (its corners and edges among them) at which what lies under it is sampled.
    /// Points a point apart over `rect`, its edges included: what a name's box covers, to the point.
    static func pointApart(in rect: Rect) -> [Point] {
        let across = max(1, Int(rect.width.rounded(.up))), down = max(1, Int(rect.height.rounded(.up)))
        return (0...across).flatMap { i in
            (0...down).map { j in Point(x: rect.minX + rect.width * Double(i) / Double(across), y: rect.minY + rect.height * Double(j) / Double(down)) }
        }
    }

    private func samples(across rect: Rect) -> [Point] {
        let across = max(2, measures.fillSamplesAcross)
        return (0...across).flatMap { i in
            (0...2).map { j in Point(x: rect.minX + rect.width * Double(i) / Double(across), y: rect.minY + rect.height * Double(j) / 2) }
        }
    }

    /// The name's style over `fills`: the text colour that reads on all of them, or over several fills (only a forced
    /// name) dark with a white halo.
    private func styled(over fills: Set<Color>) -> TextStyle {
        var result = labelStyle
        if fills.count == 1, let only = fills.first {
            result.color = style.textColor(on: only)
        } else {
            result.color = style.textColor
            result.halo = TextStyle.Halo(color: .white, width: measures.haloWidth)
        }
        return result
    }

    /// A name inside its region at the first candidate where it fits: on one line, or `onTwoLines` (`twoLineForms`;
    /// `otherNames`: every name form on the map, which a first line may not be).
    private func placeInside(_ owner: Int, names: [String], candidates: [Point], metrics: FontMetrics,
                             state: inout State, fill: (Point) -> Color, onTwoLines: Bool = false, otherNames: Set<String> = [],
                             regionBox: BoundingBox2D) -> Bool {
        var forms = names.map { [$0] }
        if onTwoLines {
            forms = []
            for name in names {
                for (first, second) in Self.twoLineForms(name, widths: { typesetter.measurer.width(of: $0, style: labelStyle) }, excluding: otherNames) {
                    forms.append([first, second])
                }
            }
        }
        let own = regions[owner].fill
        let nameGap = measures.nameGapEms * labelStyle.size
        let lineHeight = metrics.ascent + metrics.descent
        for lines in forms {
            var widths: [Double] = []
            for line in lines { widths.append(typesetter.measurer.width(of: line, style: labelStyle)) }
            // A name wider or taller than the box of its region's largest ring (where the candidates lie) fits nowhere.
            guard widths.max()! <= regionBox.maxX - regionBox.minX, Double(lines.count) * lineHeight <= regionBox.maxY - regionBox.minY else {
                continue
            }
            let widest = widths.max()!
            for center in candidates {
                // The lines centred on the candidate, one under the other: their padded box, worked out without
                // making the runs (`box(of:)` of each, joined).
                let top = center.y - Double(lines.count) * lineHeight / 2
                let padded = Rect(x: center.x - widest / 2 - measures.paddingX, y: top - measures.paddingY,
                                  width: widest + 2 * measures.paddingX, height: Double(lines.count) * lineHeight + 2 * measures.paddingY)
                // With no line through the box, one fill lies under all of it: the one at its centre.
                guard labelFrame.contains(padded), state.isFree(padded, gap: nameGap), !state.edges.anyCrossing(padded, except: nil),
                      fill(Point(x: padded.midX, y: padded.midY)) == own,
                      regions[owner].region.isHighlighted || state.clearsOutline(padded) else { continue }
                var style = styled(over: [own])
                if regions[owner].isHatched { style.halo = TextStyle.Halo(color: own, width: measures.haloWidth) }
                state.taken.append(padded)
                for (index, line) in lines.enumerated() {
                    let origin = Point(x: center.x - widths[index] / 2, y: top + Double(index) * lineHeight + metrics.ascent)
                    state.names.append(.text(TextRun(text: line, origin: origin, style: style, width: widths[index],
                                                     ascent: metrics.ascent, descent: metrics.descent)))
                }
                return true
            }
        }
        return false
    }

    /// A region's number centred on one of its label points (`Placement.overOwnRegion`): the box's centre on the
    /// region's own fill, the box clear of other names and leaders and of the whole of any other region, on a halo of
    /// that fill (over a highlighted neighbour's outline too: Kota Cimahi's beside Kab. Bandung Barat's).
    private func placeOverOwnRegion(_ owner: Int, number: String, candidates: [Point], metrics: FontMetrics, state: inout State,
                                    landOwner: (Point) -> Int?, regionBoxes: [BoundingBox2D], evenOnTheCoast: Bool) -> Bool {
        // A region with no coast of its own (Kota Cimahi), or one whose number lies at most a tenth over other regions'
        // land: over more, on a coastal region (DKI Jakarta's, 47 % over Jawa Barat on 29 booklets, proof-reading 10,
        // N-1), it reads as the region around, where one beside it on the sea would not.
        let onTheCoast = !evenOnTheCoast && isCoastal(owner, state: &state, landOwner: landOwner)
        let width = typesetter.measurer.width(of: number, style: labelStyle)
        let lineHeight = metrics.ascent + metrics.descent
        let nameGap = measures.nameGapEms * labelStyle.size / 2
        for center in candidates.prefix(measures.leaderAnchorCount) {
            let padded = Rect(x: center.x - width / 2 - measures.paddingX, y: center.y - lineHeight / 2 - measures.paddingY,
                              width: width + 2 * measures.paddingX, height: lineHeight + 2 * measures.paddingY)
            guard labelFrame.contains(padded), state.isFree(padded, gap: nameGap), landOwner(center) == owner,
                  regions[owner].region.isHighlighted || state.clearsOutline(padded),
                  !Self.hidesAWholeRegion(padded, of: regionBoxes, except: owner)
            else { continue }
            if onTheCoast {
                let samples = (0..<27).map { Point(x: padded.minX + padded.width * (Double($0 % 9) + 0.5) / 9,
                                                   y: padded.minY + padded.height * (Double($0 / 9) + 0.5) / 3) }
                let overOthers = samples.filter { point in landOwner(point).map { $0 != owner } ?? false }.count
                guard Double(overOthers) <= 0.1 * Double(samples.count) else { continue }
            }
            // On a halo of the region's own fill, in the text colour that reads on it: on white, a region smaller
            // than its number lost its class colour under it (contoh-peta's Peta 3: Kota Cimahi, the highest of Jawa
            // Barat, and Kota Sukabumi showed as white patches with "25" and "20", proof-reading 35), where the
            // patch of its fill now reads as the region, as a tiny region's disc does. A hatched region keeps white.
            let fill = regions[owner].isHatched ? Color.white : regions[owner].fill
            var style = labelStyle
            style.color = self.style.textColor(on: fill)
            style.halo = TextStyle.Halo(color: fill, width: measures.haloWidth)
            state.taken.append(padded)
            state.names.append(.text(TextRun(text: number, origin: Point(x: center.x - width / 2, y: center.y - lineHeight / 2 + metrics.ascent),
                                             style: style, width: width, ascent: metrics.ascent, descent: metrics.descent)))
            return true
        }
        return false
    }

    /// Whether the sea lies a point and a half outside `owner`'s outline anywhere (at up to 64 of each ring's vertices).
    /// `hasCoast`, worked out once a layout (`State.coastal`, shared by every placement from one ground).
    private func isCoastal(_ owner: Int, state: inout State, landOwner: (Point) -> Int?) -> Bool {
        if let known = state.coastal.answer(for: owner) { return known }
        let found = hasCoast(owner, landOwner: landOwner)
        state.coastal.record(found, for: owner)
        return found
    }

    /// Which regions have a coast, as found so far: shared by the placements tried at once (`Concurrently`), each
    /// answer written under a lock (two placements may find the same one).
    final class CoastalRegions: @unchecked Sendable {
        private var known: [Int: Bool] = [:]
        private let lock = NSLock()

        func answer(for owner: Int) -> Bool? { lock.withLock { known[owner] } }
        func record(_ hasCoast: Bool, for owner: Int) { lock.withLock { known[owner] = hasCoast } }
    }

    private func hasCoast(_ owner: Int, landOwner: (Point) -> Int?) -> Bool {
        let reach = 1.5
        for ring in regions[owner].rings where ring.count > 2 {
            let step = max(1, ring.count / 64)
            for index in stride(from: 0, to: ring.count, by: step) {
                let point = ring[index]
                for (dx, dy) in [(reach, 0.0), (-reach, 0.0), (0.0, reach), (0.0, -reach)]
                where landOwner(Point(x: point.x + dx, y: point.y + dy)) == nil {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `box` covers more than half of the box of a region smaller than twice it: a name or number set over a
    /// neighbour's fill hides that region's (proof-reading 32: "Kota Tasikmalaya" over nearly all of Kota Banjar, whose
    /// "27" went to a leader over Kab. Ciamis).
    static func hidesMostOfARegion(_ box: Rect, of regionBoxes: [BoundingBox2D], except owner: Int) -> Bool {
        let area = box.width * box.height
        return regionBoxes.indices.contains { index in
            let other = regionBoxes[index]
            guard index != owner, other.area < 2 * area else { return false }
            let width = min(other.maxX, box.maxX) - max(other.minX, box.minX), height = min(other.maxY, box.maxY) - max(other.minY, box.minY)
            return width > 0 && height > 0 && width * height > other.area / 2
        }
    }

    /// Whether `box` holds the whole box of a region but `owner` (of `regionBoxes`): a name or number there would hide
    /// that region under it.
    static func hidesAWholeRegion(_ box: Rect, of regionBoxes: [BoundingBox2D], except owner: Int) -> Bool {
        regionBoxes.indices.contains { index in
            let other = regionBoxes[index]
            return index != owner && other.minX >= box.minX && other.maxX <= box.maxX && other.minY >= box.minY && other.maxY <= box.maxY
        }
    }

    /// A name of two words or more broken between two of them, most even first (the longer line shortest), for
    /// a region whose name fits inside it only on two lines ("Kab. Bandung" over "Barat"). Never where the first
    /// line is another name on the map: "Kab. Bandung" on its own line would name the kabupaten beside it, and the
    /// first line is read first.
    static func twoLineForms(_ name: String, widths: (String) -> Double, excluding otherNames: Set<String>) -> [(String, String)] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return [] }
        return (1..<words.count).map { index in
            (words[..<index].joined(separator: " "), words[index...].joined(separator: " "))
        }
        .filter { !otherNames.contains($0.0) }
        .map { ($0, max(widths($0.0), widths($0.1))) }
        .sorted { $0.1 < $1.1 }
        .map(\.0)
    }

    /// `count` leader directions round a point (unit vectors, anticlockwise from the east, y down); the standard
    /// count's worked out once.
    private static func leaderDirections(_ count: Int, cached: Bool = true) -> [(Double, Double)] {
        if cached, count == standardLeaderDirections.count { return standardLeaderDirections }
        return (0..<count).map { index -> (Double, Double) in
            let angle = 2 * Double.pi * Double(index) / Double(count)
            return (cos(angle), -sin(angle))
        }
    }
    private static let standardLeaderDirections = leaderDirections(MapLabelMetrics.standard.leaderDirections, cached: false)

    /// Where a region's leader may start, best first: its first label point (the centroid where it lies inside),
    /// then label points spread out from there to the farthest, `leaderAnchorCount` in all.
    private func leaderAnchors(_ labelPoints: [Point]) -> [Point] {
        let count = min(measures.leaderAnchorCount, labelPoints.count)
        guard count > 1 else { return Array(labelPoints.prefix(1)) }
        return (0..<count).map { labelPoints[(labelPoints.count - 1) * $0 / (count - 1)] }
    }

    /// A name beside its region, on a leader from the first of `anchors` (inside the region) where one fits, placed
    /// `way`. An anchor another leader passes through is passed over whole: no leader may start from another's path.
    /// `isNumber`: the region's number, not its name: its leader may cross a highlighted region (Kota Bogor, inside the highlighted
    /// Kab. Bogor, had no place for one, proof-reading 7).
    private func placeOnLeader(_ owner: Int, names: [String], anchors: [Point], metrics: FontMetrics, state: inout State,
                               fill: (Point) -> Color, landOwner: (Point) -> Int?, regionBoxes: [BoundingBox2D],
                               isNumber: Bool = false, way: Placement, maximumLength: Double = .infinity, spacedOnly: Bool = false,
                               otherNames: Set<String> = []) -> Bool {
        // A leader keeps a millimetre from every other leader's dot, and starts no nearer to another leader.
        let passing = max(measures.leaderDotRadius + measures.leaderWidth, measures.leaderPassingDotClearance)
        // The highlighted regions a leader (but its own region's) must not cross, worked out once a name.
        let others = isNumber ? [] : Set(regions.indices.filter { regions[$0].region.isHighlighted && $0 != owner })
        // The directions and the names' widths, the same from every anchor, worked out once.
        let directions = Self.leaderDirections(measures.leaderDirections)
        let measure = { (text: String) in self.typesetter.measurer.width(of: text, style: self.labelStyle) }
        let sized: [(lines: [String], widths: [Double])] = way == .leaderOnTwoLines
            ? names.flatMap { Self.twoLineForms($0, widths: measure, excluding: otherNames) }.map { ([$0.0, $0.1], [measure($0.0), measure($0.1)]) }
            : names.map { ([$0], [measure($0)]) }
        guard !sized.isEmpty else { return false }
        // Anchors a dot's spacing from every other leader's dot first (two dots side by side read as one region's).
        let spacing = measures.leaderDotSpacing
        let isSpaced = anchors.map { anchor in
            // (`hypot` is never less than either side: a dot that far off along one axis is not asked.)
            !state.leaderSegments.contains { abs($0.0.x - anchor.x) < spacing && abs($0.0.y - anchor.y) < spacing
                && hypot($0.0.x - anchor.x, $0.0.y - anchor.y) < spacing }
        }
        let ordered = anchors.indices.filter { isSpaced[$0] }.map { anchors[$0] }
            + (spacedOnly ? [] : anchors.indices.filter { !isSpaced[$0] }.map { anchors[$0] })
        for anchor in ordered where !state.leaderSegments.contains(where: { EdgeIndex.isNear(anchor, toSegment: $0.0, $0.1, within: passing) }) {
            if placeOnLeader(owner, names: sized, anchor: anchor, directions: directions, avoiding: others, hiding: regionBoxes, metrics: metrics,
                             state: &state, fill: fill, landOwner: landOwner, way: way == .leaderOnTwoLines ? .leader : way, isNumber: isNumber,
                             maximumLength: maximumLength) { return true }
        }
        return false
    }

    /// A name (of `names`, with their widths) beside its region on a leader from `anchor` in one of `directions`
    /// (unit vectors), crossing none of the highlighted regions `others`. Shorter leaders first, then the names in
    /// order, then the directions. What a leader crosses is tested once for each direction and length, whatever the
    /// name; and a leader that is blocked stays blocked when it is longer (it contains the shorter one: every test on
    /// the line alone is of something it crosses or passes near), so a direction is given up at its first block.
    /// `regionBoxes`: every region's box (`Ground.bounds`); a name placed `.forced` covers none but its own whole.
    private func placeOnLeader(_ owner: Int, names: [(lines: [String], widths: [Double])], anchor: Point, directions: [(Double, Double)],
                               avoiding others: Set<Int>, hiding regionBoxes: [BoundingBox2D], metrics: FontMetrics, state: inout State,
                               fill: (Point) -> Color, landOwner: (Point) -> Int?, way: Placement, isNumber: Bool,
                               maximumLength: Double) -> Bool {
        // A number, one or two figures, keeps half the space from the names beside it and may stand nearer its region.
        let nameGap = measures.nameGapEms * labelStyle.size * (isNumber ? 0.5 : 1)
        // A leader keeps a millimetre from every other leader's dot, and starts no nearer to another leader.
        let passing = max(measures.leaderDotRadius + measures.leaderWidth, measures.leaderPassingDotClearance)
        let gap = measures.leaderGap
        let textHeight = metrics.ascent + metrics.descent
        // A name that must be named, which no longer goes over other regions' land, and a number, before it goes over
        // other land, may reach twice as far to the sea.
        let longest = min(frame.width * measures.maximumLeaderFraction * (way == .forcedOffOtherLand && (forcedNamesKeepOffOtherLand || isNumber) ? 2 : 1),
                          measures.longestLeader)
        let lengths = (isNumber ? [measures.leaderLengths[0] / 2] : []) + measures.leaderLengths.filter {
            $0 <= min(longest, maximumLength, way == .besideEnclave ? measures.leaderLengths[0] : .infinity)
                && (way == .leader || way == .forced || way == .forcedOffOtherLand || $0 <= measures.maximumLandLeaderLength)
        }
        /// Whether the leader from `anchor` to `end` is clear: of names, of other leaders and their dots, of the
        /// highlighted regions `others` and, on the way `.leader`, of every other region.
        func leaderIsClear(to end: Point) -> Bool {
            !state.taken.contains(where: { EdgeIndex.segment(anchor, end, crosses: $0) })
                && !state.leaderSegments.contains(where: { EdgeIndex.segments(anchor, end, $0.0, $0.1) })
                // Nor through another leader's dot (none passes through this one's: see above).
                && !state.leaderSegments.contains(where: { EdgeIndex.isNear($0.0, toSegment: anchor, end, within: passing) })
                && !state.edges.anyCrossing(from: anchor, to: end, owners: others)
                && (way != .leader || !state.edges.anyCrossing(from: anchor, to: end, except: owner))
                // Across one other region at most: a leader across several reads as any of theirs (DKI Jakarta's "11"
                // ran along Java across four provinces, proof-reading 9, S4).
                && (way == .leader || keysPartly || state.edges.owners(crossing: anchor, to: end, except: owner).count <= 1)
        }
        /// The name placed: its box taken, its leader and dot drawn, how far it reaches counted.
        func commit(_ runs: [TextRun], padded: Rect, end: Point, under: Set<Color>) {
            state.taken.append(padded)
            state.leaderSegments.append((anchor, end))
            state.leaderOwners.append(owner)
            let length = hypot(end.x - anchor.x, end.y - anchor.y)
            let crosses = state.edges.anyCrossing(from: anchor, to: end, except: owner)
            if crosses { state.crossing += 1 }
            if length > measures.farLeaderLength + 0.5 { state.farReach += length - measures.farLeaderLength }
            if crosses || length > measures.farLeaderLength + 0.5 { state.farReaching.append(owner) }
            for run in runs {
                var placed = run
                placed.style = styled(over: under)
                if way == .leaderOverNeighbour || way == .leaderAcrossNeighbours {
                    placed.style.color = style.textColor
                    placed.style.halo = TextStyle.Halo(color: .white, width: measures.haloWidth)
                }
                state.names.append(.text(placed))
            }
        }
        // A booklet's own region's name right beside it (`.forced` within `maximumSubjectLeaderLength`): a line of
        // another region may pass through its box's corner, but no sample under it is another region's land.
        let besideSubject = way == .forced && namesEveryRegion && maximumLength <= measures.maximumSubjectLeaderLength
            && regions[owner].region.isHighlighted
        // For each direction: the index of its first blocked length (then every longer one is blocked too), and
        // whether its leader at the current length was found clear.
        var blockedFrom = [Int](repeating: lengths.count, count: directions.count)
        var clearAtLength = [Bool](repeating: false, count: directions.count)
        for (lengthIndex, length) in lengths.enumerated() {
            for index in directions.indices { clearAtLength[index] = false }
            for (lines, widths) in names {
                let width = widths.max()!, height = textHeight * Double(lines.count)
                for (directionIndex, (dx, dy)) in directions.enumerated() where lengthIndex < blockedFrom[directionIndex] {
                    let end = Point(x: anchor.x + dx * length, y: anchor.y + dy * length)
                    // The name hangs off the leader's end on the side away from the region.
                    let left = dx > 0.3 ? end.x + gap : (dx < -0.3 ? end.x - gap - width : end.x - width / 2)
                    let top = dy > 0.3 ? end.y + gap : (dy < -0.3 ? end.y - gap - height : end.y - height / 2)
                    let origin = Point(x: left, y: top + metrics.ascent)
                    // `box(of:)` of the runs that would stand there, worked out without making them.
                    let padded = Rect(x: origin.x - measures.paddingX, y: origin.y - metrics.ascent - measures.paddingY,
                                      width: width + 2 * measures.paddingX, height: height + 2 * measures.paddingY)
                    // The box first, the line index before the names placed: it rules out most boxes, and more cheaply.
                    let mayCrossLines = way == .forced || way == .forcedOffOtherLand || way == .besideEnclave || way == .leaderAcrossNeighbours
                    guard labelFrame.contains(padded), mayCrossLines || !state.edges.anyCrossing(padded, except: nil),
                          state.isFree(padded, gap: nameGap),
                          state.clearsOutline(padded, farther: isNumber || regions[owner].region.isHighlighted ? 0 : measures.otherNameOutlineGap),
                          !others.contains(where: { Self.evenOdd(regions[$0].rings, Point(x: padded.midX, y: padded.midY)) })
                    else { continue }
                    if !clearAtLength[directionIndex] {
                        guard leaderIsClear(to: end) else {
                            blockedFrom[directionIndex] = lengthIndex
                            continue
                        }
                        clearAtLength[directionIndex] = true
                    }
                    // The lines centred one under the other; `textBox`: their bounds together.
                    let runs = lines.indices.map { index in
                        TextRun(text: lines[index], origin: Point(x: left + (width - widths[index]) / 2, y: origin.y + Double(index) * textHeight),
                                style: labelStyle, width: widths[index], ascent: metrics.ascent, descent: metrics.descent)
                    }
                    let textBox = Rect(x: left, y: top, width: width, height: height)
                    let under: Set<Color>
                    if way == .besideEnclave {
                        // Over its own land, the sea and the regions around it only, its leader at its shortest.
                        let box = regionBoxes[owner]
                        func surrounds(_ other: Int) -> Bool {
                            let around = regionBoxes[other]
                            return around.minX <= box.minX && around.maxX >= box.maxX && around.minY <= box.minY && around.maxY >= box.maxY
                                && around.area >= 10 * box.area
                        }
                        // Kept off a kabupaten/kota map's outline: over the highlighted unit only (proof-reading 13, Q-1).
                        let aroundIsHighlighted = state.keepsOutline
                        func isAllowed(_ point: Point) -> Bool {
                            landOwner(point).map { $0 == owner || ($0 >= 0 && (aroundIsHighlighted ? regions[$0].region.isHighlighted : surrounds($0))) } ?? true
                        }
                        // The samples that decide a name's colour first (most places fail there), then a point apart: a
                        // small island of another region (Yapen, Papua's, beside Papua Tengah) slips between those.
                        guard samples(across: padded).allSatisfy(isAllowed), Self.pointApart(in: padded).allSatisfy(isAllowed) else { continue }
                        under = fills(under: textBox, fill: fill)
                    } else if way == .leaderAcrossNeighbours {
                        guard !Self.hidesMostOfARegion(padded, of: regionBoxes, except: owner), state.clearsOutline(padded, evenForNames: true) else { continue }
                        under = fills(under: textBox, fill: fill)
                    } else if way == .forcedOffOtherLand {
                        // Over its own land and the sea only: a name over another region's fill would name that region
                        // (Papua Pegunungan's over Papua Barat, Jawa Barat's over Jawa Tengah on the posts, proof-reading).
                        guard !state.edges.anyCrossing(padded, except: owner),
                              samples(across: padded).allSatisfy({ landOwner($0).map { $0 == owner } ?? true }) else { continue }
                        under = fills(under: textBox, fill: fill)
                    } else if way == .forced {
                        // Never over the whole of a region smaller than the name: it would vanish under it.
                        guard !Self.hidesAWholeRegion(padded, of: regionBoxes, except: owner) else { continue }
                        // On a map that names every region, nowhere near a region smaller than twice the box (not
                        // over its box): a small region's number stands on it.
                        if namesEveryRegion {
                            // A booklet's own region's name right beside it (a leader at most `maximumSubjectLeaderLength`,
                            // on no other region's land) keeps off regions smaller than its box only: at an A5 booklet's
                            // scale most provinces are smaller than twice "Sul. Barat" (proof-reading 11).
                            let least = (besideSubject ? 1 : 2) * padded.width * padded.height
                            guard !regionBoxes.indices.contains(where: { index in
                                let other = regionBoxes[index]
                                return index != owner && other.area < least && other.minX < padded.maxX && other.maxX > padded.minX
                                    && other.minY < padded.maxY && other.maxY > padded.minY
                            }) else { continue }
                        }
                        under = fills(under: textBox, fill: fill)
                    } else {
                        // With no line through the box, one fill lies under all of it: the one at its centre.
                        let centre = Point(x: padded.midX, y: padded.midY)
                        under = [fill(centre)]
                        if way == .leaderOntoLand {
                            guard landOwner(centre).map({ $0 == owner }) ?? true else { continue }
                        } else if way == .leaderOverNeighbour {
                            // Clear of its own outline: a name whose halo touches it blanks a piece of it (Kab. Purwakarta's).
                            guard !Self.hidesMostOfARegion(padded, of: regionBoxes, except: owner), state.clearsOutline(padded, evenForNames: true) else { continue }
                        } else {
                            guard under == [seaColor] else { continue }
                        }
                    }
                    if besideSubject {
                        // Of the places right beside the subject, one on its own land and the sea where the samples that
                        // choose a name's colour fall (a corner over a neighbour's coast), never over other land.
                        // The samples first, then a point apart: the tip of another region's island under the name's
                        // first letter slipped between the samples ("Papua Pegunungan" over Papua's, proof-reading 16, #2).
                        func isOver(_ point: Point) -> Bool { landOwner(point).map { $0 != owner } ?? false }
                        guard !samples(across: padded).contains(where: isOver), !Self.pointApart(in: padded).contains(where: isOver) else { continue }
                    }
                    commit(runs, padded: padded, end: end, under: under)
                    return true
                }
            }
        }
        return false
    }

    /// Where a name may stand, best first: the centroid of the region's largest ring if inside it, then the points of
    /// a grid over that ring inside it, nearest the centroid first; a ring too small for any: its centroid alone.
    /// (Holes and other regions' enclaves are kept clear later: no line may cross a name.)
    static func labelPoints(_ rings: [[Point]], divisions: Int) -> [Point] {
        largestRing(rings).map { labelPoints(onRing: $0, divisions: divisions) } ?? []
    }

    /// The ring of `rings` with the largest area (the first of equals), each area worked out once.
    static func largestRing(_ rings: [[Point]]) -> [Point]? {
        var best: (index: Int, area: Double)?
        for (index, ring) in rings.enumerated() {
            let area = abs(signedArea(ring))
            if best == nil || area > best!.area { best = (index, area) }
        }
        return best.map { rings[$0.index] }
    }

    /// `labelPoints(_:divisions:)` on `ring`, the largest.
    static func labelPoints(onRing ring: [Point], divisions: Int) -> [Point] {
        guard ring.count >= 3 else { return [] }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        var cx = 0.0, cy = 0.0, twiceArea = 0.0
        for (index, a) in ring.enumerated() {
            let b = ring[(index + 1) % ring.count]
            let cross = a.x * b.y - b.x * a.y
            twiceArea += cross
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
            minX = min(minX, a.x); maxX = max(maxX, a.x); minY = min(minY, a.y); maxY = max(maxY, a.y)
        }
        let centroid = abs(twiceArea) > 1e-9 ? Point(x: cx / (3 * twiceArea), y: cy / (3 * twiceArea))
                                             : Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2)
        // Row by row: where the ring crosses the row's line is found once (as `inside` finds it), and a point of the
        // row lies inside when an odd number of those crossings lie right of it.
        let ys = (1..<max(1, divisions)).map { minY + (maxY - minY) * Double($0) / Double(divisions) }
        var crossings = [[Double]](repeating: [], count: ys.count)
        // An edge meets only the rows between its ends: their indices are found from the rows' even spacing (with a
        // row or more to spare each side, the exact test deciding), not by trying every row against every edge.
        var previous = ring[ring.count - 1]
        let rowHeight = (maxY - minY) / Double(max(1, divisions))
        for current in ring {
            defer { previous = current }
            guard !ys.isEmpty, current.y != previous.y, rowHeight > 0, rowHeight.isFinite, current.y.isFinite, previous.y.isFinite else { continue }
            let low = min(current.y, previous.y), high = max(current.y, previous.y)
            let first = max(0, Int(((low - minY) / rowHeight).rounded(.down)) - 2)
            let last = min(ys.count - 1, Int(((high - minY) / rowHeight).rounded(.up)))
            guard first <= last else { continue }
            for row in first...last where (current.y > ys[row]) != (previous.y > ys[row]) {
                let y = ys[row]
                crossings[row].append((previous.x - current.x) * (y - current.y) / (previous.y - current.y) + current.x)
            }
        }
        var grid: [Point] = []
        for i in 1..<max(1, divisions) {
            let x = minX + (maxX - minX) * Double(i) / Double(divisions)
            for (row, y) in ys.enumerated() where crossings[row].reduce(false, { $1 > x ? !$0 : $0 }) {
                grid.append(Point(x: x, y: y))
            }
        }
        grid = grid.map { (point: $0, distance: ($0.x - centroid.x) * ($0.x - centroid.x) + ($0.y - centroid.y) * ($0.y - centroid.y)) }
            .sorted { $0.distance < $1.distance }.map(\.point)
        if inside(ring, centroid) { return [centroid] + grid }
        return grid.isEmpty ? [centroid] : grid
    }

    static func signedArea(_ ring: [Point]) -> Double {
        var sum = 0.0
        for (index, a) in ring.enumerated() {
            let b = ring[(index + 1) % ring.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }

    /// Whether `point` lies inside `ring` (crossing number).
    static func inside(_ ring: [Point], _ point: Point) -> Bool {
        var result = false
        var previous = ring[ring.count - 1]
        for current in ring {
            if (current.y > point.y) != (previous.y > point.y),
               point.x < (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x {
                result.toggle()
            }
            previous = current
        }
        return result
    }

    /// Whether `point` lies inside rings filled even-odd (outer rings and their holes).
    static func evenOdd(_ rings: [[Point]], _ point: Point) -> Bool {
        rings.reduce(false) { $0 != (!$1.isEmpty && inside($1, point)) }
    }
}

/// A page box (y down) as four numbers, for quick tests.
struct BoundingBox2D {
    var minX: Double, minY: Double, maxX: Double, maxY: Double

    static let empty = BoundingBox2D(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    init(_ points: [Point]) {
        self = .empty
        for point in points {
            minX = min(minX, point.x); maxX = max(maxX, point.x); minY = min(minY, point.y); maxY = max(maxY, point.y)
        }
    }

    var area: Double { minX > maxX ? 0 : (maxX - minX) * (maxY - minY) }

    func union(_ other: BoundingBox2D) -> BoundingBox2D {
        BoundingBox2D(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    func contains(_ point: Point) -> Bool { point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY }

    /// Whether the two boxes share a point (edges included); an empty box meets none.
    func intersects(_ other: BoundingBox2D) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }
}

/// The drawn lines of a map (region borders, coastlines) in a grid of cells, to find quickly whether a box or a
/// segment crosses any of them.
struct EdgeIndex {
    private let cellSize: Double
    private let origin: Point
    private let columns: Int, rows: Int
    /// The segments in each cell, cell after cell (by `finishInserting()`): cell `i`'s are
    /// `cellSegments[cellStarts[i]..<cellStarts[i + 1]]`, in the order inserted. Every cell empty until then.
    private var cellStarts: [Int32]
    private var isFinished = false
    private var cellSegments: [Int32] = []
    private var segments: [(a: Point, b: Point, owner: Int)] = []
    /// A finer grid (cells of `fineCellSize`) marking where the edges pass, and its summed-area table
    /// (`(fineColumns + 1) × (fineRows + 1)`, built by `finishInserting()`), for `surelyCrossed(_:)`.
    private let fineCellSize: Double
    private let fineColumns: Int, fineRows: Int
    private var marked: [Bool]
    private var markSums: [Int32] = []

    init(cellSize: Double, fineCellSize: Double, frame: Rect) {
        self.cellSize = cellSize
        origin = Point(x: frame.minX, y: frame.minY)
        columns = max(1, Int((frame.width / cellSize).rounded(.up)))
        rows = max(1, Int((frame.height / cellSize).rounded(.up)))
        cellStarts = Array(repeating: 0, count: columns * rows + 1)
        self.fineCellSize = fineCellSize
        fineColumns = max(1, Int((frame.width / fineCellSize).rounded(.up)))
        fineRows = max(1, Int((frame.height / fineCellSize).rounded(.up)))
        marked = Array(repeating: false, count: fineColumns * fineRows)
    }

    /// The cells the box of the segment from `a` to `b` meets.
    private func cellRange(_ a: Point, _ b: Point) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        cellRange(min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y))
    }

    private func cellRange(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        let c0 = Int(((minX - origin.x) / cellSize).rounded(.down)), c1 = Int(((maxX - origin.x) / cellSize).rounded(.down))
        let r0 = Int(((minY - origin.y) / cellSize).rounded(.down)), r1 = Int(((maxY - origin.y) / cellSize).rounded(.down))
        let lowC = max(0, c0), highC = min(columns - 1, c1), lowR = max(0, r0), highR = min(rows - 1, r1)
        guard lowC <= highC, lowR <= highR else { return nil }
        return (lowC...highC, lowR...highR)
    }

    /// Marks the fine cells holding points of the segment from `a` to `b` (points at most half a fine cell apart:
    /// a cell the segment only clips may stay unmarked, but no marked cell is without a point of it).
    private mutating func mark(_ a: Point, _ b: Point) {
        let steps = Int((max(abs(b.x - a.x), abs(b.y - a.y)) / (fineCellSize / 2)).rounded(.up))
        for step in 0...max(0, steps) {
            let t = steps == 0 ? 0 : Double(step) / Double(steps)
            // Left of or above the grid: no cell (`Int(_:)` rounds toward zero, the floor only from zero up).
            let across = (a.x + (b.x - a.x) * t - origin.x) / fineCellSize, down = (a.y + (b.y - a.y) * t - origin.y) / fineCellSize
            guard across >= 0, down >= 0, across < Double(fineColumns), down < Double(fineRows) else { continue }
            marked[Int(down) * fineColumns + Int(across)] = true
        }
    }

    /// The segments in cell `index` (none before `finishInserting()`).
    @inline(__always)
    private func segments(inCell index: Int) -> ArraySlice<Int32> {
        cellSegments[Int(cellStarts[index])..<Int(cellStarts[index + 1])]
    }

    /// Files each segment under the cells its box meets, then builds the summed-area table of the marked cells: call
    /// once every ring is inserted, before any question (until then no edge is found).
    mutating func finishInserting() {
        // Two passes over the segments, counting each cell's, then filing them: one array for every cell, not an
        // array a cell (a national map's 900 cells grew theirs one append at a time).
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        for segment in segments {
            guard let (cs, rs) = cellRange(segment.a, segment.b) else { continue }
            for r in rs { for c in cs { counts[r * columns + c + 1] += 1 } }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var filed = [Int32](repeating: 0, count: Int(counts[counts.count - 1]))
        for (index, segment) in segments.enumerated() {
            guard let (cs, rs) = cellRange(segment.a, segment.b) else { continue }
            for r in rs { for c in cs {
                filed[Int(next[r * columns + c])] = Int32(index)
                next[r * columns + c] += 1
            } }
        }
        cellStarts = counts
        cellSegments = filed
        isFinished = true
        let width = fineColumns + 1
        var sums = [Int32](repeating: 0, count: width * (fineRows + 1))
        for row in 0..<fineRows {
            var rowSum: Int32 = 0
            for column in 0..<fineColumns {
                if marked[row * fineColumns + column] { rowSum += 1 }
                sums[(row + 1) * width + column + 1] = sums[row * width + column + 1] + rowSum
            }
        }
        markSums = sums
    }

    /// Whether a marked fine cell lies wholly inside `box`: then a drawn line passes through the box (most boxes a
    /// name is tried in are crossed by one, and this tells it in four reads instead of a walk along the edges).
    private func surelyCrossed(_ box: Rect) -> Bool {
        guard !markSums.isEmpty else { return false }
        // The cells wholly inside: from the first whose left edge is at or right of the box's (the ceiling), to the
        // last whose right edge is at or left of the box's (the floor, less one). `Int(_:)` rounds toward zero, which
        // is the floor for the positive and, where it is not, makes the range empty as the floor would.
        func ceiling(_ value: Double) -> Int {
            let whole = Int(value)
            return Double(whole) < value ? whole + 1 : whole
        }
        let firstColumn = max(0, ceiling((box.minX - origin.x) / fineCellSize))
        let lastColumn = min(fineColumns, Int((box.maxX - origin.x) / fineCellSize)) - 1
        let firstRow = max(0, ceiling((box.minY - origin.y) / fineCellSize))
        let lastRow = min(fineRows, Int((box.maxY - origin.y) / fineCellSize)) - 1
        guard firstColumn <= lastColumn, firstRow <= lastRow else { return false }
        let width = fineColumns + 1
        return markSums.withUnsafeBufferPointer { sums in
            sums[(lastRow + 1) * width + lastColumn + 1] &- sums[firstRow * width + lastColumn + 1]
                &- sums[(lastRow + 1) * width + firstColumn] &+ sums[firstRow * width + firstColumn] > 0
        }
    }

    /// Whether no marked fine cell lies within a fine cell of `box`, the box and that margin on the grid: then no edge
    /// passes through the box (the points marked along an edge are at most half a fine cell apart, so one lies within
    /// half a cell of any point of it), whatever its owner.
    private func surelyClear(_ box: Rect) -> Bool {
        guard !markSums.isEmpty else { return false }
        let firstColumn = Int(((box.minX - origin.x) / fineCellSize).rounded(.down)) - 1
        let lastColumn = Int(((box.maxX - origin.x) / fineCellSize).rounded(.down)) + 1
        let firstRow = Int(((box.minY - origin.y) / fineCellSize).rounded(.down)) - 1
        let lastRow = Int(((box.maxY - origin.y) / fineCellSize).rounded(.down)) + 1
        guard firstColumn >= 0, firstRow >= 0, lastColumn < fineColumns, lastRow < fineRows else { return false }
        let width = fineColumns + 1
        return markSums.withUnsafeBufferPointer { sums in
            sums[(lastRow + 1) * width + lastColumn + 1] &- sums[firstRow * width + lastColumn + 1]
                &- sums[(lastRow + 1) * width + firstColumn] &+ sums[firstRow * width + firstColumn] == 0
        }
    }

    /// Adds a closed ring's edges.
    mutating func insert(_ ring: [Point], owner: Int) {
        precondition(!isFinished, "EdgeIndex: every ring is inserted before finishInserting()")
        guard ring.count > 1 else { return }
        var previous = ring[ring.count - 1]
        for point in ring {
            segments.append((previous, point, owner))
            mark(previous, point)
            previous = point
        }
    }

    /// Whether an edge (of another owner than `except`) crosses or lies in `box`.
    func anyCrossing(_ box: Rect, except: Int?) -> Bool {
        if except == nil, surelyCrossed(box) { return true }
        if surelyClear(box) { return false }
        guard let (cs, rs) = cellRange(box.minX, box.minY, box.maxX, box.maxY) else { return false }
        for r in rs {
            for c in cs {
                for index in segments(inCell: r * columns + c) {
                    let segment = segments[Int(index)]
                    if segment.owner != except, Self.segment(segment.a, segment.b, crosses: box) { return true }
                }
            }
        }
        return false
    }

    /// Whether an edge of one of `owners` crosses the segment from `a` to `b`.
    func anyCrossing(from a: Point, to b: Point, owners: Set<Int>) -> Bool {
        guard !owners.isEmpty, let (cs, rs) = cellRange(min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)) else { return false }
        for r in rs {
            for c in cs {
                for index in segments(inCell: r * columns + c) where owners.contains(segments[Int(index)].owner) {
                    if Self.segments(a, b, segments[Int(index)].a, segments[Int(index)].b) { return true }
                }
            }
        }
        return false
    }

    /// The owners but `except` whose edges cross the segment from `a` to `b` (-1: the neighbours' land).
    func owners(crossing a: Point, to b: Point, except: Int?) -> Set<Int> {
        guard let (cs, rs) = cellRange(min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)) else { return [] }
        var found = Set<Int>()
        for r in rs {
            for c in cs {
                for index in segments(inCell: r * columns + c) {
                    let segment = segments[Int(index)]
                    if segment.owner != except, !found.contains(segment.owner), Self.segments(a, b, segment.a, segment.b) {
                        found.insert(segment.owner)
                    }
                }
            }
        }
        return found
    }

    /// Whether an edge of another owner than `except` crosses the segment from `a` to `b`.
    func anyCrossing(from a: Point, to b: Point, except: Int?) -> Bool {
        guard let (cs, rs) = cellRange(min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)) else { return false }
        for r in rs {
            for c in cs {
                for index in segments(inCell: r * columns + c) {
                    let segment = segments[Int(index)]
                    if segment.owner != except, Self.segments(a, b, segment.a, segment.b) { return true }
                }
            }
        }
        return false
    }

    /// Whether the segment from `a` to `b` crosses or lies in `box` (Liang–Barsky).
    static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        if max(a.x, b.x) < box.minX || min(a.x, b.x) > box.maxX || max(a.y, b.y) < box.minY || min(a.y, b.y) > box.maxY { return false }
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        func clip(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let t = q / p
            if p < 0 {
                if t > t1 { return false }
                t0 = max(t0, t)
            } else {
                if t < t0 { return false }
                t1 = min(t1, t)
            }
            return true
        }
        return clip(-dx, a.x - box.minX) && clip(dx, box.maxX - a.x) && clip(-dy, a.y - box.minY) && clip(dy, box.maxY - a.y) && t0 <= t1
    }

    /// How far `point` lies from the segment `a`–`b`.
    static func distance(from point: Point, toSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y, squared = dx * dx + dy * dy
        let t = squared == 0 ? 0 : max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / squared))
        return hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy))
    }

    /// Whether `point` lies less than `limit` from the segment `a`–`b` (`distance(from:toSegment:_:) < limit`): a point
    /// beyond the segment's box widened by `limit` (and a hair for rounding) is not, and needs no square root.
    static func isNear(_ point: Point, toSegment a: Point, _ b: Point, within limit: Double) -> Bool {
        let margin = limit + 1e-6
        if point.x < min(a.x, b.x) - margin || point.x > max(a.x, b.x) + margin
            || point.y < min(a.y, b.y) - margin || point.y > max(a.y, b.y) + margin { return false }
        return distance(from: point, toSegment: a, b) < limit
    }

    /// Whether the segments a–b and c–d cross (touching ends count).
    static func segments(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func orientation(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = orientation(c, d, a), d2 = orientation(c, d, b), d3 = orientation(a, b, c), d4 = orientation(a, b, d)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
        return false
    }
}

extension MapLabelPlacer {
    /// On a kabupaten/kota map, the names and numbers whose halo (white knockout) still comes within `reach` of the
    /// highlighted unit's border (`rings`) where no place off it was found (Kota Cimahi's "25", too small for it,
    /// between Kab. Bandung, Kab. Bandung Barat and Kota Bandung): their halos (copies of the text in the halo's
    /// colour) go under the outline, drawn again there (clipped to each halo; `stroke` centred on the border, as wide
    /// as the outline shows outside it), and the text over it without its halo, so the outline is never blanked
    /// (proof-reading 13, Q-1). The names' layer: those halos and outlines first, in a group of their own, then `items`
    /// with those halos taken off.
    static func keepingOutline(_ items: [SceneItem], rings: [[Point]], reach: Double, stroke: Stroke) -> [SceneItem] {
        var knockouts: [SceneItem] = [], outlines: [SceneItem] = []
        func visit(_ items: [SceneItem]) -> [SceneItem] {
            items.map { item in
                switch item {
                case .text(var run):
                    guard let halo = run.style.halo else { return item }
                    let bounds = run.bounds
                    let near = Rect(x: bounds.minX - reach, y: bounds.minY - reach, width: bounds.width + 2 * reach, height: bounds.height + 2 * reach)
                    var segments: [Path.Element] = []
                    for ring in rings where ring.count > 1 {
                        for index in ring.indices where EdgeIndex.segment(ring[index], ring[(index + 1) % ring.count], crosses: near) {
                            segments += [.move(ring[index]), .line(ring[(index + 1) % ring.count])]
                        }
                    }
                    guard !segments.isEmpty else { return item }
                    var knockout = run
                    knockout.style.color = halo.color
                    knockouts.append(.text(knockout))
                    let clip = Rect(x: bounds.minX - halo.width / 2, y: bounds.minY - halo.width / 2, width: bounds.width + halo.width,
                                    height: bounds.height + halo.width)
                    outlines.append(.group(Group(role: "sorot di atas selubung", clip: clip, items: [.shape(Shape(path: Path(segments), stroke: stroke))])))
                    run.style.halo = nil
                    return .text(run)
                case .group(var group):
                    group.items = visit(group.items)
                    return .group(group)
                default:
                    return item
                }
            }
        }
        let kept = visit(items)
        return knockouts.isEmpty ? kept : [.group(Group(role: "selubung nama di bawah sorot", items: knockouts + outlines))] + kept
    }
}
