// A PNG encoder for opaque charts, written for speed: one pass over Cairo's pixels, no row conversion, no
// general-purpose compressor. Charts are mostly flat colour, so the rows are deflated pixel-wise:
//   - a pixel equal to the one on its left starts a copy at distance 3 (the run of that colour);
//   - two or more pixels equal to those above start a copy at distance rowbytes (the row above);
//   - a row equal to the one above repeats the previous row's symbols, or is one copy of the row above;
//   - two or more pixels seen before (a small hash of pixel pairs: glyphs and edges repeat) are copied from there;
//   - anything else is three literal bytes.
// The symbols are gathered in blocks of about 64 K and each block is written with its own Huffman codes (or the
// fixed ones where those are shorter); the zlib Adler-32 is summed per row in closed form (identical rows cost
// nothing, runs of one colour cost one step). Large pictures are deflated in four stripes, shared by the caller and one helper thread. Every row has
// filter type 0, so the file decodes to exactly the pixels Cairo drew. libpng (sajian_png.c) stays for the other
// settings and for alpha.
#include "sajian_png.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define ADLER_MOD 65521u
#define RGB_MASK 0xFFFFFFu
#define BLOCK_SYMBOLS 65536
#define MATCH 0x80000000u  // a symbol with this bit is a copy: length << 16 | distance; otherwise a literal byte

// ---- Deflate's alphabets (RFC 1951 3.2.5) ----

static uint8_t length_symbol[259];   // length 3–258 → 0–28 (symbol 257 + that)
static uint8_t distance_symbol[512]; // distance − 1 < 256 → [d − 1]; otherwise [256 + ((d − 1) >> 7)]
static const int length_base[29] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
                                     99, 115, 131, 163, 195, 227, 258 };
static const int length_extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
static const int distance_base[30] = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
static const int distance_extra[30] = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
                                        12, 12, 13, 13 };
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void build_tables(void) {
    for (int length = 3; length <= 258; length++) {
        int index = 28;
        while (length_base[index] > length) index--;
        length_symbol[length] = (uint8_t)index;
    }
    for (int distance = 1; distance <= 32768; distance++) {
        int index = 29;
        while (distance_base[index] > distance) index--;
        if (distance <= 256) distance_symbol[distance - 1] = (uint8_t)index;
        else distance_symbol[256 + ((distance - 1) >> 7)] = (uint8_t)index;
    }
}

static inline int distance_index(uint32_t distance) {
    return distance <= 256 ? distance_symbol[distance - 1] : distance_symbol[256 + ((distance - 1) >> 7)];
}

// ---- Bits out ----

typedef struct {
    uint8_t *start, *out, *end;  // the buffer, where the next whole 32 bits go, its end
    uint64_t bits;               // pending bits, low first
    uint32_t count;              // how many are pending (< 32 between calls)
} bit_writer;

/// Appends `count` (≤ 32) bits, low first.
static inline void put(bit_writer *w, uint32_t bits, uint32_t count) {
    w->bits |= (uint64_t)bits << w->count;
    w->count += count;
    if (w->count >= 32) {
        uint32_t word = (uint32_t)w->bits;
        w->out[0] = (uint8_t)word; w->out[1] = (uint8_t)(word >> 8);
        w->out[2] = (uint8_t)(word >> 16); w->out[3] = (uint8_t)(word >> 24);
        w->out += 4;
        w->bits >>= 32;
        w->count -= 32;
    }
}

/// Makes room for `more` bytes; 0 when memory runs out.
static int reserve(bit_writer *w, size_t more) {
    if ((size_t)(w->end - w->out) >= more + 8) return 1;
    size_t used = (size_t)(w->out - w->start), capacity = (size_t)(w->end - w->start) * 2;
    if (capacity < used + more + 8) capacity = used + more + 8;
    uint8_t *grown = realloc(w->start, capacity);
    if (!grown) return 0;
    w->start = grown; w->out = grown + used; w->end = grown + capacity;
    return 1;
}

static uint32_t reversed(uint32_t value, int count) {
    uint32_t result = 0;
    for (int i = 0; i < count; i++) { result = (result << 1) | (value & 1); value >>= 1; }
    return result;
}

// ---- Huffman codes ----

typedef struct { uint32_t key; uint16_t symbol; } weighted_symbol;

static int by_key(const void *a, const void *b) {
    const weighted_symbol *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key ? 1 : (int)x->symbol - (int)y->symbol;
}

