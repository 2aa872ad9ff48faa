// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-soakbench: the soak figures of `./dev bench soak` (issue 8; not a test).
//   gatehouse-soakbench SECONDS [WARMUP_SECONDS] [INTERVAL_MS]
// The real main window, offscreen, on the Playground workspace and its in-process APIM simulator,
// sends a request every INTERVAL_MS (default 100) for SECONDS: it cycles through every Playground
// request (successes and each classic APIM failure, so the inspector, history and cookie jar all
// work), and closes all tabs after each round so tabs are created and destroyed all the time.
// Every 10 s it prints a JSON sample (RSS, open file descriptors, threads); at the end one summary
// line comparing the end of the warm-up with the end of the run.
#include "storage/history.h"
#include "http/httpclient.h"
#include "mainwindow.h"
#include "playground/playground.h"
#include "playgroundsession.h"
#include "sharedicons.h"
#include "storage/filesecretstore.h"
#include "syntaxsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmapCache>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

struct Sample
{
    double seconds = 0;
    double rssMb = 0;
    double anonMb = 0; // of the resident set: anonymous memory (heap, mmapped allocations, stacks)
    double fileMb = 0; // of the resident set: file-backed pages (libraries, fonts, mapped files)
    int fds = 0;
    int threads = 0;
    int widgets = 0; // QApplication::allWidgets(): widgets that were never destroyed show here
    double heapMb = 0;  // bytes malloc has handed out and not got back
    double arenaMb = 0; // bytes malloc holds from the system (in use, free but kept, mmapped blocks)
};

// From /proc/self/status: the resident set now (not the peak), and the thread count.
Sample sampleNow(double seconds)
{
    Sample s;
    s.seconds = seconds;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssMb = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("RssAnon:"))
                s.anonMb = line.mid(8).trimmed().split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("RssFile:"))
                s.fileMb = line.mid(8).trimmed().split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("Threads:"))
                s.threads = line.mid(8).trimmed().toInt();
        }
    }
    const struct mallinfo2 info = mallinfo2();
    s.heapMb = double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
    s.arenaMb = double(info.arena + info.hblkhd) / (1024.0 * 1024.0);
    s.widgets = int(QApplication::allWidgets().size());
    s.fds = int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
    return s;
}

