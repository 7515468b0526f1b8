# Finds every dependency once; targets elsewhere link the imported names.
find_package(Torch REQUIRED)
find_package(nlohmann_json 3.10 QUIET)
if(NOT nlohmann_json_FOUND)
  # A CUDA torch wheel ships nlohmann/json.hpp among its headers; use it when Debian's is absent.
  find_path(SONARA_NLOHMANN_INCLUDE nlohmann/json.hpp HINTS ${TORCH_INCLUDE_DIRS} REQUIRED)
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  target_include_directories(nlohmann_json::nlohmann_json INTERFACE ${SONARA_NLOHMANN_INCLUDE})
endif()

if(SONARA_MODELS_ONLY)
  return()
endif()

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql HttpServer Concurrent Test)
find_package(PkgConfig REQUIRED)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET
  libavformat libavcodec libavutil libswresample libavfilter)
pkg_check_modules(ESPEAK_NG REQUIRED IMPORTED_TARGET espeak-ng)
# Pitch shifting and time stretching (the voice changer's pitch).
pkg_check_modules(RUBBERBAND REQUIRED IMPORTED_TARGET rubberband)
# Rule-based number spell-out for speech synthesis.
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-i18n icu-uc)
pkg_check_modules(POCKETSPHINX REQUIRED IMPORTED_TARGET pocketsphinx sphinxbase)
pkg_get_variable(POCKETSPHINX_MODELDIR pocketsphinx modeldir)
# Debian's pocketsphinx.pc lists /usr/include/sphinxbase, which no package installs (the headers
# live in the multiarch folder), and CMake rejects imported include folders that do not exist.
get_target_property(pocketsphinx_includes PkgConfig::POCKETSPHINX
                    INTERFACE_INCLUDE_DIRECTORIES)
set(pocketsphinx_existing_includes)
foreach(dir IN LISTS pocketsphinx_includes)
  if(EXISTS "${dir}")
    list(APPEND pocketsphinx_existing_includes "${dir}")
  endif()
endforeach()
set_property(TARGET PkgConfig::POCKETSPHINX PROPERTY
             INTERFACE_INCLUDE_DIRECTORIES "${pocketsphinx_existing_includes}")
find_package(OpenSSL 3 REQUIRED)

set(CMAKE_AUTOMOC ON)
add_compile_definitions(QT_NO_KEYWORDS)
