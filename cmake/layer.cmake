# lct_layer(<name> [PUBLIC <libs...>] [PRIVATE <libs...>] [EXTRA_SOURCES <files...>]): one static
# library per folder of src/, built from every .cpp in it (recursively), linking only to the
# layers and packages named. A library is PUBLIC when the layer's headers include its headers,
# PRIVATE when only .cpp files do. A layer with no sources yet is an interface library, so the
# layering still holds.
#
# Each layer has its own include root, <build>/layer_include/<name>, holding one link <name> ->
# src/<name>; that root (not src/) is what lct_<name> gives to whatever links it. So a file can
# include "store/store.hpp" only when its target links lct_store: an #include of a layer not
# linked is a compile error ("No such file or directory"), not just a script finding
# (docs/architecture.md, "How the build enforces it").
function(lct_layer name)
  cmake_parse_arguments(ARG "" "" "PUBLIC;PRIVATE;EXTRA_SOURCES" ${ARGN})
  set(root ${CMAKE_BINARY_DIR}/layer_include/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${name} ${root}/${name} SYMBOLIC)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT sources AND NOT ARG_EXTRA_SOURCES)
    add_library(lct_${name} INTERFACE)
    target_include_directories(lct_${name} INTERFACE ${root})
    target_link_libraries(lct_${name} INTERFACE ${ARG_PUBLIC})
    return()
  endif()
  add_library(lct_${name} STATIC ${sources} ${ARG_EXTRA_SOURCES})
  target_include_directories(lct_${name} PUBLIC ${root})
  target_link_libraries(lct_${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
endfunction()