void print(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QJsonObject toJson(const Sample &s)
{
    return {{u"t"_s, s.seconds}, {u"rssMb"_s, s.rssMb}, {u"anonMb"_s, s.anonMb}, {u"fileMb"_s, s.fileMb}, {u"heapMb"_s, s.heapMb}, {u"arenaMb"_s, s.arenaMb}, {u"fds"_s, s.fds}, {u"threads"_s, s.threads}, {u"widgets"_s, s.widgets}};
}

void collectRequests(const QList<Folder> &folders, QStringList &ids)
{
    for (const Folder &f : folders) {
        for (const Request &r : f.requests)
            ids.append(r.id);
        collectRequests(f.folders, ids);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::setApplicationStyle(); // as the app does
    const QStringList args = app.arguments().mid(1);
    bool ok = args.size() >= 1;
    const double seconds = ok ? args.at(0).toDouble(&ok) : 0;
    if (!ok || seconds <= 0) {
        std::fprintf(stderr, "usage: gatehouse-soakbench SECONDS [WARMUP_SECONDS] [INTERVAL_MS]\n");
        return 2;
    }
    const double warmup = args.size() >= 2 ? args.at(1).toDouble() : std::min(120.0, seconds / 5);
    const int interval = args.size() >= 3 ? args.at(2).toInt() : 100;

    QTemporaryDir home;
    sim::PlaygroundSession playground;
    auto started = playground.start(home.filePath(u"playground"_s));
    if (!started) {
        std::fprintf(stderr, "cannot start the Playground: %s\n", qPrintable(started.error().message));
        return 1;
    }
    const Workspace model = playgroundWorkspace(*started);
    QStringList ids;
    for (const Collection &c : model.collections) {
        for (const Request &r : c.requests)
            ids.append(r.id);
        collectRequests(c.folders, ids);
    }

    HttpClient client;
    ui::SyntaxSupport syntax;
    FileSecretStore secrets(home.filePath(u"secrets.json"_s));
    HistoryStore history(home.filePath(u"history.jsonl"_s));
    ui::MainWindow window(client, syntax, &secrets);
    window.setAskForSecrets(false);
    window.setRestoresSession(false);
    // GATEHOUSE_SOAK_NO_HISTORY=1: without the history, to tell its (bounded) growth from a leak.
    if (qEnvironmentVariableIntValue("GATEHOUSE_SOAK_NO_HISTORY") == 0)
        window.setHistoryStore(&history);
    window.resize(1280, 800);
    window.show();
    if (!window.openWorkspace(playground.workspaceDir())) {
        std::fprintf(stderr, "cannot open the Playground workspace\n");
        return 1;
    }
    window.setEnvironment(model.environments.first().id);

    QElapsedTimer clock;
    clock.start();
    int sent = 0, finished = 0, skipped = 0, rounds = 0;
    qsizetype next = 0;
    QObject::connect(&window, &ui::MainWindow::exchangeFinished, &app, [&] { ++finished; });

    // GATEHOUSE_SOAK_QUICK_EXIT=1 (see the end): the run ends at the end of a round, with all its
    // tabs open, so two runs of different lengths end in the same state and can be compared.
    const bool quickExit = qEnvironmentVariableIntValue("GATEHOUSE_SOAK_QUICK_EXIT") != 0;
    bool stopAtRoundEnd = false;
    QTimer sender;
    sender.setInterval(interval);
    QObject::connect(&sender, &QTimer::timeout, &app, [&] {
        if (window.isSending()) {
            ++skipped; // a slow answer (the Playground has a delayed backend): wait for it
            return;
        }
        if (next == ids.size()) {
            if (stopAtRoundEnd) { // with every tab of the round still open
                sender.stop();
                app.quit();
                return;
            }
            next = 0;
            ++rounds;
            auto *tabs = window.findChild<QTabWidget *>();
            while (tabs && tabs->count() > 1)
                window.closeTab(tabs->count() - 1);
        }
        window.openRequest(ids.at(next++));
        window.send();
        ++sent;
    });

    Sample warm, last;
    bool warmTaken = false;
    QTimer sampler;
    sampler.setInterval(10000);
    // GATEHOUSE_SOAK_TRIM=1: give free malloc memory back before each sample, to tell
    // fragmentation (RSS falls back) from memory really in use.
    const bool trim = qEnvironmentVariableIntValue("GATEHOUSE_SOAK_TRIM") != 0;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        if (trim)
            malloc_trim(0);
        last = sampleNow(clock.elapsed() / 1000.0);
        if (!warmTaken && last.seconds >= warmup) {
            warm = last;
            warmTaken = true;
        }
        QJsonObject o = toJson(last);
        o.insert(u"sent"_s, sent);
        print(o);
    });

    const Sample start = sampleNow(0);
    sender.start();
    sampler.start();
    QTimer::singleShot(int(seconds * 1000), &app, [&] {
        if (quickExit)
            stopAtRoundEnd = true;
        else
            QCoreApplication::quit();
    });
    app.exec();
    last = sampleNow(clock.elapsed() / 1000.0);
    if (!warmTaken)
        warm = start;

    print({{u"summary"_s, true},
           {u"seconds"_s, last.seconds},
           {u"warmupSeconds"_s, warm.seconds},
           {u"sent"_s, sent},
           {u"finished"_s, finished},
           {u"skippedTicks"_s, skipped},
           {u"rounds"_s, rounds},
           {u"requestsPerRound"_s, int(ids.size())},
           {u"start"_s, toJson(start)},
           {u"warm"_s, toJson(warm)},
           {u"end"_s, toJson(last)},
           {u"rssGrowthMb"_s, last.rssMb - warm.rssMb},
           {u"heapGrowthMb"_s, last.heapMb - warm.heapMb},
           {u"fdGrowth"_s, last.fds - warm.fds},
           {u"threadGrowth"_s, last.threads - warm.threads}});
    // What Qt's pixmap cache holds at the end (icons and style pixmaps; at most its cache limit).
    {
        const Sample before = sampleNow(last.seconds);
        QPixmapCache::clear();
        const Sample after = sampleNow(last.seconds);
        print({{u"pixmapCacheHeapMb"_s, before.heapMb - after.heapMb}, {u"pixmapCacheLimitKb"_s, QPixmapCache::cacheLimit()}});
    }
    // GATEHOUSE_SOAK_QUICK_EXIT=1: leave without destroying anything, so a heap profiler
    // (heaptrack) reports everything still allocated at the end as "leaked", by allocation site.
    if (quickExit)
        std::_Exit(finished > 0 ? 0 : 1);
    return finished > 0 ? 0 : 1;
}
