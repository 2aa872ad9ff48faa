// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-guibench: the GUI figures of `./dev bench` (not a test). Prints one JSON line.
//   gatehouse-guibench big-json URL   a big response fetched by the engine into the response panel
//   gatehouse-guibench workspace N    a generated workspace of N requests in the sidebar, then filtering
#include "http/exchange.h"
#include "http/httpclient.h"
#include "model/workspace.h"
#include "responsepanel.h"
#include "sidebar.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"

#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <algorithm>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void print(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

// The longest time the event loop did not get to a 5 ms timer: what a user feels as a freeze.
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.nsecsElapsed();
            m_clock.restart();
            m_longest = std::max(m_longest, gap / 1000000.0 - 5.0);
        });
        m_clock.start();
        m_timer.start();
    }
    double longestMs() const { return std::max(0.0, m_longest); }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

int bigJson(QApplication &app, const QString &url)
{
    ui::SyntaxSupport syntax;
    ui::ResponsePanel panel(syntax);
    panel.resize(1000, 700);
    panel.show();
    QCoreApplication::processEvents();

    HttpClient client;
    HttpRequest request;
    request.url = QUrl(url);
    QElapsedTimer clock;
    auto *stalls = new StallMeter(&app);
    clock.start();
    double responseMs = -1, firstScreenMs = -1, prettyMs = -1, loadStallMs = -1, replaceStallMs = -1, scrollMs = -1, receiveStallMs = -1;
    // Scrolling through the whole formatted body: the worst of 21 jumps (top to bottom) with a repaint.
    const auto measureScroll = [&] {
        auto *view = panel.findChild<QAbstractScrollArea *>(u"largeBodyView"_s);
        if (!view || !view->isVisible())
            return -1.0;
        QScrollBar *bar = view->verticalScrollBar();
        double worst = 0;
        for (int i = 0; i <= 20; ++i) {
            QElapsedTimer step;
            step.start();
            bar->setValue(int(qint64(bar->maximum()) * i / 20));
            view->viewport()->repaint();
            worst = std::max(worst, double(step.nsecsElapsed()) / 1e6);
        }
        return worst;
    };
    ExchangeResult received;
    Exchange *exchange = client.send(request);
    QObject::connect(exchange, &Exchange::finished, &panel, [&](const ExchangeResult &result) {
        responseMs = double(clock.elapsed());
        // Stalls while the engine receives the body, apart from those of showing it.
        receiveStallMs = stalls->longestMs();
        stalls->reset();
        received = result;
        panel.showResult(result);
    });
    QObject::connect(&panel, &ui::ResponsePanel::bodyShown, &panel, [&] {
        // GATEHOUSE_GUIBENCH_SHOT=PREFIX: PREFIX-preview.png and PREFIX-full.png of the panel (to look at).
        const QString shot = qEnvironmentVariable("GATEHOUSE_GUIBENCH_SHOT");
        if (!shot.isEmpty() && prettyMs < 0)
            panel.grab().save(shot + (firstScreenMs < 0 ? u"-preview.png"_s : u"-full.png"_s));
        if (firstScreenMs < 0) {
            firstScreenMs = double(clock.elapsed());
            // The user asks for the full treatment (pretty-printed and highlighted) at once.
            if (!panel.requestFullBody())
                QTimer::singleShot(300, &app, &QCoreApplication::quit);
        } else if (prettyMs < 0) {
            prettyMs = double(clock.elapsed());
            // Let the remaining lazy work (highlighting of the visible part) run under the meter,
            // then send again: the next result replaces the big document, which must not stall either.
            QTimer::singleShot(300, &app, [&] {
                loadStallMs = stalls->longestMs();
                scrollMs = measureScroll(); // outside both stall figures
                stalls->reset();
                panel.showResult(received);
                QTimer::singleShot(300, &app, [&] {
                    replaceStallMs = stalls->longestMs();
                    QCoreApplication::quit();
                });
            });
        }
    });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit);
    app.exec();
    print({{u"responseMs"_s, responseMs},
           {u"firstScreenMs"_s, firstScreenMs},
           {u"prettyMs"_s, prettyMs},
           {u"longestStallMs"_s, std::max({receiveStallMs, loadStallMs, replaceStallMs}) >= 0 ? std::max({receiveStallMs, loadStallMs, replaceStallMs}) : stalls->longestMs()},
           {u"receiveStallMs"_s, receiveStallMs},
           {u"loadStallMs"_s, loadStallMs},
           {u"replaceStallMs"_s, replaceStallMs},
           {u"scrollMs"_s, scrollMs},
           {u"peakRssMb"_s, peakRssMb()},
           {u"status"_s, panel.statusText()}});
    return firstScreenMs >= 0 ? 0 : 1;
}

int workspace(QApplication &app, int count)
{
    QTemporaryDir dir;
    {
        Workspace w;
        w.name = u"Bench"_s;
        Collection c;
        c.name = u"Ten thousand"_s;
        const int perFolder = 100;
        for (int f = 0; f * perFolder < count; ++f) {
            Folder folder;
            folder.name = u"Folder %1"_s.arg(f);
            for (int i = 0; i < perFolder && f * perFolder + i < count; ++i) {
                Request r;
                r.name = u"Request %1"_s.arg(f * perFolder + i);
                r.method = i % 3 ? u"GET"_s : u"POST"_s;
                r.url = u"{{base}}/api/v1/resource%1/items/%2"_s.arg(f).arg(i);
                folder.requests.append(r);
            }
            c.folders.append(folder);
        }
        w.collections.append(c);
        assignMissingIds(w);
        WorkspaceStorage storage(dir.path());
        if (auto saved = storage.save(w); !saved) {
            std::fprintf(stderr, "cannot write the workspace: %s\n", qPrintable(saved.error().message));
            return 1;
        }
    }

    ui::Sidebar sidebar;
    sidebar.resize(320, 800);
    QElapsedTimer clock;
    clock.start();
    WorkspaceStorage storage(dir.path());
    auto loaded = storage.load();
    if (!loaded) {
        std::fprintf(stderr, "cannot load the workspace: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    sidebar.setWorkspace(loaded->workspace);
    sidebar.show();
    sidebar.view()->expandToDepth(0);
    sidebar.repaint();
    QCoreApplication::processEvents();
    const double openMs = double(clock.nsecsElapsed()) / 1e6;

    auto *filter = sidebar.findChild<QLineEdit *>(u"sidebarFilter"_s);
    const QStringList texts = {u"Request 99"_s, u"resource42"_s, u"items/7"_s, u"zzz-nothing"_s, u"POST"_s, QString()};
    double worst = 0;
    for (const QString &text : texts) {
        clock.restart();
        filter->setText(text);
        sidebar.repaint();
        QCoreApplication::processEvents();
        worst = std::max(worst, double(clock.nsecsElapsed()) / 1e6);
    }
    print({{u"openMs"_s, openMs},
           {u"filterMs"_s, worst},
           {u"filters"_s, int(texts.size())},
           {u"rows"_s, sidebar.view()->model()->rowCount()},
           {u"peakRssMb"_s, peakRssMb()}});
    Q_UNUSED(app);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == "big-json"_L1)
        return bigJson(app, args.at(1));
    if (args.size() == 2 && args.at(0) == "workspace"_L1)
        return workspace(app, args.at(1).toInt());
    std::fprintf(stderr, "usage: gatehouse-guibench big-json URL | workspace N\n");
    return 2;
}
