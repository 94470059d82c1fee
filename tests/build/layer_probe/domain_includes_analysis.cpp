// Compiled as a file of domain/ by ctest build.layer_include_roots, which expects it to compile:
// domain/ may use analysis/ (both are pure; scoring a round uses analysis's agreement statistics).
#include "analysis/agreement.hpp"