/// Code lengths of at most `limit` bits for `count` symbols with these frequencies; a used alphabet gets at least two
/// codes, as inflaters need a complete code. Moffat and Katajainen's in-place minimum-redundancy lengths, then
/// the longest codes folded under the limit (as miniz does).
static void huffman_lengths(const uint32_t *frequency, int count, int limit, uint8_t *lengths) {
    weighted_symbol list[288];
    int n = 0;
    memset(lengths, 0, (size_t)count);
    for (int i = 0; i < count; i++) if (frequency[i]) list[n++] = (weighted_symbol){ frequency[i], (uint16_t)i };
    for (int i = 0; n < 2 && i < count; i++) if (!frequency[i]) list[n++] = (weighted_symbol){ 1, (uint16_t)i };
    qsort(list, (size_t)n, sizeof list[0], by_key);
    // Moffat–Katajainen: keys become code lengths, in place (list sorted by ascending frequency).
    list[0].key += list[1].key;
    int root = 0, leaf = 2;
    for (int next = 1; next < n - 1; next++) {
        if (leaf >= n || list[root].key < list[leaf].key) { list[next].key = list[root].key; list[root++].key = (uint32_t)next; }
        else list[next].key = list[leaf++].key;
        if (leaf >= n || (root < next && list[root].key < list[leaf].key)) {
            list[next].key += list[root].key; list[root++].key = (uint32_t)next;
        } else list[next].key += list[leaf++].key;
    }
    list[n - 2].key = 0;
    for (int next = n - 3; next >= 0; next--) list[next].key = list[list[next].key].key + 1;
    int available = 1, used = 0, depth = 0, next = n - 1;
    root = n - 2;
    while (available > 0) {
        while (root >= 0 && (int)list[root].key == depth) { used++; root--; }
        while (available > used) { list[next--].key = (uint32_t)depth; available--; }
        available = 2 * used; depth++; used = 0;
    }
    // Fold lengths over the limit back under it, keeping the Kraft sum exactly 1.
    int per_length[33] = { 0 };
    for (int i = 0; i < n; i++) per_length[list[i].key > 32 ? 32 : list[i].key]++;
    for (int i = limit + 1; i <= 32; i++) { per_length[limit] += per_length[i]; per_length[i] = 0; }
    uint32_t total = 0;
    for (int i = limit; i > 0; i--) total += (uint32_t)per_length[i] << (limit - i);
    while (total != (1u << limit)) {
        per_length[limit]--;
        for (int i = limit - 1; i > 0; i--) if (per_length[i]) { per_length[i]--; per_length[i + 1] += 2; break; }
        total--;
    }
    // The most frequent symbols (at the end of the list) get the shortest codes.
    int j = n;
    for (int length = 1; length <= limit; length++)
        for (int k = per_length[length]; k > 0; k--) lengths[list[--j].symbol] = (uint8_t)length;
}

/// Canonical codes for these lengths, bit-reversed for sending low bit first.
static void canonical_codes(const uint8_t *lengths, int count, uint16_t *codes) {
    int per_length[16] = { 0 }, next[16];
    for (int i = 0; i < count; i++) per_length[lengths[i]]++;
    per_length[0] = 0;
    int code = 0;
    for (int length = 1; length < 16; length++) { code = (code + per_length[length - 1]) << 1; next[length] = code; }
    for (int i = 0; i < count; i++)
        codes[i] = lengths[i] ? (uint16_t)reversed((uint32_t)next[lengths[i]]++, lengths[i]) : 0;
}

