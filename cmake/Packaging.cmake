# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration (desktop entry, AppStream metainfo, icons), install rules for them, and CPack:
# a .deb for Debian 13 whose dependencies dpkg-shlibdeps computes, and a source tarball.
# docs/packaging.md explains the whole; `./dev package` builds both packages.
include(GNUInstallDirs)

set(GATEHOUSE_APP_ID "io.github.gatehouse.Gatehouse")
set(GATEHOUSE_REPOSITORY_URL "https://github.com/gatehouse/gatehouse")
set(gatehouse_packaging_dir ${PROJECT_SOURCE_DIR}/packaging/linux)

if(GATEHOUSE_BUILD_GUI)
    install(FILES ${gatehouse_packaging_dir}/${GATEHOUSE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${gatehouse_packaging_dir}/${GATEHOUSE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/gatehouse.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${GATEHOUSE_APP_ID}.svg)

    # Bitmap icons at the hicolor theme's standard sizes, rendered from the one SVG at build time
    # (nothing generated is kept in the repository).
    find_program(GATEHOUSE_RSVG_CONVERT rsvg-convert)
    if(GATEHOUSE_RSVG_CONVERT)
        set(icon_files)
        foreach(size 16 32 48 64 128 256)
            set(dir ${CMAKE_BINARY_DIR}/icons/hicolor/${size}x${size}/apps)
            set(png ${dir}/${GATEHOUSE_APP_ID}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
                COMMAND ${GATEHOUSE_RSVG_CONVERT} --width ${size} --height ${size} --output ${png}
                        ${PROJECT_SOURCE_DIR}/resources/icons/gatehouse.svg
                DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/gatehouse.svg
                COMMENT "Rendering the ${size}x${size} icon"
                VERBATIM)
            list(APPEND icon_files ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(gatehouse_icons ALL DEPENDS ${icon_files})
    else()
        message(WARNING "rsvg-convert (librsvg2-bin) not found: the package will have only the scalable icon")
    endif()
endif()

# Debian wants /usr/share/doc/<package>/copyright (CMAKE_INSTALL_DOCDIR would use the project name).
install(FILES ${gatehouse_packaging_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gatehouse)

# --- CPack -----------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "gatehouse")
set(CPACK_PACKAGE_VENDOR "The Gatehouse developers")
set(CPACK_PACKAGE_CONTACT "The Gatehouse developers <gatehouse@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "API client that understands Azure API Management")
set(CPACK_PACKAGE_HOMEPAGE_URL ${GATEHOUSE_REPOSITORY_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${gatehouse_packaging_dir}/copyright)
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "web")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies come from dpkg-shlibdeps (Qt, KF6 SyntaxHighlighting, QtKeychain, zlib ...);
# plugins are loaded at run time, so shlibdeps cannot see them: the window needs a platform plugin,
# the icon the SVG image plugin, German the Qt catalogues.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Scripts' require('moment') loads /usr/share/javascript/moment/moment.js at run time (core/runner).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libjs-moment")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-svg-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "API client that understands Azure API Management
 Gatehouse is a native desktop client (Qt 6) for testing HTTP APIs by hand,
 with git-friendly workspaces, importers for Postman, curl, .http, OpenAPI,
 HAR and Insomnia, and a collection runner.
 .
 It understands Azure API Management: it sends the right subscription key for
 each environment and explains 401/403/404/429 answers. The package also
 contains gatehouse-cli and the APIM simulator gatehouse-apimsim.")

# The source tarball: the tree as it is, without build output, git metadata or editor litter.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "gatehouse-${PROJECT_VERSION}")
string(REPLACE "." "\\\\." gatehouse_escaped_source_dir "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${gatehouse_escaped_source_dir}/build/"
    "^${gatehouse_escaped_source_dir}/\\\\.git/"
    "^${gatehouse_escaped_source_dir}/\\\\.git$"
    "^${gatehouse_escaped_source_dir}/\\\\.cache/"
    "^${gatehouse_escaped_source_dir}/CMakeUserPresets\\\\.json$"
    "~$"
    "\\\\.swp$"
    "/__pycache__/")

include(CPack)
