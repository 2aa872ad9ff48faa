# SPDX-License-Identifier: GPL-3.0-or-later
# gatehouse_options: the compile settings every Gatehouse target shares (strict Qt, warnings,
# sanitizers). Link it PRIVATE; it carries no code.
add_library(gatehouse_options INTERFACE)
target_compile_definitions(gatehouse_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060800
    GATEHOUSE_VERSION="${PROJECT_VERSION}")
target_compile_options(gatehouse_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(GATEHOUSE_WARNINGS_AS_ERRORS)
    target_compile_options(gatehouse_options INTERFACE -Werror)
endif()
if(GATEHOUSE_SANITIZE)
    target_compile_options(gatehouse_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(gatehouse_options INTERFACE -fsanitize=address,undefined)
endif()
