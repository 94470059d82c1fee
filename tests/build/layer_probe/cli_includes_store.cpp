// Compiled as a file of cli/ by ctest build.layer_include_roots, which expects it NOT to compile:
// cli/ links services and web but not lct_store.
#include "store/sqlite/sqlite_store.hpp"
