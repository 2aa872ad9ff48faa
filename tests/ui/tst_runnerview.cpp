// SPDX-License-Identifier: GPL-3.0-or-later
// The collection runner in the window: a real run over loopback, results as they come.
#include "http/httpclient.h"
#include "mainwindow.h"
#include "runnerview.h"
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"
#include "testserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestRunnerView : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<ui::SyntaxSupport> m_syntax;
    std::unique_ptr<HttpClient> m_client;
    MemorySecretStore m_secrets;
    QTemporaryDir m_dir;

    Request request(const QString &id, const QString &name, const QString &path, int expected)
    {
        Request r;
        r.id = id;
        r.name = name;
        r.url = u"{{base}}"_s + path;
        r.scripts.test = u"pm.test(\"status is %1\", function () { pm.response.to.have.status(%1); });"_s.arg(expected);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_syntax = std::make_unique<ui::SyntaxSupport>();
        m_client = std::make_unique<HttpClient>();
        Workspace ws;
        ws.id = u"w"_s;
        ws.name = u"Runs"_s;
        Collection collection;
        collection.id = u"c"_s;
        collection.name = u"Checks"_s;
        collection.requests = {request(u"r1"_s, u"Fine"_s, u"/status/200"_s, 200), request(u"r2"_s, u"Broken"_s, u"/status/500"_s, 200)};
        Folder folder;
        folder.id = u"f"_s;
        folder.name = u"Only this"_s;
        folder.requests = {request(u"r3"_s, u"Teapot"_s, u"/status/418"_s, 418)};
        collection.folders = {folder};
        ws.collections = {collection};
        Environment local;
        local.id = u"e"_s;
        local.name = u"local"_s;
        local.variables = {Variable{u"base"_s, m_server.url(QString()).toString(), true, false}};
        ws.environments = {local};
        WorkspaceStorage storage(m_dir.path(), &m_secrets);
        QVERIFY(storage.save(ws));
    }

    void runsACollectionAndShowsEachVerdict()
    {
        ui::MainWindow window(*m_client, *m_syntax, &m_secrets);
        window.setAskForSecrets(false);
        QVERIFY(window.openWorkspace(m_dir.path()));
        window.setEnvironment(u"local"_s);
        ui::RunnerView *runner = window.openRunner(u"c"_s);
        QVERIFY(runner);
        QSignalSpy finished(runner, &ui::RunnerView::finished);
        runner->findChild<QPushButton *>(u"runButton"_s)->click();
        QVERIFY(finished.wait(15000));
        auto *results = runner->findChild<QTreeWidget *>(u"runResults"_s);
        QCOMPARE(results->topLevelItemCount(), 3); // the folder's request first, then the collection's
        QStringList names;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            names.append(results->topLevelItem(i)->text(0));
        QVERIFY2(names.join(u'|').contains(u"Broken"_s), qPrintable(names.join(u'|')));
        QTreeWidgetItem *broken = nullptr;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            if (results->topLevelItem(i)->text(0).contains(u"Broken"_s))
                broken = results->topLevelItem(i);
        }
        QVERIFY(broken);
        QVERIFY(broken->text(1).startsWith(u"500"_s));
        QCOMPARE(broken->text(3), u"1 of 1 failed"_s);
        QVERIFY(broken->child(0)->text(0).contains(u"status is 200"_s));
        QVERIFY(!runner->report().passed());
        QVERIFY(runner->findChild<QLabel *>(u"runSummary"_s)->text().contains(u"3 requests"_s));
    }

    void showsOnlyFailuresAndExportsTheReport()
    {
        ui::MainWindow window(*m_client, *m_syntax, &m_secrets);
        window.setAskForSecrets(false);
        QVERIFY(window.openWorkspace(m_dir.path()));
        window.setEnvironment(u"local"_s);
        ui::RunnerView *runner = window.openRunner(u"c"_s);
        QVERIFY(runner);
        auto *exportButton = runner->findChild<QPushButton *>(u"runExportButton"_s);
        QVERIFY(exportButton);
        QVERIFY(!exportButton->isEnabled()); // nothing ran yet
        QVERIFY(!runner->exportReport(m_dir.filePath(u"none.json"_s)));
        QSignalSpy finished(runner, &ui::RunnerView::finished);
        runner->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(exportButton->isEnabled());

        auto *results = runner->findChild<QTreeWidget *>(u"runResults"_s);
        const auto visible = [results] {
            QStringList names;
            for (int i = 0; i < results->topLevelItemCount(); ++i) {
                if (!results->topLevelItem(i)->isHidden())
                    names.append(results->topLevelItem(i)->text(0));
            }
            return names;
        };
        QCOMPARE(visible().size(), 3);
        runner->findChild<QCheckBox *>(u"runOnlyFailures"_s)->setChecked(true);
        QCOMPARE(visible().size(), 1);
        QVERIFY(visible().constFirst().contains(u"Broken"_s));
        runner->findChild<QCheckBox *>(u"runOnlyFailures"_s)->setChecked(false);
        QCOMPARE(visible().size(), 3);

        // JUnit XML: a testsuite per request, the failed assertion as a failure.
        const QString xmlPath = m_dir.filePath(u"report.xml"_s);
        QVERIFY(runner->exportReport(xmlPath));
        QFile xmlFile(xmlPath);
        QVERIFY(xmlFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&xmlFile);
        int suites = 0, failures = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            suites += xml.name() == u"testsuite"_s ? 1 : 0;
            failures += xml.name() == u"failure"_s ? 1 : 0;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 3);
        QCOMPARE(failures, 1);

        // JSON: newman's shape, with the same counts.
        const QString jsonPath = m_dir.filePath(u"report.json"_s);
        QVERIFY(runner->exportReport(jsonPath));
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QVERIFY2(!json.isEmpty(), "the JSON report does not parse");
        QCOMPARE(json.value(u"run"_s).toObject().value(u"failures"_s).toArray().size(), 1);

        // A folder that cannot be written to: a clear error, nothing half-written.
        auto failed = runner->exportReport(m_dir.filePath(u"missing-folder/report.json"_s));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"missing-folder"_s), qPrintable(failed.error().message));
    }

    void runsOneFolder()
    {
        ui::MainWindow window(*m_client, *m_syntax, &m_secrets);
        window.setAskForSecrets(false);
        QVERIFY(window.openWorkspace(m_dir.path()));
        window.setEnvironment(u"local"_s);
        ui::RunnerView *runner = window.openRunner(u"r3"_s); // a request: its folder runs
        QSignalSpy finished(runner, &ui::RunnerView::finished);
        runner->start();
        QVERIFY(finished.wait(15000));
        auto *results = runner->findChild<QTreeWidget *>(u"runResults"_s);
        QCOMPARE(results->topLevelItemCount(), 1);
        QVERIFY(results->topLevelItem(0)->text(1).startsWith(u"418"_s));
        QVERIFY(runner->report().passed());
    }

    void withoutAnEnvironmentTheVariableIsMissing()
    {
        ui::MainWindow window(*m_client, *m_syntax, &m_secrets);
        window.setAskForSecrets(false);
        QVERIFY(window.openWorkspace(m_dir.path()));
        window.setEnvironment(QString());
        ui::RunnerView *runner = window.openRunner(u"f"_s);
        runner->findChild<QComboBox *>(u"runEnvironmentCombo"_s)->setCurrentIndex(0);
        QSignalSpy finished(runner, &ui::RunnerView::finished);
        runner->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(!runner->report().passed());
    }
};

QTEST_MAIN(TestRunnerView)
#include "tst_runnerview.moc"
