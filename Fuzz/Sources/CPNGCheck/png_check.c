#include "png_check.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }

static int paeth(int a, int b, int c) {
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

static int fail(char *error, const char *message, long detail) {
    snprintf(error, 256, "%s (%ld)", message, detail);
    return -1;
}

int png_check_decode_rgb(const uint8_t *png, size_t length, int width, int height, uint8_t *rgb, char *error) {
    static const uint8_t signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    if (length < 8 || memcmp(png, signature, 8) != 0) return fail(error, "no PNG signature", 0);
    size_t rowbytes = 1 + 3 * (size_t)width, expected = rowbytes * (size_t)height;
    uint8_t *idat = NULL, *raw = NULL;
    size_t idat_length = 0, at = 8;
    int chunks = 0, ended = 0, status = -1;
    while (at < length) {
        if (ended) { fail(error, "bytes after IEND at", (long)at); goto done; }
        if (length - at < 12) { fail(error, "a chunk is cut short at", (long)at); goto done; }
        uint32_t size = be32(png + at);
        const uint8_t *type = png + at + 4, *data = png + at + 8;
        if (size > length - at - 12) { fail(error, "a chunk runs past the end at", (long)at); goto done; }
        uint32_t crc = (uint32_t)crc32(crc32(0, NULL, 0), type, size + 4);
        if (crc != be32(data + size)) { fail(error, "bad CRC in the chunk at", (long)at); goto done; }
        if (chunks == 0) {
            if (memcmp(type, "IHDR", 4) != 0 || size != 13) { fail(error, "the first chunk is not IHDR", 0); goto done; }
            if (be32(data) != (uint32_t)width || be32(data + 4) != (uint32_t)height) { fail(error, "IHDR has another size, width", (long)be32(data)); goto done; }
            if (data[8] != 8 || data[9] != 2 || data[10] != 0 || data[11] != 0 || data[12] != 0) { fail(error, "IHDR is not 8-bit RGB", 0); goto done; }
        } else if (memcmp(type, "IDAT", 4) == 0) {
            uint8_t *grown = realloc(idat, idat_length + size + 1);
            if (!grown) { fail(error, "out of memory", 0); goto done; }
            idat = grown;
            memcpy(idat + idat_length, data, size);
            idat_length += size;
        } else if (memcmp(type, "IEND", 4) == 0) {
            ended = 1;
        } else if (!(type[0] & 0x20)) {
            fail(error, "an unknown critical chunk at", (long)at); goto done;
        }
        chunks += 1;
        at += 12 + (size_t)size;
    }
    if (!ended) { fail(error, "no IEND", 0); goto done; }
    raw = malloc(expected + 1);
    if (!raw) { fail(error, "out of memory", 0); goto done; }
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit(&stream) != Z_OK) { fail(error, "inflateInit failed", 0); goto done; }
    stream.next_in = idat;
    stream.avail_in = (uInt)idat_length;
    stream.next_out = raw;
    stream.avail_out = (uInt)(expected + 1);
    int result = inflate(&stream, Z_FINISH);
    size_t produced = stream.total_out;
    uInt left = stream.avail_in;
    inflateEnd(&stream);
    if (result != Z_STREAM_END) { fail(error, "the IDAT stream does not inflate to its end, zlib says", result); goto done; }
    if (left != 0) { fail(error, "bytes after the zlib stream", (long)left); goto done; }
    if (produced != expected) { fail(error, "the IDAT stream inflates to the wrong length", (long)produced); goto done; }
    for (int y = 0; y < height; y++) {
        uint8_t *row = raw + (size_t)y * rowbytes + 1, *out = rgb + (size_t)y * 3 * (size_t)width;
        const uint8_t *above = y > 0 ? rgb + (size_t)(y - 1) * 3 * (size_t)width : NULL;
        int filter = row[-1];
        if (filter > 4) { fail(error, "unknown row filter in row", y); goto done; }
        for (size_t i = 0; i < 3 * (size_t)width; i++) {
            int a = i >= 3 ? out[i - 3] : 0, b = above ? above[i] : 0, c = above && i >= 3 ? above[i - 3] : 0;
            int predictor = filter == 0 ? 0 : filter == 1 ? a : filter == 2 ? b : filter == 3 ? (a + b) / 2 : paeth(a, b, c);
            out[i] = (uint8_t)(row[i] + predictor);
        }
    }
    status = 0;
done:
    free(idat);
    free(raw);
    return status;
}

void png_check_paint(const uint8_t *commands, size_t count, const uint32_t palette[4], int width, int height,
                     int stride, uint32_t *words, uint8_t *rgb) {
    size_t next = 0;
    int left = 0;
    uint32_t colour = 0, noise = 0;
    for (int y = 0; y < height; y++) {
        uint32_t *row = words + (size_t)y * (size_t)(stride / 4);
        for (int x = 0; x < stride / 4; x++) row[x] = 0xDEADBEEFu;
        for (int x = 0; x < width; x++) {
            if (left == 0) {
                uint8_t command = commands[next++ % count];
                colour = palette[command & 3] & 0xFFFFFFu;
                noise = (uint32_t)command << 24;
                left = (command >> 2) + 1;
            }
            left -= 1;
            row[x] = colour | noise;
            *rgb++ = (uint8_t)(colour >> 16);
            *rgb++ = (uint8_t)(colour >> 8);
            *rgb++ = (uint8_t)colour;
        }
    }
}

int png_check_same_colours(const uint8_t *rgba, const uint8_t *rgb, size_t pixels) {
    for (size_t i = 0; i < pixels; i++) {
        if (rgba[4 * i] != rgb[3 * i] || rgba[4 * i + 1] != rgb[3 * i + 1] || rgba[4 * i + 2] != rgb[3 * i + 2]) return 0;
    }
    return 1;
}
