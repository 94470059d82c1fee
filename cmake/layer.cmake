# lct_layer(<name> DEPS <libs...>): one static library per folder of src/, built from every
# .cpp in it (recursively), linking only to the layers and packages named in DEPS.
# A layer with no sources yet is an interface library, so the layering still holds.
function(lct_layer name)
  cmake_parse_arguments(ARG "" "" "DEPS;EXTRA_SOURCES" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT sources AND NOT ARG_EXTRA_SOURCES)
    add_library(lct_${name} INTERFACE)
    target_include_directories(lct_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(lct_${name} INTERFACE ${ARG_DEPS})
    return()
  endif()
  add_library(lct_${name} STATIC ${sources} ${ARG_EXTRA_SOURCES})
  target_include_directories(lct_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(lct_${name} PUBLIC ${ARG_DEPS})
endfunction()