static void fixed_lengths(uint8_t *literal, uint8_t *distance) {
    for (int i = 0; i < 288; i++) literal[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    for (int i = 0; i < 30; i++) distance[i] = 5;
}

/// Writes the symbols as one deflate block, with its own Huffman codes or the fixed ones, whichever is shorter.
static int write_block(bit_writer *w, const uint32_t *symbols, size_t count, int final) {
    uint32_t literal_frequency[288] = { 0 }, distance_frequency[30] = { 0 };
    for (size_t i = 0; i < count; i++) {
        uint32_t s = symbols[i];
        if (s & MATCH) {
            literal_frequency[257 + length_symbol[(s >> 16) & 0x1FF]]++;
            distance_frequency[distance_index(s & 0xFFFF ? s & 0xFFFF : 65536)]++;
        } else literal_frequency[s]++;
    }
    literal_frequency[256] = 1;
    uint8_t literal_lengths[288] = { 0 }, distance_lengths[30], fixed_literal[288], fixed_distance[30];
    huffman_lengths(literal_frequency, 286, 15, literal_lengths);
    huffman_lengths(distance_frequency, 30, 15, distance_lengths);
    fixed_lengths(fixed_literal, fixed_distance);

    // The code lengths, run-length coded (RFC 1951 3.2.7): 16 repeats the last length 3–6 times, 17 and 18 are zeros.
    int literal_count = 286, distance_count = 30;
    while (literal_count > 257 && !literal_lengths[literal_count - 1]) literal_count--;
    while (distance_count > 1 && !distance_lengths[distance_count - 1]) distance_count--;
    uint8_t all[316], runs[316], run_extra[316];
    int total = literal_count + distance_count, run_count = 0;
    memcpy(all, literal_lengths, (size_t)literal_count);
    memcpy(all + literal_count, distance_lengths, (size_t)distance_count);
    uint32_t length_frequency[19] = { 0 };
    for (int i = 0; i < total;) {
        int length = all[i], same = 1;
        while (i + same < total && all[i + same] == length) same++;
        int left = same;
        if (length == 0) {
            while (left >= 11) { int k = left > 138 ? 138 : left; runs[run_count] = 18; run_extra[run_count++] = (uint8_t)(k - 11); left -= k; }
            if (left >= 3) { runs[run_count] = 17; run_extra[run_count++] = (uint8_t)(left - 3); left = 0; }
        } else {
            runs[run_count] = (uint8_t)length; run_extra[run_count++] = 0; left--;
            while (left >= 3) { int k = left > 6 ? 6 : left; runs[run_count] = 16; run_extra[run_count++] = (uint8_t)(k - 3); left -= k; }
        }
        while (left-- > 0) { runs[run_count] = (uint8_t)length; run_extra[run_count++] = 0; }
        i += same;
    }
    for (int i = 0; i < run_count; i++) length_frequency[runs[i]]++;
    uint8_t length_lengths[19];
    huffman_lengths(length_frequency, 19, 7, length_lengths);
    static const uint8_t order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
    int order_count = 19;
    while (order_count > 4 && !length_lengths[order[order_count - 1]]) order_count--;

    // Sizes in bits of the two choices.
    uint64_t dynamic_bits = 3 + 14 + 3 * (uint64_t)order_count, fixed_bits = 3;
    for (int i = 0; i < run_count; i++)
        dynamic_bits += length_lengths[runs[i]] + (runs[i] == 16 ? 2 : runs[i] == 17 ? 3 : runs[i] == 18 ? 7 : 0);
    for (int i = 0; i < 286; i++) {
        uint64_t extra = i >= 257 ? (uint64_t)length_extra[i - 257] : 0;
        dynamic_bits += literal_frequency[i] * (literal_lengths[i] + extra);
        fixed_bits += literal_frequency[i] * (fixed_literal[i] + extra);
    }
    for (int i = 0; i < 30; i++) {
        dynamic_bits += distance_frequency[i] * (uint64_t)(distance_lengths[i] + distance_extra[i]);
        fixed_bits += distance_frequency[i] * (uint64_t)(fixed_distance[i] + distance_extra[i]);
    }
    if (!reserve(w, (size_t)((dynamic_bits < fixed_bits ? dynamic_bits : fixed_bits) / 8) + 16)) return 0;

    const uint8_t *use_literal = literal_lengths, *use_distance = distance_lengths;
    if (fixed_bits <= dynamic_bits) {
        put(w, (uint32_t)final | (1u << 1), 3);  // BTYPE 01
        use_literal = fixed_literal; use_distance = fixed_distance;
    } else {
        put(w, (uint32_t)final | (2u << 1), 3);  // BTYPE 10
        put(w, (uint32_t)(literal_count - 257), 5);
        put(w, (uint32_t)(distance_count - 1), 5);
        put(w, (uint32_t)(order_count - 4), 4);
        for (int i = 0; i < order_count; i++) put(w, length_lengths[order[i]], 3);
        uint16_t length_codes[19];
        canonical_codes(length_lengths, 19, length_codes);
        for (int i = 0; i < run_count; i++) {
            put(w, length_codes[runs[i]], length_lengths[runs[i]]);
            if (runs[i] == 16) put(w, run_extra[i], 2);
            else if (runs[i] == 17) put(w, run_extra[i], 3);
            else if (runs[i] == 18) put(w, run_extra[i], 7);
        }
    }
    uint16_t literal_codes[288], distance_codes[30];
    canonical_codes(use_literal, 288, literal_codes);
    canonical_codes(use_distance, 30, distance_codes);
    // A copy's length code with its extra bits, and the same for its distance, looked up once per length.
    uint32_t length_bits[259], length_count[259];
    for (int length = 3; length <= 258; length++) {
        int index = length_symbol[length];
        length_bits[length] = literal_codes[257 + index] | ((uint32_t)(length - length_base[index]) << use_literal[257 + index]);
        length_count[length] = use_literal[257 + index] + (uint32_t)length_extra[index];
    }
    for (size_t i = 0; i < count; i++) {
        uint32_t s = symbols[i];
        if (s & MATCH) {
            uint32_t length = (s >> 16) & 0x1FF, distance = s & 0xFFFF ? s & 0xFFFF : 65536;
            put(w, length_bits[length], length_count[length]);
            int index = distance_index(distance);
            put(w, distance_codes[index] | ((distance - (uint32_t)distance_base[index]) << use_distance[index]),
                use_distance[index] + (uint32_t)distance_extra[index]);
        } else put(w, literal_codes[s], use_literal[s]);
    }
    put(w, literal_codes[256], use_literal[256]);
    return 1;
}

// ---- Rows to symbols ----

typedef struct {
    uint32_t *symbols;  // this block's, with room for one more row past BLOCK_SYMBOLS
    size_t count;
} symbol_list;

static inline void literal(symbol_list *list, uint32_t byte) { list->symbols[list->count++] = byte; }

/// A copy of `length` bytes from `distance` (≤ 32768) back, in pieces of at most 258 bytes.
static inline void copy(symbol_list *list, size_t length, uint32_t distance) {
    while (length > 0) {
        size_t piece = length > 258 ? 258 : length;
        if (length - piece > 0 && length - piece < 3) piece = length - 3;
        list->symbols[list->count++] = MATCH | ((uint32_t)piece << 16) | (distance & 0xFFFF);
        length -= piece;
    }
}

/// The sums over one row's bytes that its share of the Adler-32 needs. With d_i the row's bytes (i = 0 the filter
/// byte, pixel x at 1 + 3x, 2 + 3x, 3 + 3x) and n their count, a row adds Σ d_i to a and n·a + n·Σ d_i − Σ i·d_i
/// to b; per pixel with s = r + g + b: Σ d_i = Σ s and Σ i·d_i = 3·Σ x·s + Σ (r + 2g + 3b).
typedef struct { uint64_t sum, weighted, tail; } row_sums;

/// Adds `count` pixels of `pixel` from `x` on, in closed form.
static inline void sum_run(row_sums *sums, uint32_t pixel, int x, int count) {
    uint64_t r = (pixel >> 16) & 0xFF, g = (pixel >> 8) & 0xFF, b = pixel & 0xFF, s = r + g + b, m = (uint64_t)count;
    sums->sum += m * s;
    sums->weighted += s * (m * (uint64_t)x + m * (m - 1) / 2);
    sums->tail += m * (r + 2 * g + 3 * b);
}

static inline void sum_pixels(row_sums *sums, const uint32_t *row, int x, int count) {
    uint64_t sum = 0, weighted = 0, tail = 0;
    int i = x, end = x + count;
#ifdef __SSE2__
    // Four lanes, lane l taking pixels i + 4t + l, in chunks short enough for 32-bit lane sums. Per lane, besides
    // Σ s and Σ (r + 2g + 3b), stacked = Σ over t of the running Σ s, so that Σ t·s = T·Σ s − stacked.
    const __m128i low = _mm_set1_epi32(0xFF);
    while (end - i >= 8) {
        int chunk = (end - i) / 4 > 1024 ? 1024 : (end - i) / 4;
        __m128i lane_sum = _mm_setzero_si128(), lane_tail = _mm_setzero_si128(), stacked = _mm_setzero_si128();
        for (int t = 0; t < chunk; t++) {
            __m128i p = _mm_loadu_si128((const __m128i *)(row + i + 4 * t));
            __m128i b = _mm_and_si128(p, low), g = _mm_and_si128(_mm_srli_epi32(p, 8), low),
                    r = _mm_and_si128(_mm_srli_epi32(p, 16), low);
            __m128i s = _mm_add_epi32(_mm_add_epi32(r, g), b);
            lane_sum = _mm_add_epi32(lane_sum, s);
            stacked = _mm_add_epi32(stacked, lane_sum);
            lane_tail = _mm_add_epi32(lane_tail, _mm_add_epi32(_mm_add_epi32(r, _mm_slli_epi32(g, 1)),
                                                               _mm_add_epi32(b, _mm_slli_epi32(b, 1))));
        }
        uint32_t sums_l[4], stacked_l[4], tails_l[4];
        _mm_storeu_si128((__m128i *)sums_l, lane_sum);
        _mm_storeu_si128((__m128i *)stacked_l, stacked);
        _mm_storeu_si128((__m128i *)tails_l, lane_tail);
        for (int l = 0; l < 4; l++) {
            // Σ_t (i + 4t + l)·s_t = (i + l)·Σ s + 4·Σ t·s_t, and Σ t·s_t = chunk·Σ s − stacked.
            uint64_t lane_s = sums_l[l], by_t = (uint64_t)chunk * lane_s - stacked_l[l];
            sum += lane_s;
            weighted += (uint64_t)(i + l) * lane_s + 4 * by_t;
            tail += tails_l[l];
        }
        i += 4 * chunk;
    }
#endif
    for (; i < end; i++) {
        uint32_t p = row[i], r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF, s = r + g + b;
        sum += s;
        weighted += (uint64_t)i * s;
        tail += r + 2 * g + 3 * b;
    }
    sums->sum += sum; sums->weighted += weighted; sums->tail += tail;
}

/// How many pixels from `x` on equal `value` (RGB only).
static inline int run_of(const uint32_t *row, int x, int width, uint32_t value) {
    int start = x;
#ifdef __SSE2__
    const __m128i mask = _mm_set1_epi32(RGB_MASK), wanted = _mm_set1_epi32((int)value);
    for (; x + 16 <= width; x += 16) {  // long runs (the background) 16 pixels a step
        const __m128i *p = (const __m128i *)(row + x);
        __m128i all = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(p), mask), wanted),
                          _mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(p + 1), mask), wanted)),
            _mm_and_si128(_mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(p + 2), mask), wanted),
                          _mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(p + 3), mask), wanted)));
        if (_mm_movemask_epi8(all) != 0xFFFF) break;
    }
    for (; x + 4 <= width; x += 4) {
        __m128i pixels = _mm_and_si128(_mm_loadu_si128((const __m128i *)(row + x)), mask);
        int equal = _mm_movemask_epi8(_mm_cmpeq_epi32(pixels, wanted));
        if (equal != 0xFFFF) return x + __builtin_ctz((unsigned)~equal) / 4 - start;
    }
