// SPDX-License-Identifier: GPL-3.0-or-later
// --version of gatehouse, gatehouse-cli and gatehouse-apimsim: Gatehouse's version, Qt's and KF6's.
#include "buildinfo.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TstVersion : public QObject
{
    Q_OBJECT

private:
    static QString runVersion(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(30000))
            return u"<did not run: %1>"_s.arg(p.errorString());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return u"<exit %1: %2>"_s.arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return QString::fromLocal8Bit(p.readAllStandardOutput());
    }

    static void checkText(const QString &text, const QString &program)
    {
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(text));
        QCOMPARE(lines[0], program + u' ' + QStringLiteral(GATEHOUSE_VERSION));
        QVERIFY2(lines[1].startsWith(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(lines[2].startsWith(u"KF6 SyntaxHighlighting 6."_s), qPrintable(text));
    }

private Q_SLOTS:
    void helperText()
    {
        checkText(gatehouse::versionText(u"prog"_s), u"prog"_s);
        QCOMPARE(gatehouse::gatehouseVersion(), QStringLiteral(GATEHOUSE_VERSION));
        const auto components = gatehouse::componentInfo();
        QVERIFY(components.size() >= 2);
        for (const auto &c : components) {
            QVERIFY2(!c.version.isEmpty(), qPrintable(c.name));
            QVERIFY2(!c.licence.isEmpty(), qPrintable(c.name));
        }
    }

    void cli_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::newRow("--version") << u"--version"_s;
        QTest::newRow("-V") << u"-V"_s;
        QTest::newRow("version") << u"version"_s;
    }
    void cli()
    {
        QFETCH(QString, arg);
        checkText(runVersion(QStringLiteral(GATEHOUSE_CLI), {arg}), u"gatehouse-cli"_s);
    }

    void simulator()
    {
#ifdef GATEHOUSE_APIMSIM
        checkText(runVersion(QStringLiteral(GATEHOUSE_APIMSIM), {u"--version"_s}), u"gatehouse-apimsim"_s);
#else
        QSKIP("built without the simulator");
#endif
    }

    // The desktop app answers --version without any display or platform plugin.
    void app()
    {
#ifdef GATEHOUSE_APP
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        checkText(runVersion(QStringLiteral(GATEHOUSE_APP), {u"--version"_s}, env), u"gatehouse"_s);
#else
        QSKIP("built without the desktop application");
#endif
    }
};

QTEST_GUILESS_MAIN(TstVersion)
#include "tst_version.moc"
