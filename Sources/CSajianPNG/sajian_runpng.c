// A PNG encoder for opaque charts, written for speed: one pass over Cairo's pixels, no row conversion, no
// general-purpose compressor. Charts are mostly flat colour, so the rows are deflated as runs only:
//   - a pixel equal to the one on its left starts a copy at distance 3 (the run of that colour);
//   - two or more pixels equal to those above start a copy at distance rowbytes (the row above);
//   - a row equal to the one above repeats the previous row's codes, or is one copy of the row above;
//   - anything else is three literal bytes.
// Everything goes into one fixed-Huffman deflate block (RFC 1951 3.2.6), so no code tables are built, and the
// zlib Adler-32 is summed per row in closed form (identical rows cost nothing). The PNG has filter type 0 on every
// row, which decodes to exactly the pixels Cairo drew. libpng (sajian_png.c) stays for the other settings.
#include "sajian_png.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define ADLER_MOD 65521u
#define RGB_MASK 0xFFFFFFu

/// A Huffman code or a code with its extra bits, already in deflate's bit order: `bits` is sent low bit first.
typedef struct { uint32_t bits; uint32_t count; } code;

static code literal_codes[257];  // 0–255 bytes, 256 end of block
static code length_codes[259];   // lengths 3–258: the length symbol's code followed by its extra bits
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static uint32_t reversed(uint32_t value, int count) {
    uint32_t result = 0;
    for (int i = 0; i < count; i++) { result = (result << 1) | (value & 1); value >>= 1; }
    return result;
}

/// The fixed literal/length code of RFC 1951 3.2.6.
static code fixed_symbol(int symbol) {
    if (symbol < 144) return (code){ reversed(0x30 + symbol, 8), 8 };
    if (symbol < 256) return (code){ reversed(0x190 + symbol - 144, 9), 9 };
    if (symbol < 280) return (code){ reversed(symbol - 256, 7), 7 };
    return (code){ reversed(0xC0 + symbol - 280, 8), 8 };
}

static void build_tables(void) {
    static const int base[29] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
                                  99, 115, 131, 163, 195, 227, 258 };
    static const int extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
    for (int i = 0; i < 257; i++) literal_codes[i] = fixed_symbol(i);
    for (int length = 3; length <= 258; length++) {
        int index = 28;
        while (base[index] > length) index--;
        code symbol = fixed_symbol(257 + index);
        length_codes[length] = (code){ symbol.bits | ((uint32_t)(length - base[index]) << symbol.count),
                                       symbol.count + (uint32_t)extra[index] };
    }
}

/// The fixed distance code of `distance` (1–32768) with its extra bits.
static code distance_code(int distance) {
    static const int base[30] = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
                                  1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
    int index = 29;
    while (base[index] > distance) index--;
    uint32_t extra = index < 4 ? 0 : (uint32_t)(index / 2 - 1);
    return (code){ reversed((uint32_t)index, 5) | ((uint32_t)(distance - base[index]) << 5), 5 + extra };
}

typedef struct {
    uint8_t *out;       // where the next whole 32 bits go
    uint64_t bits;      // pending bits, low first
    uint32_t count;     // how many are pending (< 32 between calls)
    code *ops;          // the codes of the current row, kept for repeating it
    size_t op_count;
    uint64_t row_bits;  // their total length
} writer;

static inline void put(writer *w, code c) {
    w->bits |= (uint64_t)c.bits << w->count;
    w->count += c.count;
    if (w->count >= 32) {
        uint32_t word = (uint32_t)w->bits;
        w->out[0] = (uint8_t)word; w->out[1] = (uint8_t)(word >> 8);
        w->out[2] = (uint8_t)(word >> 16); w->out[3] = (uint8_t)(word >> 24);
        w->out += 4;
        w->bits >>= 32;
        w->count -= 32;
    }
}

static inline void emit(writer *w, code c) {
    put(w, c);
    w->ops[w->op_count++] = c;
    w->row_bits += c.count;
}

/// A copy of `length` bytes from `distance` back, in pieces of at most 258 bytes.
static inline void copy(writer *w, size_t length, code distance) {
    while (length > 0) {
        size_t piece = length > 258 ? 258 : length;
        if (length - piece > 0 && length - piece < 3) piece = length - 3;
        code c = length_codes[piece];
        emit(w, (code){ c.bits | (distance.bits << c.count), c.count + distance.count });
        length -= piece;
    }
}

/// Bits of a copy of `length` bytes at a distance whose code is `distance`.
static uint64_t copy_bits(size_t length, code distance) {
    uint64_t total = 0;
    while (length > 0) {
        size_t piece = length > 258 ? 258 : length;
        if (length - piece > 0 && length - piece < 3) piece = length - 3;
        total += length_codes[piece].count + distance.count;
        length -= piece;
    }
    return total;
}

