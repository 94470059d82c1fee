// Compiled as a file of web/ by ctest build.layer_include_roots, which expects it NOT to compile:
// web/ does not link lct_store, so "store/store.hpp" is not on its include path.
#include "store/store.hpp"
