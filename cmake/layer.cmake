# lct_layer(<name> [PUBLIC <libs...>] [PRIVATE <libs...>] [EXTRA_SOURCES <files...>]): one static
# library per folder of src/, built from every .cpp in it (recursively), linking only to the
# layers and packages named. A library is PUBLIC when the layer's headers include its headers
# (every header under src/ can be included by the layers above), PRIVATE when only .cpp files do.
# A layer with no sources yet is an interface library, so the layering still holds.
function(lct_layer name)
  cmake_parse_arguments(ARG "" "" "PUBLIC;PRIVATE;EXTRA_SOURCES" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT sources AND NOT ARG_EXTRA_SOURCES)
    add_library(lct_${name} INTERFACE)
    target_include_directories(lct_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(lct_${name} INTERFACE ${ARG_PUBLIC})
    return()
  endif()
  add_library(lct_${name} STATIC ${sources} ${ARG_EXTRA_SOURCES})
  target_include_directories(lct_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(lct_${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
endfunction()
