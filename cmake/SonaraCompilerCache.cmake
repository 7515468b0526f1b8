# ccache, when installed (packaging/install-deps.sh installs it), makes rebuilds of unchanged
# translation units nearly free: a second clean build, a CI rerun, another build directory.
# The sloppiness lets it cache files compiled with the precompiled torch header.
if(CMAKE_CXX_COMPILER_LAUNCHER)
  return()
endif()
find_program(SONARA_CCACHE ccache)
if(SONARA_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env
      "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      ${SONARA_CCACHE})
  message(STATUS "Compiler cache: ${SONARA_CCACHE}")
endif()
