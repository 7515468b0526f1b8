# `cpack -G DEB` in the build folder (or `cmake --build build --target package`) makes two Debian
# packages: sonara-studio (the studio, `sonara`, `sonara-bench`, desktop integration and the
# systemd user unit for `sonara serve`) and sonara-cloud (the hosted service, its system unit,
# config templates and deployment guide). Install rules without a COMPONENT belong to `studio`
# (CMAKE_INSTALL_DEFAULT_COMPONENT_NAME in the top CMakeLists.txt). packaging/check-packages.sh
# builds both, installs them into a fresh root and runs the programs from there (ctest -L package).
set(sonara_packaging ${PROJECT_SOURCE_DIR}/packaging)

# --- sonara-studio --------------------------------------------------------------------------
# sonara-bench ships too: it is the one tool that shows which libtorch, BLAS, thread count and
# device this machine's installation uses (`sonara-bench hifigan --device cuda`), needs nothing
# beyond what `sonara` already pulls in, and adds 2.5 MB.
install(TARGETS sonara-bench RUNTIME DESTINATION bin COMPONENT studio)
install(FILES ${sonara_packaging}/sonara-serve.service
        DESTINATION lib/systemd/user COMPONENT studio)
# The desktop file's name is the studio's QGuiApplication::desktopFileName (the Wayland app id).
install(FILES ${sonara_packaging}/sonara-studio.desktop
        DESTINATION share/applications COMPONENT studio)
install(FILES ${sonara_packaging}/studio.sonara.Studio.metainfo.xml
        DESTINATION share/metainfo COMPONENT studio)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/sonara.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME sonara-studio.svg COMPONENT studio)
# The studio's translations (de, es, hi) and its user guide are compiled into the program.
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/api.md
              ${PROJECT_SOURCE_DIR}/docs/user-guide.md
        DESTINATION share/doc/sonara-studio COMPONENT studio)

# --- sonara-cloud ---------------------------------------------------------------------------
install(FILES ${sonara_packaging}/sonara-cloud.service
        DESTINATION lib/systemd/system COMPONENT cloud)
install(FILES ${sonara_packaging}/cloud-config.json
        DESTINATION /etc/sonara-cloud RENAME config.json COMPONENT cloud)
# Holds the service's secrets: readable by root only (systemd reads it before starting).
install(FILES ${sonara_packaging}/cloud-environment
        DESTINATION /etc/sonara-cloud RENAME environment
        PERMISSIONS OWNER_READ OWNER_WRITE COMPONENT cloud)
install(FILES ${PROJECT_SOURCE_DIR}/docs/deploy.md ${PROJECT_SOURCE_DIR}/docs/signed-documents.md
        DESTINATION share/doc/sonara-cloud COMPONENT cloud)
# dpkg keeps an administrator's edits of these on upgrade.
set(sonara_cloud_conffiles ${CMAKE_CURRENT_BINARY_DIR}/packaging/cloud/conffiles)
file(WRITE ${sonara_cloud_conffiles} "/etc/sonara-cloud/config.json\n/etc/sonara-cloud/environment\n")

# --- CPack ----------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sonara-studio)
set(CPACK_PACKAGE_VENDOR "Sonara Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Sonara Studio <support@sonara.invalid>")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL studio cloud)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://sonara.studio")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps declares the libraries the programs link (Qt, libtorch, FFmpeg, ...); the
# explicit lists below name what is loaded at run time and so is invisible to it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_STUDIO_PACKAGE_NAME sonara-studio)
set(CPACK_DEBIAN_STUDIO_PACKAGE_SECTION sound)
# The first line of each description is its summary (CPACK_PACKAGE_DESCRIPTION_SUMMARY stays unset:
# CPack would put it above both).
set(CPACK_DEBIAN_STUDIO_DESCRIPTION "AI audio studio that runs on your own GPU
Sonara Studio edits audio and runs speech synthesis, transcription with word
timings and subtitles, noise removal, stem separation, voice changing and
music generation on this computer. It contains the studio (sonara-studio),
the engine and local API with its command-line clients (sonara, and a systemd
user unit for `sonara serve`) and the model benchmark tool (sonara-bench).")
# Run-time loads, by what needs them: espeak-ng's voices and PocketSphinx's English model (the
# classic TTS and alignment engines); Qt's SQLite driver (the store); Qt's SVG icon engine (the
# studio's icons: the program does not link libQt6Svg, so shlibdeps misses it); OpenBLAS, which
# takes over libtorch's libblas.so.3 from the reference BLAS (CPU inference up to 18x faster);
# Qt's own translated dialogs and a Devanagari font for the Hindi interface.
set(CPACK_DEBIAN_STUDIO_PACKAGE_DEPENDS
    "espeak-ng-data, pocketsphinx-en-us, libqt6sql6-sqlite, libqt6svg6, libopenblas0-pthread | libopenblas0, qt6-translations-l10n, fonts-lohit-deva | fonts-noto-core")
# Native Wayland windows; without it the studio runs through XWayland.
set(CPACK_DEBIAN_STUDIO_PACKAGE_RECOMMENDS "qt6-wayland")

set(CPACK_DEBIAN_CLOUD_PACKAGE_NAME sonara-cloud)
set(CPACK_DEBIAN_CLOUD_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CLOUD_DESCRIPTION "Sonara account, credits and licence service
sonara-cloud serves Sonara Studio's accounts, credits ledger, Stripe and
Razorpay payments, signed licences and offline leases, and the admin API,
on SQLite or PostgreSQL. The package installs a systemd unit (not enabled),
config templates in /etc/sonara-cloud and the deployment guide.")
set(CPACK_DEBIAN_CLOUD_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# PostgreSQL (--database postgres://...) for several instances behind a load balancer.
set(CPACK_DEBIAN_CLOUD_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_CLOUD_PACKAGE_CONTROL_EXTRA ${sonara_cloud_conffiles})
include(CPack)

# Builds both packages from this tree, installs them into a fresh root and runs the programs there.
add_test(NAME package_install
         COMMAND bash ${sonara_packaging}/check-packages.sh ${CMAKE_BINARY_DIR})
set_tests_properties(package_install PROPERTIES LABELS package TIMEOUT 600)
