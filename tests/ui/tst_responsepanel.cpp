// SPDX-License-Identifier: GPL-3.0-or-later
// The response panel on the offscreen platform: status, headers, cookies, and big bodies shown as a
// preview first, then whole (formatted off the GUI thread, handed over in slices) when asked for.
#include "codeeditor.h"
#include "http/exchange.h"
#include "http/httpclient.h"
#include "responsepanel.h"
#include "syntaxsupport.h"
#include "visiblehighlighter.h"
#include "testserver.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

QByteArray bigJson(qsizetype atLeast)
{
    QByteArray out = "{\"items\":[";
    for (int i = 0; out.size() < atLeast; ++i) {
        if (i)
            out += ',';
        out += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item " + QByteArray::number(i) + "\",\"tags\":[\"a\",\"b\"]}";
    }
    out += "],\"last\":\"the-end-marker\"}";
    return out;
}

ExchangeResult result(const QByteArray &body, HeaderList headers = {{"Content-Type", "application/json"}})
{
    ExchangeResult r;
    r.request.method = "GET";
    r.request.url = QUrl(u"http://127.0.0.1/x"_s);
    HttpResponse response;
    response.statusCode = 200;
    response.reasonPhrase = "OK";
    response.headers = std::move(headers);
    response.body = body;
    response.encodedBodySize = body.size();
    r.response = response;
    r.timings.finished = 12;
    return r;
}

} // namespace