#endif
    while (x < width && (row[x] & RGB_MASK) == value) x++;
    return x - start;
}

/// How many pixels from `x` on equal those above.
static inline int run_above(const uint32_t *row, const uint32_t *up, int x, int width) {
    int start = x;
#ifdef __SSE2__
    const __m128i mask = _mm_set1_epi32(RGB_MASK), zero = _mm_setzero_si128();
    for (; x + 16 <= width; x += 16) {
        const __m128i *p = (const __m128i *)(row + x), *q = (const __m128i *)(up + x);
        __m128i differ = _mm_or_si128(
            _mm_or_si128(_mm_xor_si128(_mm_loadu_si128(p), _mm_loadu_si128(q)),
                         _mm_xor_si128(_mm_loadu_si128(p + 1), _mm_loadu_si128(q + 1))),
            _mm_or_si128(_mm_xor_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(q + 2)),
                         _mm_xor_si128(_mm_loadu_si128(p + 3), _mm_loadu_si128(q + 3))));
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(_mm_and_si128(differ, mask), zero)) != 0xFFFF) break;
    }
    for (; x + 4 <= width; x += 4) {
        __m128i differ = _mm_and_si128(_mm_xor_si128(_mm_loadu_si128((const __m128i *)(row + x)),
                                                     _mm_loadu_si128((const __m128i *)(up + x))), mask);
        int equal = _mm_movemask_epi8(_mm_cmpeq_epi32(differ, zero));
        if (equal != 0xFFFF) return x + __builtin_ctz((unsigned)~equal) / 4 - start;
    }
