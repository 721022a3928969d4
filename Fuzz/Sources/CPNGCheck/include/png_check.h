#ifndef PNG_CHECK_H
#define PNG_CHECK_H
#include <stddef.h>
#include <stdint.h>

/// Decodes an 8-bit RGB, non-interlaced PNG strictly with zlib alone, independently of libpng: the signature, every
/// chunk's bounds and CRC-32, IHDR first and IEND last with nothing after it, the IDAT stream inflated to exactly
/// height × (1 + 3 × width) bytes with its Adler-32, and the five row filters undone. Writes width × height × 3 bytes
/// into `rgb` (which must hold them). Returns 0, or -1 with a message in `error` (at least 256 bytes).
int png_check_decode_rgb(const uint8_t *png, size_t length, int width, int height, uint8_t *rgb, char *error);

/// Paints a picture for the encoder from fuzz input: `commands` are runs, each byte one run of `(byte >> 2) + 1`
/// pixels of `palette[byte & 3]` (0xRRGGBB), taken in turn and again from the first when they run out, left to
/// right and row by row. `words` (cairo RGB24: stride / 4 words a row) get the colour with the run's byte as
/// noise in the unused top byte, and the padding words noise of their own; `rgb` gets the colours as R, G, B.
void png_check_paint(const uint8_t *commands, size_t count, const uint32_t palette[4], int width, int height,
                     int stride, uint32_t *words, uint8_t *rgb);

/// Whether the 8-bit RGBA pixels `rgba` have the colours `rgb`, pixel by pixel (alpha is not compared).
int png_check_same_colours(const uint8_t *rgba, const uint8_t *rgb, size_t pixels);

#endif
