// SPDX-License-Identifier: GPL-3.0-or-later
// The response panel on the offscreen platform: status, headers, cookies, and big bodies shown as a
// preview first, then whole when asked for (formatted and indexed off the GUI thread, shown in a
// view that lays out only the lines on screen).
#include "codeeditor.h"
#include "http/exchange.h"
#include "http/httpclient.h"
#include "responsepanel.h"
#include "syntaxsupport.h"
#include "largetextview.h"
#include "visiblehighlighter.h"
#include "testserver.h"

#include <QAction>
#include <QAbstractScrollArea>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
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

    // The protocol is shown beside the status, not only in the "Request sent" text.
    void httpVersionIsShownBesideTheStatus()
    {
        ResponsePanel panel(m_syntax);
        panel.show();
        ExchangeResult r = result("{}");
        r.response->httpVersion = "2";
        panel.showResult(r);
        auto *version = panel.findChild<QLabel *>(u"httpVersionLabel"_s);
        QVERIFY(version);
        QCOMPARE(panel.statusText(), u"200 OK"_s);
        QCOMPARE(version->text(), u"· HTTP/2"_s);
        QVERIFY(version->isVisible());
        panel.showProblem(u"Connection refused."_s);
        QVERIFY(version->text().isEmpty());
        r.response->httpVersion = "1.1";
        panel.showResult(r);
        QCOMPARE(version->text(), u"· HTTP/1.1"_s);
        panel.showSending(QUrl(u"http://127.0.0.1/x"_s));
        QVERIFY(version->text().isEmpty());
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

    // With Qt PDF in the build: a real PDF body (written by QPdfWriter) is rendered in the Preview tab.
    void pdfBodyIsRenderedInThePreview()
    {
        auto panelHasPdfView = [&](ResponsePanel &panel) { return panel.findChild<QAbstractScrollArea *>(u"pdfView"_s); };
        ResponsePanel panel(m_syntax);
        if (!panelHasPdfView(panel))
            QSKIP("built without Qt PDF (qt6-pdf-dev)");
        panel.resize(700, 600);
        panel.show();
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A5));
            writer.setTitle(u"Invoice"_s);
            QPainter painter(&writer);
            // A black band across the top third of the page: easy to find on screen.
            painter.fillRect(QRect(0, 0, painter.device()->width(), painter.device()->height() / 3), Qt::black);
            painter.setFont(QFont(u"Sans"_s, 24));
            painter.drawText(QRect(0, painter.device()->height() / 2, painter.device()->width(), 800), Qt::AlignCenter, u"Invoice 0001"_s);
        }
        QVERIFY(pdf.startsWith("%PDF-"));
        panel.showResult(result(pdf, {{"Content-Type", "application/pdf"}}));
        auto *tabs = panel.findChild<QTabWidget *>(u"responseTabs"_s);
        auto *view = panelHasPdfView(panel);
        tabs->setCurrentWidget(panel.findChild<QStackedWidget *>(u"responsePreview"_s));
        QVERIFY(view->isVisible());
        auto *note = panel.findChild<QLabel *>(u"pdfNote"_s);
        QTRY_VERIFY2(note->text().contains(u"1 page"_s), qPrintable(note->text()));
        // The page is painted: the band's dark pixels appear once the page is rendered.
        const auto darkPixels = [view] {
            const QImage image = view->viewport()->grab().toImage();
            int dark = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    dark += image.pixelColor(x, y).lightnessF() < 0.15;
            return dark;
        };
        QTRY_VERIFY_WITH_TIMEOUT(darkPixels() > 2000, 10000);
        if (const QString shots = qEnvironmentVariable("GATEHOUSE_TEST_SHOTS"); !shots.isEmpty())
            panel.grab().save(shots + u"/pdf-preview.png"_s); // to look at

        // A broken PDF says so instead of showing a stale page.
        panel.showResult(result("%PDF-1.4\nbroken", {{"Content-Type", "application/pdf"}}));
        QTRY_VERIFY2(note->text().contains(u"cannot be shown"_s), qPrintable(note->text()));
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
        auto *view = panel.findChild<LargeTextView *>(u"largeBodyView"_s);
        QVERIFY(view);
        QCOMPARE(view, panel.largeBodyView());
        QVERIFY(view->isVisible());
        const qsizetype lines = view->text()->lineCount();
        QTRY_VERIFY(view->highlightedLines() > 0);
        QVERIFY(view->highlightedLines() < lines / 100);
        QVERIFY(!view->highlightFormats(1).isEmpty()); // "items": [
        QVERIFY(panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"Highlighting follows"_s));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_VERIFY(!view->highlightFormats(lines - 2).isEmpty()); // "last": "the-end-marker"

        // Raw goes back to the preview; Show all then loads the body as received.
        panel.setPretty(false);
        QVERIFY(panel.isShowingPreview());
        QVERIFY(panel.requestFullBody());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isShowingPreview(), 20000);
        // One line of 3 MB, shown as it is: only its columns on screen are laid out.
        QCOMPARE(panel.shownBodyText().toUtf8(), body);
        QCOMPARE(view->text()->lineCount(), 1);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        QVERIFY(view->horizontalScrollBar()->maximum() > 3 * 1024 * 1024);
        QVERIFY(panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"Highlighting follows"_s));
        QVERIFY(!panel.findChild<QLabel *>(u"largeBodyNotice"_s)->text().contains(u"broken"_s));
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
        QCOMPARE(panel.shownBodyText().toUtf8(), body);
    }

    // The view of a whole large body: first lines at once, the last line after scrolling, mouse
    // selection and Ctrl+C give the exact text, find goes far down, a second body replaces the first.
    void largeBodyViewScrollsSelectsCopiesFinds()
    {
        ResponsePanel panel(m_syntax);
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy shown(&panel, &ResponsePanel::bodyShown);
        panel.showResult(result(bigJson(4 * 1024 * 1024)));
        QVERIFY(panel.requestFullBody());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        auto *view = panel.findChild<LargeTextView *>(u"largeBodyView"_s);
        QVERIFY(view->isVisible());
        QCOMPARE(view->accessibleName(), u"Response body"_s);
        const LargeText &text = *view->text();
        QVERIFY(text.lineCount() > 100000);
        QCOMPARE(text.line(0).toString(), u"{"_s);
        QCOMPARE(text.line(1).toString(), u"  \"items\": ["_s);
        QCOMPARE(view->firstVisibleLine(), 0);
        // Something is painted where the first lines are, in the palette's text colour or the theme's.
        const QColor base = view->palette().color(QPalette::Base);
        const auto inked = [&](int fromLine, int lineCount) {
            const QImage image = view->viewport()->grab().toImage();
            const int lh = view->fontMetrics().lineSpacing();
            int pixels = 0;
            for (int y = fromLine * lh; y < std::min(image.height(), (fromLine + lineCount) * lh); ++y)
                for (int x = 0; x < image.width(); ++x)
                    pixels += image.pixelColor(x, y) != base;
            return pixels;
        };
        QVERIFY(inked(0, 3) > 20);

        // Ctrl+End: the last line on screen.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->firstVisibleLine() + view->visibleLineCount(), text.lineCount());
        QCOMPARE(text.line(text.lineCount() - 1).toString(), u"}"_s);
        QCOMPARE(text.line(text.lineCount() - 2).toString(), u"  \"last\": \"the-end-marker\""_s);
        QVERIFY(inked(view->visibleLineCount() - 2, 2) > 20);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(view->firstVisibleLine() + 2 * view->visibleLineCount(), text.lineCount());
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->firstVisibleLine(), 0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->firstVisibleLine(), 1);
        QTest::keyClick(view, Qt::Key_Up);

        // Drag from line 2, column 4 to line 5, column 7; Ctrl+C.
        const qreal cw = view->charWidth();
        const int lh = view->fontMetrics().lineSpacing();
        const auto at = [&](int line, int column) { return QPointF(4 + column * cw, line * lh + lh / 2); };
        QWidget *viewport = view->viewport();
        QMouseEvent press(QEvent::MouseButtonPress, at(2, 4), viewport->mapToGlobal(at(2, 4)), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &press);
        QMouseEvent move(QEvent::MouseMove, at(5, 7), viewport->mapToGlobal(at(5, 7)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, at(5, 7), viewport->mapToGlobal(at(5, 7)), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &release);
        const QString expected = text.text.sliced(text.lineStarts[2] + 4, text.lineStarts[5] + 7 - (text.lineStarts[2] + 4));
        QCOMPARE(view->selectedText(), expected);
        QVERIFY(expected.count(u'\n') == 3);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view->selectedText().size(), text.text.size());

        // Find (Ctrl+F, Enter) searches on a worker and scrolls to the match near the end.
        view->setSelection(0, 0);
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *find = panel.findChild<QLineEdit *>(u"bodyFindEdit"_s);
        QVERIFY(find->isVisible());
        QTest::keyClicks(find, u"THE-END-marker"_s);
        QSignalSpy finished(view, &LargeTextView::findFinished);
        QTest::keyClick(find, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(view->selectedText(), u"the-end-marker"_s);
        const qsizetype matchLine = text.lineOf(view->selectionStart());
        QCOMPARE(matchLine, text.lineCount() - 2);
        QVERIFY(view->firstVisibleLine() <= matchLine && matchLine < view->firstVisibleLine() + view->visibleLineCount());
        // Again: wraps around to the same single match; a missing text selects nothing new.
        QVERIFY(panel.findNext(u"the-end-marker"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(text.lineOf(view->selectionStart()), text.lineCount() - 2);
        QVERIFY(panel.findNext(u"no such text"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
        QCOMPARE(finished.at(2).at(0).toBool(), false);
        QCOMPARE(view->selectedText(), u"the-end-marker"_s);

        // A second big response replaces the first: its text from the top, nothing selected.
        QByteArray second = bigJson(3 * 1024 * 1024);
        second.replace("the-end-marker", "second-marker");
        panel.showResult(result(second));
        // The first one is let go at once; the preview (one line of JSON) is wrapped at the view's width.
        QVERIFY(panel.isShowingPreview());
        QVERIFY(view->isVisible());
        QVERIFY(view->isWrapping());
        QVERIFY(view->text()->text.size() <= ResponsePanel::PreviewBytes);
        QCOMPARE(view->text()->lineCount(), 1);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        QVERIFY(inked(view->visibleLineCount() - 3, 3) > 20);
        QVERIFY(panel.requestFullBody());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 4, 20000);
        QVERIFY(view->isVisible());
        QVERIFY(!view->isWrapping());
        QVERIFY(panel.shownBodyText().contains(u"\"last\": \"second-marker\""_s));
        QVERIFY(!panel.shownBodyText().contains(u"the-end-marker"_s));
        QCOMPARE(view->firstVisibleLine(), 0);
        QCOMPARE(view->selectedText(), QString());
        QVERIFY(inked(0, 3) > 20);
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
