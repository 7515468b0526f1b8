# `cpack -G DEB` in the build folder makes a Debian package of the programs.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/sonara-serve.service
        DESTINATION lib/systemd/user)

set(CPACK_PACKAGE_NAME "sonara-studio")
set(CPACK_PACKAGE_VENDOR "Sonara Studio")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "AI audio studio that runs on your own GPU")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Sonara Studio <support@sonara.invalid>")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps finds libblas3 through libtorch, whose alternative is the slow reference BLAS unless an
# optimised one is installed: depend on OpenBLAS so that CPU inference is not 18x slower.
# qt6-translations-l10n translates Qt's own dialogs; the Hindi interface needs a Devanagari font.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "espeak-ng-data, pocketsphinx-en-us, libqt6sql6-sqlite, libopenblas0-pthread | libopenblas0, qt6-translations-l10n, fonts-lohit-deva | fonts-noto-core")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