#endif
    while (x < width && ((row[x] ^ up[x]) & RGB_MASK) == 0) x++;
    return x - start;
}

/// Like run_above, but stops before 16 pixels in a row of one colour (from a multiple of 16 after `x`): such
/// stretches are cheaper as runs of one colour, and their sums need no reading of every pixel.
static inline int run_above_until_flat(const uint32_t *row, const uint32_t *up, int x, int width) {
    int start = x;
    while (x + 16 <= width) {
        int same = run_above(row, up, x, x + 16);
        if (same < 16) return x + same - start;
        if (x > start && run_of(row, x, x + 16, row[x - 1] & RGB_MASK) == 16) return x - start;
        x += 16;
    }
    return x + run_above(row, up, x, width) - start;
}

static int rows_equal(const uint32_t *row, const uint32_t *up, int width) {
    if (memcmp(row, up, (size_t)width * 4) == 0) return 1;
    return run_above(row, up, 0, width) == width;
}

#define NO_ROW ((size_t)-1)
#define HASH_BITS 12

/// Where two literal pixels were last seen, to find text and edges drawn before (glyphs repeat): the position in
/// the raw stream, the column, and the pixel itself.
typedef struct { uint32_t position, x; const uint32_t *pixel; } seen;

static inline uint32_t pair_hash(uint32_t first, uint32_t second) {
    return ((first * 0x9E3779B1u) ^ (second * 0x85EBCA77u)) >> (32 - HASH_BITS);
}

