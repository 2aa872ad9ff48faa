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

    void unwritablePathFails()
    {
        QCOMPARE(runApp({u"--screenshot"_s, u"/nonexistent-dir/x.png"_s}), 1);
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
