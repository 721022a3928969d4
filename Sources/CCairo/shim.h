// Cairo (drawing, PDF and SVG surfaces) and Pango (text shaping, through pangocairo).
// One module for both: pangocairo.h includes cairo.h, and two modules owning the same
// C types would make them distinct types in Swift.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
