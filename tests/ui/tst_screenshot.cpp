// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse --screenshot FILE` as a user runs it: a separate process, a real PNG.
#include "testserver.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gatehouse::test::TestServer;

class TestScreenshot : public QObject
{
    Q_OBJECT

    int runApp(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_APP), args);
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(30000))
            qFatal("gatehouse did not exit");
        return p.exitCode();
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private Q_SLOTS:
    void writesAPngOfTheWindow()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"window.png"_s);
        QCOMPARE(runApp({u"--screenshot"_s, file}), 0);
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(distinctColours(image) > 5); // not a blank canvas
    }

    void screenshotAfterTheRequest()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"after.png"_s);
        QCOMPARE(runApp({u"--screenshot"_s, file, u"-H"_s, u"X-From: screenshot"_s, server.url(u"/json"_s).toString()}), 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("x-from"), "screenshot"_ba);
        QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 800));
        // The right half holds the highlighted body: more colours than the empty window.
        QVERIFY(distinctColours(image.copy(640, 0, 640, 800)) > 3);
    }

    void darkColourScheme()
    {
        QTemporaryDir dir;
        const auto brightness = [](const QImage &image) {
            qint64 sum = 0, n = 0;
            for (int y = 0; y < image.height(); y += 11)
                for (int x = 0; x < image.width(); x += 11, ++n)
                    sum += qGray(image.pixel(x, y));
            return sum / std::max<qint64>(n, 1);
        };
        QCOMPARE(runApp({u"--color-scheme"_s, u"dark"_s, u"--screenshot"_s, dir.filePath(u"dark.png"_s)}), 0);
        QCOMPARE(runApp({u"--color-scheme"_s, u"light"_s, u"--screenshot"_s, dir.filePath(u"light.png"_s)}), 0);
        const qint64 dark = brightness(QImage(dir.filePath(u"dark.png"_s)));
        const qint64 light = brightness(QImage(dir.filePath(u"light.png"_s)));
        QVERIFY2(dark < 100 && light > 150, qPrintable(u"dark %1, light %2"_s.arg(dark).arg(light)));
        QCOMPARE(runApp({u"--color-scheme"_s, u"purple"_s, u"--screenshot"_s, dir.filePath(u"x.png"_s)}), 2);
    }

    void unwritablePathFails()
    {
        QCOMPARE(runApp({u"--screenshot"_s, u"/nonexistent-dir/x.png"_s}), 1);
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