/// Deflates rows `first_row` to `end_row` − 1 into `w` (the last block final if `final`), and returns the Adler-32
/// of those raw rows alone (0 with `*failed` set when memory ran out). Rows before `first_row` are in the
/// decoder's window already: the first row may copy the one above.
static uint32_t deflate_rows(bit_writer *w, const uint8_t *pixels, int width, int first_row, int end_row, int stride,
                             int final, int *failed) {
    const size_t rowbytes = 3 * (size_t)width + 1;
    const int far_copies = rowbytes <= 32768;  // the row above must be within deflate's 32 KB window
    const size_t whole_row_pieces = (rowbytes + 257) / 258;
    const size_t row_symbols = 3 * (size_t)width + 2;  // the most one row can add
    symbol_list list = { malloc(sizeof(uint32_t) * (BLOCK_SYMBOLS + row_symbols)), 0 };
    uint32_t *previous = malloc(sizeof(uint32_t) * row_symbols);
    seen *recent = calloc((size_t)1 << HASH_BITS, sizeof(seen));
    if (!list.symbols || !previous || !recent) { free(list.symbols); free(previous); free(recent); *failed = 1; return 0; }
    uint32_t a = 1, b = 0, row_a = 0, row_b = 0;
    size_t previous_count = NO_ROW;  // the symbols of the last row encoded here, if any
    // Whether those symbols mean the same one row further down: runs (distance 3) and copies of the row above
    // (distance rowbytes) do; a copy of two pixels seen before points at a fixed place and does not.
    int previous_reusable = 0;
    for (int y = first_row; y < end_row; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * (size_t)stride);
        const uint32_t *up = y > 0 ? (const uint32_t *)(pixels + (size_t)(y - 1) * (size_t)stride) : NULL;
        const int can_repeat = previous_count != NO_ROW && previous_reusable;
        if (up && (can_repeat || far_copies) && rows_equal(row, up, width)) {
            // The same bytes again: repeat the symbols of the last row that was encoded, or copy the row above.
            if (can_repeat && (previous_count <= whole_row_pieces || !far_copies)) {
                memcpy(list.symbols + list.count, previous, previous_count * sizeof *previous);
                list.count += previous_count;
            } else {
                copy(&list, rowbytes, (uint32_t)rowbytes);
                if (y == first_row) {  // no row encoded here yet: this one's sums are still to be taken
                    row_sums sums = { 0, 0, 0 };
                    sum_pixels(&sums, row, 0, width);
                    row_a = (uint32_t)(sums.sum % ADLER_MOD);
                    row_b = (uint32_t)(((uint64_t)rowbytes * sums.sum - (3 * sums.weighted + sums.tail)) % ADLER_MOD);
                }
            }
            // Adler-32 of a repeated row: its byte sum and weighted sum are the previous row's.
            uint64_t b_add = (uint64_t)rowbytes * a + row_b;
            a = (uint32_t)((a + row_a) % ADLER_MOD);
            b = (uint32_t)((b + b_add) % ADLER_MOD);
        } else {
            size_t first = list.count;
            previous_reusable = 1;
            literal(&list, 0);  // filter type 0
            row_sums sums = { 0, 0, 0 };
            int x = 0;
            while (x < width) {
                uint32_t pixel = row[x] & RGB_MASK;
                int run = x > 0 && (row[x - 1] & RGB_MASK) == pixel ? run_of(row, x, width, pixel) : 0;
                // A run of one colour is the cheapest copy; the row above is looked at only where runs are short
                // (edges, text), where it saves literals.
                if (up && far_copies && run < 16 && (up[x] & RGB_MASK) == pixel) {
                    int same = run_above_until_flat(row, up, x, width);
                    if (same >= 2 && same > run) {
                        copy(&list, 3 * (size_t)same, (uint32_t)rowbytes);
                        sum_pixels(&sums, row, x, same);
                        x += same;
                        continue;
                    }
                }
                if (run > 0) {
                    copy(&list, 3 * (size_t)run, 3);
                    sum_run(&sums, pixel, x, run);
                    x += run;
                    continue;
                }
                if (x + 1 < width) {
                    // The same two pixels seen before, within deflate's window: copy as many as match, up to the end
                    // of either row (rows are separated by their filter bytes).
                    uint32_t next = row[x + 1] & RGB_MASK, position = (uint32_t)((size_t)y * rowbytes + 1 + 3 * (size_t)x);
                    seen *slot = &recent[pair_hash(pixel, next)], before = *slot;
                    *slot = (seen){ position, (uint32_t)x, row + x };
                    uint32_t distance = position - before.position;
                    if (before.pixel && distance > 0 && distance <= 32768) {
                        int limit = width - x, theirs = width - (int)before.x, same = 0;
                        if (theirs < limit) limit = theirs;
                        same = run_above(row + x, before.pixel, 0, limit);
                        if (same >= 2) {
                            previous_reusable = 0;
                            copy(&list, 3 * (size_t)same, distance);
                            sum_pixels(&sums, row, x, same);
                            x += same;
                            continue;
                        }
                    }
                }
                {
                    literal(&list, (pixel >> 16) & 0xFF);
                    literal(&list, (pixel >> 8) & 0xFF);
                    literal(&list, pixel & 0xFF);
                    sum_run(&sums, pixel, x, 1);
                    x++;
                }
            }
            previous_count = list.count - first;
            memcpy(previous, list.symbols + first, previous_count * sizeof *previous);
            // This row's sums (a and b from 0), so that repeats of it are added without reading it again.
            row_a = (uint32_t)(sums.sum % ADLER_MOD);
            row_b = (uint32_t)(((uint64_t)rowbytes * sums.sum - (3 * sums.weighted + sums.tail)) % ADLER_MOD);
            uint64_t b_add = (uint64_t)rowbytes * a + row_b;
            a = (uint32_t)((a + row_a) % ADLER_MOD);
            b = (uint32_t)((b + b_add) % ADLER_MOD);
        }
        if (list.count >= BLOCK_SYMBOLS || y == end_row - 1) {
            if (!write_block(w, list.symbols, list.count, final && y == end_row - 1)) { *failed = 1; break; }
            list.count = 0;
        }
    }
    free(list.symbols); free(previous); free(recent);
    return *failed ? 0 : (b << 16) | a;
}

