// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by every fuzz target: one QCoreApplication (translations, time zones and the like expect
// one) and a view of libFuzzer's bytes.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace gatehouse::fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut at NUL bytes: lets one input carry several fields (method, path, headers ...).
inline QList<QByteArrayView> fields(QByteArrayView input, qsizetype count)
{
    QList<QByteArrayView> parts;
    while (parts.size() + 1 < count) {
        const qsizetype nul = input.indexOf('\0');
        if (nul < 0)
            break;
        parts.append(input.first(nul));
        input = input.sliced(nul + 1);
    }
    parts.append(input);
    while (parts.size() < count)
        parts.append(QByteArrayView());
    return parts;
}

} // namespace gatehouse::fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int appArgc = *argc;
    static QCoreApplication app(appArgc, *argv);
    return 0;
}
