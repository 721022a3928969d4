// Cairo 1.16 deflates every PDF content stream with deflateInit(&stream, Z_DEFAULT_COMPRESSION) and offers no
// setting for it: at level 6 zlib took about 40 % of a map's PDF (issue 14, `perf` over `sajian-bench --profile
// map-pdf`). Defined here, in the program, this deflateInit_ is the one the dynamic linker binds Cairo's call to
// (a program's symbols come before a shared library's), and it starts zlib at level 1 (Z_BEST_SPEED) instead of
// the default: the same PDF content, decoded to the same bytes, written faster and somewhat larger. Callers that
// choose their own level (libpng, ZIPFoundation) use deflateInit2_ and are not touched; an explicit level other
// than Z_DEFAULT_COMPRESSION is kept.
#include <zlib.h>

int deflateInit_(z_streamp stream, int level, const char *version, int stream_size) {
    int chosen = level == Z_DEFAULT_COMPRESSION ? Z_BEST_SPEED : level;
    return deflateInit2_(stream, chosen, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
