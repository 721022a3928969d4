// libpng reports errors with longjmp, which Swift cannot catch; this file keeps the
// setjmp/longjmp inside C and gives Swift a plain return code.
#include "sajian_png.h"
#include <png.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *error; } sajian_png_state;

static void on_error(png_structp png, png_const_charp message) {
    sajian_png_state *state = png_get_error_ptr(png);
    if (state && state->error) {
        strncpy(state->error, message, 255);
        state->error[255] = 0;
    }
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

static void on_write(png_structp png, png_bytep data, png_size_t length) {
    sajian_png_buffer *out = png_get_io_ptr(png);
    if (out->length + length > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 65536;
        while (capacity < out->length + length) capacity *= 2;
        uint8_t *grown = realloc(out->bytes, capacity);
        if (!grown) png_error(png, "out of memory while encoding PNG");
        out->bytes = grown;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->length, data, length);
    out->length += length;
}

static void on_flush(png_structp png) { (void)png; }

/// Cairo ARGB32 is premultiplied; PNG wants straight alpha.
static void unpremultiply(png_structp png, png_row_infop row_info, png_bytep data) {
    (void)png;
    for (png_size_t i = 0; i < row_info->rowbytes; i += 4) {
        uint8_t *b = &data[i];
        uint32_t pixel;
        memcpy(&pixel, b, sizeof(uint32_t));
        uint8_t alpha = (pixel & 0xff000000) >> 24;
        if (alpha == 0) {
            b[0] = b[1] = b[2] = b[3] = 0;
        } else {
            b[0] = (((pixel & 0xff0000) >> 16) * 255 + alpha / 2) / alpha;
            b[1] = (((pixel & 0x00ff00) >> 8) * 255 + alpha / 2) / alpha;
            b[2] = (((pixel & 0x0000ff) >> 0) * 255 + alpha / 2) / alpha;
            b[3] = alpha;
        }
    }
}

int sajian_png_encode(const uint8_t *pixels, int width, int height, int stride,
                      sajian_png_color color, int level, int filters, int strategy,
                      const char *const *keys, const char *const *texts, int text_count,
                      sajian_png_buffer *out, char *error) {
    sajian_png_state state = { error };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
    if (!png) { strcpy(error, "cannot create PNG writer"); return -1; }
    png_infop info = png_create_info_struct(png);
    png_bytep *rows = NULL;
    if (!info) { png_destroy_write_struct(&png, NULL); strcpy(error, "cannot create PNG info"); return -1; }
    if (setjmp(png_jmpbuf(png))) {
        free(rows);
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    png_set_write_fn(png, out, on_write, on_flush);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 color == SAJIAN_PNG_RGB ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (text_count > 0) {
        png_text chunks[8];
        int count = text_count > 8 ? 8 : text_count;
        memset(chunks, 0, sizeof chunks);
        for (int i = 0; i < count; i++) {
            chunks[i].compression = PNG_ITXT_COMPRESSION_NONE;
            chunks[i].key = (png_charp)keys[i];
            chunks[i].text = (png_charp)texts[i];
            chunks[i].itxt_length = strlen(texts[i]);
            chunks[i].lang = (png_charp)"";
            chunks[i].lang_key = (png_charp)"";
        }
        png_set_text(png, info, chunks, count);
    }
    png_write_info(png, info);
    if (color == SAJIAN_PNG_RGB) {
        // Cairo's 32-bit pixels are B,G,R,X in memory on little-endian machines.
        png_set_filler(png, 0, PNG_FILLER_AFTER);
        png_set_bgr(png);
    } else {
        png_set_write_user_transform_fn(png, unpremultiply);
    }
    rows = malloc(sizeof(png_bytep) * (size_t)height);
    if (!rows) png_error(png, "out of memory");
    for (int y = 0; y < height; y++) rows[y] = (png_bytep)(pixels + (size_t)y * (size_t)stride);
    png_write_image(png, rows);
    png_write_end(png, info);
    free(rows);
    png_destroy_write_struct(&png, &info);
    return 0;
}

void sajian_png_buffer_free(sajian_png_buffer *buffer) {
    free(buffer->bytes);
    buffer->bytes = NULL;
    buffer->length = buffer->capacity = 0;
}

int sajian_png_decode_rgba(const uint8_t *bytes, size_t length, uint8_t **pixels,
                           int *width, int *height, char *error) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes, length)) {
        strncpy(error, image.message, 255); error[255] = 0; return -1;
    }
    image.format = PNG_FORMAT_RGBA;
    uint8_t *buffer = malloc(PNG_IMAGE_SIZE(image));
    if (!buffer) { png_image_free(&image); strcpy(error, "out of memory"); return -1; }
    if (!png_image_finish_read(&image, NULL, buffer, 0, NULL)) {
        strncpy(error, image.message, 255); error[255] = 0; free(buffer); return -1;
    }
    *pixels = buffer;
    *width = (int)image.width;
    *height = (int)image.height;
    return 0;
}
