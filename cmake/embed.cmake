# lct_embed_files(OUTPUT <cpp> NAMESPACE <ns> BASE <dir> FILES <files...>)
# Generates a C++ source that holds each file's bytes, so the binary needs no
# templates or static folder at run time. The generated file defines
#   std::span<const lct::EmbeddedFile> <ns>::EmbeddedFiles();
function(lct_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;NAMESPACE;BASE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DNAMESPACE=${ARG_NAMESPACE}
            -DBASE=${ARG_BASE} "-DFILES=${ARG_FILES}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_script.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_script.cmake
    COMMENT "Embedding ${ARG_NAMESPACE} files"
    VERBATIM)
endfunction()
