// SPDX-License-Identifier: GPL-3.0-or-later
// Where the shared public test corpora are (header-only; shared by format tests).
#pragma once

#include <QDir>
#include <QString>
#include <QtGlobal>

namespace gatehouse::test {

// The folder of the shared corpora (../shared/corpora beside the checkout; see its README.md), or
// the one GATEHOUSE_CORPORA names. Empty when neither exists: the Debian root of `./dev` sees only
// the checkout and /tmp, so there point GATEHOUSE_CORPORA at a copy under /tmp. Tests that need the
// corpora skip with a message saying so; the files are not copied into the repository.
inline QString corporaDir()
{
    const QString fromEnvironment = qEnvironmentVariable("GATEHOUSE_CORPORA");
    const QString dir = fromEnvironment.isEmpty() ? QStringLiteral(GATEHOUSE_CORPORA_DIR) : fromEnvironment;
    return QDir(dir).exists() ? QDir::cleanPath(dir) : QString();
}

inline QString corpus(const QString &relative)
{
    const QString dir = corporaDir();
    return dir.isEmpty() ? QString() : dir + u'/' + relative;
}

} // namespace gatehouse::test

// Skips the test function when the corpora are not there.
#define GATEHOUSE_REQUIRE_CORPORA()                                                                                   \
    do {                                                                                                              \
        if (gatehouse::test::corporaDir().isEmpty())                                                                 \
            QSKIP("the shared corpora are not here: set GATEHOUSE_CORPORA to a copy of ../shared/corpora");          \
    } while (false)
