#ifndef SAJIAN_PNG_H
#define SAJIAN_PNG_H
#include <stddef.h>
#include <stdint.h>

/// A growable byte buffer the encoder writes into; free it with sajian_png_buffer_free.
typedef struct {
    uint8_t *bytes;
    size_t length;
    size_t capacity;
} sajian_png_buffer;

/// How the pixels are stored in the PNG.
typedef enum {
    SAJIAN_PNG_RGB = 0,   ///< opaque: the alpha channel is dropped (charts on white)
    SAJIAN_PNG_RGBA = 1   ///< with alpha (cairo ARGB32, premultiplied: un-premultiplied here)
} sajian_png_color;

/// Encodes cairo image-surface pixels (CAIRO_FORMAT_RGB24 or ARGB32, native-endian
/// 32-bit words) as PNG. `filters` is a PNG_FILTER_* mask; `level` is zlib 0–9.
/// Returns 0 on success, or -1 with a message in `error` (at least 256 bytes).
/// `keys` and `texts` (`text_count` of each, UTF-8) are written as iTXt chunks (title, description, source).
int sajian_png_encode(const uint8_t *pixels, int width, int height, int stride,
                      sajian_png_color color, int level, int filters, int strategy,
                      const char *const *keys, const char *const *texts, int text_count,
                      sajian_png_buffer *out, char *error);

/// Encodes an opaque cairo image surface (CAIRO_FORMAT_RGB24) as 8-bit RGB PNG with the fast run encoder
/// (sajian_runpng.c): the same pixels and iTXt chunks as sajian_png_encode, in about a tenth of the time
/// on charts, to files of about the same size as zlib level 1's. Uses a second thread for large pictures. Returns 0 on success, or -1 with a message in `error` (at least 256 bytes).
int sajian_png_encode_runs(const uint8_t *pixels, int width, int height, int stride,
                           const char *const *keys, const char *const *texts, int text_count,
                           sajian_png_buffer *out, char *error);

void sajian_png_buffer_free(sajian_png_buffer *buffer);

/// Decodes a PNG into 8-bit RGBA rows (for tests that compare images).
/// On success *pixels must be freed with free(). Returns 0 or -1 with `error`.
int sajian_png_decode_rgba(const uint8_t *bytes, size_t length, uint8_t **pixels,
                           int *width, int *height, char *error);

#endif