// Stands in for the desktop's file opener (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestResponsePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallJsonIsPrettyPrinted()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        QSignalSpy shown(&panel, &ResponsePanel::bodyShown);
        panel.showResult(result("{\"a\":[1,2],\"b\":\"x\"}"));
        QCOMPARE(panel.statusText(), u"200 OK"_s);
        QTRY_VERIFY(shown.count() >= 1);
        QTRY_VERIFY(panel.shownBodyText().contains(u"\n  \"b\": \"x\""_s));
        QVERIFY(!panel.isShowingPreview());
        QVERIFY(!panel.findChild<QWidget *>(u"largeBodyBar"_s)->isVisible());
        QCOMPARE(panel.findChild<QTreeWidget *>(u"responseHeadersView"_s)->topLevelItemCount(), 1);
    }

    void jsonPathFiltersTheBody()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        panel.showResult(result("{\"items\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\",\"child\":{\"id\":3}}]}"));
        auto *filter = panel.findChild<QLineEdit *>(u"jsonPathFilter"_s);
        QVERIFY(filter);
        QVERIFY(!filter->isHidden());
        QTRY_VERIFY(panel.shownBodyText().contains(u"\"items\""_s));
        filter->setText(u"$.items[1].name"_s);
        QCOMPARE(panel.shownBodyText().simplified(), u"[ \"b\" ]"_s);
        filter->setText(u"$..id"_s);
        QCOMPARE(panel.shownBodyText().simplified(), u"[ 1, 2, 3 ]"_s);
        // An incomplete expression keeps the last result and says what is wrong.
        filter->setText(u"$.items["_s);
        QCOMPARE(panel.shownBodyText().simplified(), u"[ 1, 2, 3 ]"_s);
        QVERIFY(filter->toolTip().contains(u"$.items["_s));
        filter->clear();
        QVERIFY(panel.shownBodyText().contains(u"\"child\""_s));

        // Not offered for bodies that are no JSON.
        panel.showResult(result("<a/>", {{"Content-Type", "application/xml"}}));
        QVERIFY(filter->isHidden());
    }

    void previewShowsHtmlAndImages()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        auto *preview = panel.findChild<QStackedWidget *>(u"responsePreview"_s);
        panel.showResult(result("<html><body><h1>Hello</h1><p>world</p></body></html>", {{"Content-Type", "text/html; charset=utf-8"}}));
        QCOMPARE(preview->currentWidget(), panel.findChild<QTextBrowser *>(u"previewHtml"_s));
        QVERIFY(panel.findChild<QTextBrowser *>(u"previewHtml"_s)->toPlainText().contains(u"Hello"_s));

        QImage image(3, 2, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        panel.showResult(result(png, {{"Content-Type", "image/png"}}));
        auto *label = panel.findChild<QLabel *>(u"previewImage"_s);
        QCOMPARE(label->pixmap().size(), QSize(3, 2));
        QVERIFY(preview->currentWidget()->isAncestorOf(label));

        panel.showResult(result("not an image", {{"Content-Type", "image/png"}}));
        QCOMPARE(preview->currentWidget(), panel.findChild<QLabel *>(u"previewNote"_s));
        QVERIFY(label->pixmap().isNull());
        panel.showResult(result("{}"));
        QCOMPARE(preview->currentWidget(), panel.findChild<QLabel *>(u"previewNote"_s));
    }

    void copyAsCurlMasksUnlessRevealed()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        ExchangeResult r = result("{}");
        r.request.headers = {{"Authorization", "Bearer fake-token-0000"}, {"Accept", "*/*"}};
        panel.showResult(r);
        QGuiApplication::clipboard()->clear();
        panel.findChild<QToolButton *>(u"copyAsButton"_s)->click();
        const QString masked = QGuiApplication::clipboard()->text();
        QVERIFY2(masked.startsWith(u"curl http://127.0.0.1/x"_s), qPrintable(masked));
        QVERIFY(masked.contains(u"Bearer \u2022\u2022\u2022"_s));
        QVERIFY(!masked.contains(u"fake-token-0000"_s));
        panel.findChild<QCheckBox *>(u"revealSecretsCheck"_s)->setChecked(true);
        panel.findChild<QAction *>(u"copyAs_python"_s)->trigger();
        const QString python = QGuiApplication::clipboard()->text();
        QVERIFY(python.startsWith(u"import requests"_s));
        QVERIFY(python.contains(u"fake-token-0000"_s));
    }

    void cookiesTabListsSetCookie()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        panel.showResult(result("{}", {{"Content-Type", "application/json"},
                                       {"Set-Cookie", "session=fake-session-0000; Path=/; HttpOnly; Secure; SameSite=Lax"},
                                       {"Set-Cookie", "theme=dark; Domain=contoso.test; Expires=Wed, 21 Oct 2037 07:28:00 GMT"}}));
        auto *cookies = panel.findChild<QTreeWidget *>(u"responseCookiesView"_s);
        QVERIFY(cookies);
        QCOMPARE(cookies->topLevelItemCount(), 2);
        QCOMPARE(cookies->topLevelItem(0)->text(0), u"session"_s);
        QCOMPARE(cookies->topLevelItem(0)->text(3), u"/"_s);
        QCOMPARE(cookies->topLevelItem(0)->text(5), u"HttpOnly, Secure, SameSite=Lax"_s);
        QCOMPARE(cookies->topLevelItem(1)->text(1), u"dark"_s);
        QCOMPARE(cookies->topLevelItem(1)->text(2), u"contoso.test"_s);
        QVERIFY(!cookies->topLevelItem(1)->text(4).isEmpty());
        auto *tabs = panel.findChild<QTabWidget *>(u"responseTabs"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(cookies)), u"Cookies (2)"_s);

        panel.showResult(result("{}"));
        QCOMPARE(cookies->topLevelItemCount(), 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(cookies)), u"Cookies"_s);
    }

    void downloadProgressIsShownAndCancellable()
    {
        test::TestServer server;
        QVERIFY(server.listen());
        HttpClient client;
        ResponsePanel panel(m_syntax);
        panel.resize(800, 600);
        panel.show();
        auto *progress = panel.findChild<QWidget *>(u"downloadProgress"_s);
        auto *bar = panel.findChild<QProgressBar *>(u"downloadProgressBar"_s);
        auto *text = panel.findChild<QLabel *>(u"downloadProgressText"_s);
        QVERIFY(progress && bar && text);
        QVERIFY(!progress->isVisible());

        // A real 8 MB download over loopback: the panel follows the engine's progress.
        HttpRequest request;
        request.url = server.url(u"/bytes?size=8000000"_s);
        Exchange *exchange = client.send(request);
        panel.showSending(request.url);
        QVERIFY(progress->isVisible());
        QStringList texts;
        bool alwaysVisible = true;
        bool determinate = true;
        connect(exchange, &Exchange::progressed, &panel, [&](qint64 received, qint64 total, double rate) {
            panel.showProgress(received, total, rate);
            texts.append(text->text());
            alwaysVisible = alwaysVisible && progress->isVisible();
            determinate = determinate && (total <= 0 || (bar->maximum() == 1000 && bar->value() == int(received * 1000 / total)));
        });
        QSignalSpy finished(exchange, &Exchange::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(!texts.isEmpty());
        QVERIFY(alwaysVisible);
        QVERIFY(determinate);
        QVERIFY2(texts.constLast().startsWith(u"8.0 MB"_s), qPrintable(texts.constLast()));
        panel.showResult(finished.at(0).at(0).value<ExchangeResult>());
        QVERIFY(!progress->isVisible());

        // Unknown total: a busy bar and the bytes so far, with the rate.
        panel.showSending(request.url);
        panel.showProgress(3 * 1024 * 1024, -1, 1024 * 1024);
        QCOMPARE(bar->maximum(), 0);
        QVERIFY2(text->text().startsWith(u"3.1 MB received"_s) && text->text().endsWith(u"1.0 MB/s"_s), qPrintable(text->text()));

        // Cancel asks the owner to stop the exchange; the cancelled result hides the progress.
        QSignalSpy cancel(&panel, &ResponsePanel::cancelRequested);
        HttpRequest stalled;
        stalled.url = server.url(u"/stall"_s);
        Exchange *hanging = client.send(stalled);
        connect(&panel, &ResponsePanel::cancelRequested, hanging, &Exchange::cancel);
        QSignalSpy hangingFinished(hanging, &Exchange::finished);
        panel.showSending(stalled.url);
        panel.findChild<QToolButton *>(u"cancelDownloadButton"_s)->click();
        QCOMPARE(cancel.count(), 1);
        QTRY_COMPARE(hangingFinished.count(), 1);
        const auto cancelled = hangingFinished.at(0).at(0).value<ExchangeResult>();
        QVERIFY(cancelled.error.has_value());
        panel.showResult(cancelled);
        QVERIFY(!progress->isVisible());
    }

    // Every request tab has a response panel: making one must not start threads (Qt PDF's view
    // starts a render thread, so it is made only for the first PDF body; the soak found one
    // thread a tab).
    void panelsStartNoThreads()
    {
        const auto threads = [] { return QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(); };
        if (!QDir(u"/proc/self/task"_s).exists())
            QSKIP("needs /proc/self/task");
        std::vector<std::unique_ptr<ResponsePanel>> panels;
        panels.push_back(std::make_unique<ResponsePanel>(m_syntax));
        panels.back()->show();
        QCoreApplication::processEvents();
        const auto before = threads();
        for (int i = 0; i < 5; ++i) {
            panels.push_back(std::make_unique<ResponsePanel>(m_syntax));
            panels.back()->show();
        }
        QCoreApplication::processEvents();
        QCOMPARE(threads(), before);
        QVERIFY(!panels.back()->findChild<QWidget *>(u"pdfView"_s));
    }

    void pdfBodyGoesToThePdfViewer()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        const QByteArray pdf = "%PDF-1.4\n% not a real document, only its first bytes\n%%EOF\n";
        panel.showResult(result(pdf, {{"Content-Type", "application/pdf"}}));
        auto *preview = panel.findChild<QStackedWidget *>(u"responsePreview"_s);
        auto *note = panel.findChild<QLabel *>(u"pdfNote"_s);
        QVERIFY(preview->currentWidget()->isAncestorOf(note));
        QVERIFY(note->text().contains(u"PDF"_s));
        // "Open in PDF Viewer" hands a .pdf copy of the body to the desktop.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        panel.findChild<QToolButton *>(u"openPdfButton"_s)->click();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.urls.size(), 1);
        QVERIFY(catcher.urls.at(0).path().endsWith(u".pdf"_s));
        QFile copy(catcher.urls.at(0).toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), pdf);
    }

    void editorHighlightsVisibleLinesOfHugeText()
    {
        CodeEditor editor(m_syntax);
        editor.resize(600, 400);
        editor.show();
        editor.setLanguage(BodyLanguage::Json);
        QString text = u"{\n"_s;
        while (text.size() <= CodeEditor::HighlightLimit)
            text += u"  \"key\": \"a value of some length to fill the megabytes\",\n"_s;
        text += u"  \"last\": 1\n}"_s;
        editor.setBodyText(text);
        QVERIFY(editor.highlightsVisibleLinesOnly());
        QCOMPARE(editor.definitionName(), u"JSON"_s);
        QTRY_VERIFY(!editor.document()->findBlockByNumber(1).layout()->formats().isEmpty());
        QVERIFY(editor.document()->lastBlock().previous().layout()->formats().isEmpty()); // not on screen yet
        editor.verticalScrollBar()->setValue(editor.verticalScrollBar()->maximum());
        QTRY_VERIFY(!editor.document()->lastBlock().previous().layout()->formats().isEmpty());

        // Small text: the ordinary highlighter again.
        editor.setBodyText(u"{\"a\": 1}"_s);
        QVERIFY(!editor.highlightsVisibleLinesOnly());
        QCOMPARE(editor.definitionName(), u"JSON"_s);
        QTRY_VERIFY(!editor.document()->firstBlock().layout()->formats().isEmpty());
    }

    void largeBodyShowsPreviewThenAllFormatted()
    {
        ResponsePanel panel(m_syntax);
        panel.resize(800, 600);
        panel.show();
        const QByteArray body = bigJson(3 * 1024 * 1024);
        QSignalSpy shown(&panel, &ResponsePanel::bodyShown);
        panel.showResult(result(body));
        // The preview is there synchronously: no waiting for a formatter.
        QCOMPARE(shown.count(), 1);
        QVERIFY(panel.isShowingPreview());
        QVERIFY(panel.shownBodyText().size() <= ResponsePanel::PreviewBytes);
        QVERIFY(body.startsWith(panel.shownBodyText().toUtf8()));
        QVERIFY(panel.findChild<QWidget *>(u"largeBodyBar"_s)->isVisible());
        QVERIFY(panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"MB"_s));

        auto *full = panel.findChild<QToolButton *>(u"fullBodyButton"_s);
        QVERIFY(full->isEnabled());
        full->click();
        QVERIFY(!full->isEnabled());
        QVERIFY(!panel.requestFullBody()); // already loading
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QVERIFY(!panel.isShowingPreview());
        const QString text = panel.shownBodyText();
        QVERIFY(text.contains(u"\"last\": \"the-end-marker\""_s)); // the whole body, pretty-printed
        QVERIFY(text.contains(u"\"id\": 1,\n"_s));
        QVERIFY(!panel.requestFullBody()); // nothing more to load

        // Highlighted as the lines come on screen, not all at once.
        const VisibleHighlighter *highlighter = panel.largeBodyHighlighter();
        auto *view = panel.findChild<QPlainTextEdit *>(u"largeBodyView"_s);
        QTRY_VERIFY(highlighter->highlightedBlocks() > 0);
        QVERIFY(highlighter->highlightedBlocks() < view->document()->blockCount() / 100);
        QVERIFY(!view->document()->findBlockByNumber(1).layout()->formats().isEmpty()); // "items": [
        QVERIFY(panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"Highlighting follows"_s));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        const QTextBlock last = view->document()->lastBlock().previous(); // "last": "the-end-marker"
        QTRY_VERIFY(!last.layout()->formats().isEmpty());

        // Raw goes back to the preview; Show all then loads the body as received.
        panel.setPretty(false);
        QVERIFY(panel.isShowingPreview());
        QVERIFY(panel.requestFullBody());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isShowingPreview(), 20000);
        // One line of 3 MB is broken into display lines (and says so); nothing else changes.
        const QString raw = panel.shownBodyText();
        QVERIFY(raw.count(u'\n') >= 3 * 1024 / 16);
        QCOMPARE(QString(raw).remove(u'\n').toUtf8(), body);
        QVERIFY(panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"broken"_s));
        QVERIFY(panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"Not highlighted"_s));
    }

    void bodyInFileIsReadFromIt()
    {
        QTemporaryDir dir;
        const QByteArray body = bigJson(256 * 1024);
        QFile file(dir.filePath(u"body.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        ExchangeResult r = result(body.first(1000)); // the engine keeps only the first bytes in memory
        r.response->bodyFilePath = file.fileName();
        r.response->bodyFileSize = body.size();

        ResponsePanel panel(m_syntax);
        panel.show();
        panel.setPretty(false);
        panel.showResult(r);
        QVERIFY(panel.isShowingPreview());
        QCOMPARE(panel.shownBodyText().toUtf8(), body.first(1000));
        QVERIFY(panel.requestFullBody());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isShowingPreview(), 20000);
        QCOMPARE(panel.shownBodyText().remove(u'\n').toUtf8(), body);
    }

    void staleFullBodyIsDropped()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        panel.showResult(result(bigJson(3 * 1024 * 1024)));
        QVERIFY(panel.requestFullBody());
        // A new response arrives while the old one is being formatted.
        panel.showResult(result("{\"fresh\":true}"));
        QTRY_VERIFY(panel.shownBodyText().contains(u"\"fresh\": true"_s));
        // The old formatting job finishes and its result is delivered: it must change nothing.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!panel.shownBodyText().contains(u"the-end-marker"_s));
        QVERIFY(!panel.isShowingPreview());
    }

private:
    SyntaxSupport m_syntax;
};

QTEST_MAIN(TestResponsePanel)
#include "tst_responsepanel.moc"