/// Stripes of rows deflated apart, each into a buffer of its own, by whichever thread takes them first: the caller
/// and the helper. A helper that comes late (busy machine) finds the work done and only lets go of the job, so the
/// caller never waits for it to start.
typedef struct {
    bit_writer w;
    uint32_t adler;
    int failed, done;
} stripe;

typedef struct {
    const uint8_t *pixels;
    int width, height, stride, count;
    atomic_int next, holders;
    pthread_mutex_t lock;
    pthread_cond_t finished;
    stripe stripes[];
} stripe_job;

static int start_writer(bit_writer *w, size_t capacity) {
    w->start = w->out = malloc(capacity);
    w->end = w->start ? w->start + capacity : NULL;
    w->bits = 0; w->count = 0;
    return w->start != NULL;
}

static void take_stripes(stripe_job *job) {
    for (;;) {
        int i = atomic_fetch_add(&job->next, 1);
        if (i >= job->count) return;
        stripe *s = &job->stripes[i];
        int first = (int)((int64_t)job->height * i / job->count), end = (int)((int64_t)job->height * (i + 1) / job->count);
        if (start_writer(&s->w, (size_t)job->width * (size_t)(end - first) / 8 + 65536))
            s->adler = deflate_rows(&s->w, job->pixels, job->width, first, end, job->stride, i == job->count - 1, &s->failed);
        else s->failed = 1;
        pthread_mutex_lock(&job->lock);
        s->done = 1;
        pthread_cond_broadcast(&job->finished);
        pthread_mutex_unlock(&job->lock);
    }
}

static void let_go(stripe_job *job) {
    if (atomic_fetch_sub(&job->holders, 1) != 1) return;
    pthread_mutex_destroy(&job->lock);
    pthread_cond_destroy(&job->finished);
    free(job);
}

/// The helper: one thread for the process, started at the first large picture, asleep between pictures (a new
/// thread per picture would start too late to take much).
static pthread_mutex_t helper_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t helper_wake = PTHREAD_COND_INITIALIZER;
static stripe_job *helper_job;
static int helper_started;

static void *helper(void *argument) {
    (void)argument;
    for (;;) {
        pthread_mutex_lock(&helper_lock);
        while (!helper_job) pthread_cond_wait(&helper_wake, &helper_lock);
        stripe_job *job = helper_job;
        helper_job = NULL;
        pthread_mutex_unlock(&helper_lock);
        take_stripes(job);
        let_go(job);
    }
    return NULL;
}

/// Hands the job to the helper too, unless it has another waiting; 1 if it will take part.
static int offer(stripe_job *job) {
    pthread_mutex_lock(&helper_lock);
    if (!helper_started) {
        pthread_t thread;
        pthread_attr_t attributes;
        if (pthread_attr_init(&attributes) == 0) {
            pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
            helper_started = pthread_create(&thread, &attributes, helper, NULL) == 0;
            pthread_attr_destroy(&attributes);
        }
    }
    int offered = helper_started && !helper_job;
    if (offered) { helper_job = job; pthread_cond_signal(&helper_wake); }
    pthread_mutex_unlock(&helper_lock);
    return offered;
}

/// Ends a stripe's last (unfinished) block with an empty stored block, as Z_SYNC_FLUSH does, so that the next
/// stripe starts on a byte boundary.
static void sync_flush(bit_writer *w) {
    put(w, 0, 3);  // BFINAL 0, BTYPE 00 (stored), then to the byte boundary, then LEN 0 and NLEN 0xFFFF
    while (w->count > 0) { *w->out++ = (uint8_t)w->bits; w->bits >>= 8; w->count = w->count > 8 ? w->count - 8 : 0; }
    static const uint8_t empty[4] = { 0x00, 0x00, 0xFF, 0xFF };
    memcpy(w->out, empty, 4);
    w->out += 4;
}

