# Finds every dependency once; targets elsewhere link the imported names.
option(SONARA_REQUIRE_CUDA "Stop unless the libtorch found is a CUDA build (the cuda preset)" OFF)
find_package(Torch REQUIRED)
if(SONARA_REQUIRE_CUDA AND NOT (C10_CUDA_LIBRARY OR TARGET c10_cuda))
  message(FATAL_ERROR "The libtorch found at ${Torch_DIR} has no CUDA. Point SONARA_TORCH_PREFIX "
    "(or CMAKE_PREFIX_PATH) at a CUDA libtorch: README.md, \"Use your NVIDIA GPU\".")
endif()
# Qt, FFmpeg and the other Debian libraries use the C++11 std::string ABI; a libtorch built with
# the old one (older PyTorch wheels, the "pre-cxx11" libtorch zips) links only with models/.
if(NOT SONARA_MODELS_ONLY AND TORCH_CXX_FLAGS MATCHES "_GLIBCXX_USE_CXX11_ABI=0")
  message(FATAL_ERROR "The libtorch at ${Torch_DIR} uses the pre-C++11 std::string ABI, which "
    "cannot link with Debian's Qt and FFmpeg. Use the cxx11-ABI libtorch zip, or a PyTorch wheel "
    "for which torch.compiled_with_cxx11_abi() is True; or build only models/ (models-only preset).")
endif()
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
