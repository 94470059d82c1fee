// Compiled as a file of analysis/ by ctest build.layer_include_roots, which expects it NOT to
// compile: domain/ may use analysis/, never the other way (lct_analysis links only lct_base).
#include "domain/place.hpp"