/// Deflates all rows into `w` (started), in stripes on two threads when the picture is large; returns the Adler-32.
static uint32_t deflate_image(bit_writer *w, const uint8_t *pixels, int width, int height, int stride, int *failed) {
    int count = (size_t)width * (size_t)height >= 250000 && height >= 64 ? 4 : 1;
    if (count == 1) return deflate_rows(w, pixels, width, 0, height, stride, 1, failed);
    stripe_job *job = calloc(1, sizeof(stripe_job) + (size_t)count * sizeof(stripe));
    if (!job) { *failed = 1; return 0; }
    job->pixels = pixels; job->width = width; job->height = height; job->stride = stride; job->count = count;
    atomic_init(&job->next, 0);
    atomic_init(&job->holders, 2);
    pthread_mutex_init(&job->lock, NULL);
    pthread_cond_init(&job->finished, NULL);
    if (!offer(job)) atomic_store(&job->holders, 1);
    take_stripes(job);
    pthread_mutex_lock(&job->lock);
    for (int i = 0; i < count; i++) while (!job->stripes[i].done) pthread_cond_wait(&job->finished, &job->lock);
    pthread_mutex_unlock(&job->lock);
    uint32_t adler = 1;
    const size_t rowbytes = 3 * (size_t)width + 1;
    for (int i = 0; i < count; i++) {
        stripe *s = &job->stripes[i];
        if (s->failed || *failed) { *failed = 1; free(s->w.start); continue; }
        size_t length = (size_t)(s->w.out - s->w.start);
        if (!reserve(w, length + 16)) { *failed = 1; free(s->w.start); continue; }
        if (i > 0) sync_flush(w);  // close the previous stripe on a byte boundary
        memcpy(w->out, s->w.start, length);
        w->out += length;
        w->bits = s->w.bits; w->count = s->w.count;
        int first = (int)((int64_t)height * i / count), end = (int)((int64_t)height * (i + 1) / count);
        adler = i == 0 ? s->adler : (uint32_t)adler32_combine(adler, s->adler, (z_off_t)((size_t)(end - first) * rowbytes));
        free(s->w.start);
    }
    let_go(job);
    return adler;
}

// ---- The PNG file ----

static uint8_t *append(uint8_t *p, const void *bytes, size_t length) { memcpy(p, bytes, length); return p + length; }

static uint8_t *be32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
    return p + 4;
}

/// Closes the chunk whose 4-byte length field is at `start` and whose data ends at `end`: length and CRC.
static uint8_t *close_chunk(uint8_t *start, uint8_t *end) {
    size_t length = (size_t)(end - start) - 8;
    be32(start, (uint32_t)length);
    uLong crc = crc32(0L, start + 4, (uInt)(length + 4));
    return be32(end, (uint32_t)crc);
}

int sajian_png_encode_runs(const uint8_t *pixels, int width, int height, int stride,
                           const char *const *keys, const char *const *texts, int text_count,
                           sajian_png_buffer *out, char *error) {
    if (width <= 0 || height <= 0 || width > (1 << 24) || height > (1 << 24)) {
        strcpy(error, "image size out of range"); return -1;
    }
    pthread_once(&tables_once, build_tables);
    size_t text_bytes = 0;
    for (int i = 0; i < text_count; i++) text_bytes += 12 + strlen(keys[i]) + 5 + strlen(texts[i]);
    size_t capacity = 8 + 25 + text_bytes + 12 + 2 + (size_t)width * (size_t)height / 4 + 65536;
    uint8_t *bytes = malloc(capacity);
    if (!bytes) { strcpy(error, "out of memory while encoding PNG"); return -1; }

    static const uint8_t signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    uint8_t *p = append(bytes, signature, 8), *chunk = p;
    p = append(p + 4, "IHDR", 4);
    p = be32(p, (uint32_t)width); p = be32(p, (uint32_t)height);
    *p++ = 8; *p++ = 2; *p++ = 0; *p++ = 0; *p++ = 0;  // 8-bit RGB, deflate, filter method 0, no interlace
    p = close_chunk(chunk, p);
    for (int i = 0; i < text_count; i++) {
        chunk = p;
        p = append(p + 4, "iTXt", 4);
        p = append(p, keys[i], strlen(keys[i]) + 1);
        *p++ = 0; *p++ = 0;  // not compressed; compression method 0
        *p++ = 0; *p++ = 0;  // no language tag; no translated keyword
        p = append(p, texts[i], strlen(texts[i]));
        p = close_chunk(chunk, p);
    }
    size_t idat = (size_t)(p - bytes);
    p = append(p + 4, "IDAT", 4);
    *p++ = 0x78; *p++ = 0x01;  // zlib header: deflate, 32 KB window, fastest
    bit_writer w = { bytes, p, bytes + capacity, 0, 0 };
    int failed = 0;
    uint32_t adler = deflate_image(&w, pixels, width, height, stride, &failed);
    if (failed || !reserve(&w, 8 + 4 + 12 + 12)) {
        free(w.start); strcpy(error, "out of memory while encoding PNG"); return -1;
    }
    while (w.count > 0) { *w.out++ = (uint8_t)w.bits; w.bits >>= 8; w.count = w.count > 8 ? w.count - 8 : 0; }
    bytes = w.start;
    p = be32(w.out, adler);
    p = close_chunk(bytes + idat, p);
    chunk = p;
    p = append(p + 4, "IEND", 4);
    p = close_chunk(chunk, p);
    sajian_png_buffer_free(out);
    out->bytes = bytes;
    out->length = (size_t)(p - bytes);
    out->capacity = (size_t)(w.end - bytes);
    return 0;
}
