// Compiled as a file of web/ by ctest build.layer_include_roots, which expects it NOT to compile:
// io/ is private to services/, so "io/observation_csv.hpp" is not on web's include path.
#include "io/observation_csv.hpp"