static inline void literal_pixel(writer *w, uint32_t pixel) {
    emit(w, literal_codes[(pixel >> 16) & 0xFF]);
    emit(w, literal_codes[(pixel >> 8) & 0xFF]);
    emit(w, literal_codes[pixel & 0xFF]);
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
    for (int i = x; i < x + count; i++) {
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

/// Deflates the rows into `w` as one final fixed-Huffman block and returns the Adler-32 of the raw rows.
static uint32_t deflate_rows(writer *w, const uint8_t *pixels, int width, int height, int stride,
                             code *ops_a, code *ops_b) {
    const size_t rowbytes = 3 * (size_t)width + 1;
    const int far_copies = rowbytes <= 32768;  // the row above must be within deflate's 32 KB window
    const code left = distance_code(3);
    const code above = far_copies ? distance_code((int)rowbytes) : (code){ 0, 0 };
    const uint64_t whole_row_bits = far_copies ? copy_bits(rowbytes, above) : UINT64_MAX;
    uint32_t a = 1, b = 0, row_a = 0, row_b = 0;
    code *previous_ops = ops_b;
    size_t previous_count = 0;
    uint64_t previous_bits = 0;
    put(w, (code){ 0x3, 3 });  // BFINAL = 1, BTYPE = 01 (fixed Huffman)
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * (size_t)stride);
        const uint32_t *up = y > 0 ? (const uint32_t *)(pixels + (size_t)(y - 1) * (size_t)stride) : NULL;
        if (up && rows_equal(row, up, width)) {
            // The same bytes again: repeat the codes of the last row that was encoded, or copy the row above.
            if (previous_bits <= whole_row_bits) {
                for (size_t i = 0; i < previous_count; i++) put(w, previous_ops[i]);
            } else {
                w->ops = ops_a; w->op_count = 0; w->row_bits = 0;
                copy(w, rowbytes, above);
            }
            // Adler-32 of a repeated row: its byte sum and weighted sum are the previous row's.
            uint64_t n = rowbytes;
            uint64_t b_add = n * a + (uint64_t)row_b;
            a = (uint32_t)((a + row_a) % ADLER_MOD);
            b = (uint32_t)((b + b_add) % ADLER_MOD);
            continue;
        }
        w->ops = ops_a; w->op_count = 0; w->row_bits = 0;
        emit(w, literal_codes[0]);  // filter type 0
        row_sums sums = { 0, 0, 0 };
        int x = 0;
        while (x < width) {
            uint32_t pixel = row[x] & RGB_MASK;
            int run = x > 0 && (row[x - 1] & RGB_MASK) == pixel ? run_of(row, x, width, pixel) : 0;
            // A run of one colour is the cheapest copy (about 13 bits for 86 pixels); the row above is looked at
            // only where runs are short (edges, text), where it saves literals.
            if (up && far_copies && run < 16 && (up[x] & RGB_MASK) == pixel) {
                int same = run_above_until_flat(row, up, x, width);
                if (same >= 2 && same > run) {
                    copy(w, 3 * (size_t)same, above);
                    sum_pixels(&sums, row, x, same);
                    x += same;
                    continue;
                }
            }
            if (run > 0) {
                copy(w, 3 * (size_t)run, left);
                sum_run(&sums, pixel, x, run);
                x += run;
            } else {
                literal_pixel(w, pixel);
                sum_run(&sums, pixel, x, 1);
                x++;
            }
        }
        // This row's sums (a and b from 0), so that repeats of it are added without reading it again.
        uint64_t n = rowbytes;
        row_a = (uint32_t)(sums.sum % ADLER_MOD);
        row_b = (uint32_t)((n * sums.sum - (3 * sums.weighted + sums.tail)) % ADLER_MOD);
        a = (uint32_t)((a + row_a) % ADLER_MOD);
        b = (uint32_t)((b + n * (uint64_t)(a + ADLER_MOD - row_a) + row_b) % ADLER_MOD);
        // Keep these codes for repeats: swap the buffers.
        previous_ops = ops_a; previous_count = w->op_count; previous_bits = w->row_bits;
        code *t = ops_a; ops_a = ops_b; ops_b = t;
    }
    put(w, literal_codes[256]);
    return (b << 16) | a;
}

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
    // At most 27 bits a pixel (three 9-bit literals; a copy of 3 bytes costs at most 26) and 8 a filter byte.
    size_t deflate_bound = ((size_t)height * (27 * (size_t)width + 8)) / 8 + 64;
    size_t capacity = 8 + 25 + text_bytes + 12 + 2 + deflate_bound + 4 + 12 + 16;
    uint8_t *bytes = malloc(capacity);
    code *ops = malloc(sizeof(code) * 2 * (3 * (size_t)width + 2));
    if (!bytes || !ops) { free(bytes); free(ops); strcpy(error, "out of memory while encoding PNG"); return -1; }

    static const uint8_t signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    uint8_t *p = append(bytes, signature, 8), *chunk = p;
    p = append(p + 4, "IHDR", 4);
    p = be32(p, (uint32_t)width); p = be32(p, (uint32_t)height);
    *p++ = 8; *p++ = 2; *p++ = 0; *p++ = 0; *p++ = 0;  // 8-bit RGB, deflate, adaptive filtering, no interlace
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
    chunk = p;
    p = append(p + 4, "IDAT", 4);
    *p++ = 0x78; *p++ = 0x01;  // zlib header: deflate, 32 KB window, fastest
    writer w = { p, 0, 0, ops, 0, 0 };
    uint32_t adler = deflate_rows(&w, pixels, width, height, stride, ops, ops + 3 * (size_t)width + 2);
    while (w.count > 0) { *w.out++ = (uint8_t)w.bits; w.bits >>= 8; w.count = w.count > 8 ? w.count - 8 : 0; }
    p = be32(w.out, adler);
    p = close_chunk(chunk, p);
    chunk = p;
    p = append(p + 4, "IEND", 4);
    p = close_chunk(chunk, p);
    free(ops);
    sajian_png_buffer_free(out);
    out->bytes = bytes;
    out->length = (size_t)(p - bytes);
    out->capacity = capacity;
    return 0;
}
