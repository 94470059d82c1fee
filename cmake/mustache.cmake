# kainjow mustache (Debian libkainjow-mustache-dev) is one header with no CMake package or
# pkg-config file: locate it here and offer it as the imported target kainjow::mustache.
find_path(KAINJOW_MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp
          DOC "Directory holding kainjow/mustache.hpp (the kainjow mustache template header)")
if(NOT KAINJOW_MUSTACHE_INCLUDE_DIR)
  message(FATAL_ERROR
    "kainjow/mustache.hpp not found: install Debian's libkainjow-mustache-dev "
    "(scripts/install-deps.sh does), or pass -DKAINJOW_MUSTACHE_INCLUDE_DIR=<dir holding kainjow/>")
endif()
add_library(kainjow::mustache INTERFACE IMPORTED)
set_target_properties(kainjow::mustache PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${KAINJOW_MUSTACHE_INCLUDE_DIR}")
