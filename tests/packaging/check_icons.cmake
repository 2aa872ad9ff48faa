# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DICON_DIR=<build>/icons/hicolor -DAPP_ID=... -P check_icons.cmake: every size is a PNG of that size.
foreach(size 16 32 48 64 128 256)
    set(png ${ICON_DIR}/${size}x${size}/apps/${APP_ID}.png)
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "missing icon ${png} (built by the gatehouse_icons target)")
    endif()
    # PNG: 8-byte signature, IHDR length and type, then width and height as 32-bit big-endian.
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width)
    string(SUBSTRING "${header}" 40 8 height)
    math(EXPR w "0x${width}")
    math(EXPR h "0x${height}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT w EQUAL size OR NOT h EQUAL size)
        message(FATAL_ERROR "${png} is not a ${size}x${size} PNG (${w}x${h})")
    endif()
endforeach()
