// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnerview.h"

#include "model/requestresolver.h"
#include "runner/collectionrunner.h"
#include "runner/iterationdata.h"
#include "runner/reporters/jsonreporter.h"
#include "runner/reporters/junitreporter.h"
#include "storage/atomicfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

enum Column { NameColumn, StatusColumn, TimeColumn, TestsColumn };

// Item data (NameColumn): whether "Show only failures" keeps the row.
constexpr int FailedRole = Qt::UserRole + 1;

void listTargets(const Folder &folder, const QString &label, int depth, QComboBox *combo)
{
    combo->addItem(QString(depth * 4, u' ') + label, folder.id);
    for (const Folder &child : folder.folders)
        listTargets(child, child.name, depth + 1, combo);
}

// The collection holding a folder (or the collection itself) and the folder's path below it.
std::optional<std::pair<const Collection *, QString>> locate(const Workspace &workspace, const QString &id)
{
    const auto find = [&](auto &self, const Folder &folder, const QString &path) -> std::optional<QString> {
        if (folder.id == id)
            return path;
        for (const Folder &child : folder.folders) {
            if (auto found = self(self, child, path.isEmpty() ? child.name : path + u'/' + child.name))
                return found;
        }
        return std::nullopt;
    };
    for (const Collection &collection : workspace.collections) {
        if (collection.id == id)
            return std::pair{&collection, QString()};
        for (const Folder &child : collection.folders) {
            if (auto path = find(find, child, child.name))
                return std::pair{&collection, *path};
        }
    }
    return std::nullopt;
}

} // namespace

RunnerView::RunnerView(HttpClient &client, const Workspace &workspace, const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_workspace(workspace)
    , m_workspacePath(workspacePath)
    , m_target(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_iterations(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_dataFile(new QLineEdit(this))
    , m_bail(new QCheckBox(tr("Stop at the first &failure"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_onlyFailures(new QCheckBox(tr("Show only fai&lures"), this))
    , m_export(new QPushButton(tr("E&xport Report…"), this))
    , m_results(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"runnerView"_s);
    setWindowTitle(tr("Run Collection"));
    resize(820, 600);

    m_target->setObjectName(u"runTargetCombo"_s);
    for (const Collection &collection : std::as_const(m_workspace.collections))
        listTargets(collection, collection.name, 0, m_target);
    m_environment->setObjectName(u"runEnvironmentCombo"_s);
    m_environment->addItem(tr("No environment"), QString());
    for (const Environment &environment : std::as_const(m_workspace.environments))
        m_environment->addItem(environment.name, environment.id);
    m_iterations->setObjectName(u"runIterationsSpin"_s);
    m_iterations->setRange(0, 100000);
    m_iterations->setSpecialValueText(tr("one per data row (or 1)"));
    m_delay->setRange(0, 600000);
    m_delay->setSuffix(tr(" ms"));
    m_dataFile->setObjectName(u"runDataFileEdit"_s);
    m_dataFile->setPlaceholderText(tr("Optional: CSV or JSON, one row per iteration"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Iteration Data"), m_workspacePath, tr("Data (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            m_dataFile->setText(path);
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataFile, 1);
    dataRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Collection or folder:"), m_target);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(tr("&Delay between requests:"), m_delay);
    auto *dataLabel = new QLabel(tr("D&ata file:"), this);
    dataLabel->setBuddy(m_dataFile);
    form->addRow(dataLabel, dataRow);
    form->addRow(QString(), m_bail);

    m_onlyFailures->setObjectName(u"runOnlyFailures"_s);
    m_onlyFailures->setToolTip(tr("Hide the requests that passed and the assertions that passed"));
    connect(m_onlyFailures, &QCheckBox::toggled, this, &RunnerView::applyFilter);
    m_export->setObjectName(u"runExportButton"_s);
    m_export->setToolTip(tr("Save the report of the last run as JUnit XML (for CI) or JSON"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &RunnerView::chooseExportFile);
    auto *resultsBar = new QHBoxLayout;
    resultsBar->addWidget(m_onlyFailures);
    resultsBar->addStretch(1);

    m_results->setObjectName(u"runResults"_s);
    m_results->setAccessibleName(tr("Run results"));
    m_results->setHeaderLabels({tr("Request"), tr("Status"), tr("Time"), tr("Tests")});
    m_results->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(TestsColumn, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    m_results->setAlternatingRowColors(true);
    m_summary->setObjectName(u"runSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_run->setObjectName(u"runButton"_s);
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(resultsBar);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

RunnerView::~RunnerView()
{
    if (m_runner)
        m_runner->cancel();
}

void RunnerView::select(const QString &itemId, const QString &environmentId)
{
    if (const int index = m_target->findData(itemId); index >= 0)
        m_target->setCurrentIndex(index);
    if (const int index = m_environment->findData(environmentId); index >= 0)
        m_environment->setCurrentIndex(index);
}

bool RunnerView::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

const RunReport &RunnerView::report() const
{
    static const RunReport none;
    return m_runner ? m_runner->report() : none;
}

void RunnerView::start()
{
    if (isRunning())
        return;
    m_results->clear();
    m_export->setEnabled(false);
    const auto target = locate(m_workspace, m_target->currentData().toString());
    if (!target) {
        m_summary->setText(tr("Choose a collection or folder to run."));
        return;
    }
    RunOptions options;
    options.collection = *target->first;
    if (!target->second.isEmpty())
        options.folders = {target->second};
    options.globals = m_workspace.globals;
    options.baseDirectory = m_workspacePath;
    options.iterations = m_iterations->value();
    options.delay = std::chrono::milliseconds(m_delay->value());
    options.bail = m_bail->isChecked();
    if (const Environment *environment = findEnvironment(m_workspace, m_environment->currentData().toString())) {
        options.environment = *environment;
        // The environment's APIM key goes to its gateway hosts, as when sending one request.
        ResolveContext context;
        context.collection = target->first;
        context.environment = environment;
        context.globals = m_workspace.globals;
        if (auto apim = resolveApimProfile(context))
            options.apimProfile = apim->profile;
    }
    if (const QString dataPath = m_dataFile->text().trimmed(); !dataPath.isEmpty()) {
        auto rows = IterationData::load(QDir(m_workspacePath).absoluteFilePath(dataPath));
        if (!rows) {
            m_summary->setText(rows.error().message);
            return;
        }
        options.data = *rows;
    }
    m_runner = std::make_unique<CollectionRunner>(&m_client);
    connect(m_runner.get(), &CollectionRunner::requestFinished, this, &RunnerView::addResult);
    connect(m_runner.get(), &CollectionRunner::finished, this, [this](const RunReport &report) {
        m_run->setText(tr("&Run"));
        m_export->setEnabled(!report.error);
        showSummary(report, true);
        Q_EMIT finished(report);
    });
    if (auto started = m_runner->start(std::move(options)); !started) {
        m_summary->setText(started.error().message);
        m_runner.reset();
        return;
    }
    m_run->setText(tr("&Stop"));
    m_summary->setText(tr("Running …"));
}

void RunnerView::stop()
{
    if (m_runner)
        m_runner->cancel();
}

void RunnerView::addResult(const RequestRun &run)
{
    auto *item = new QTreeWidgetItem(m_results);
    item->setText(NameColumn, m_iterations->value() > 1 || run.iteration > 0 ? tr("#%1  %2 %3").arg(run.iteration + 1).arg(run.method, run.name)
                                                                             : tr("%1 %2").arg(run.method, run.name));
    item->setToolTip(NameColumn, run.url);
    if (run.skipped)
        item->setText(StatusColumn, tr("skipped"));
    else if (run.error)
        item->setText(StatusColumn, run.error->message);
    else
        item->setText(StatusColumn, tr("%1 %2").arg(run.status).arg(run.statusText));
    if (run.responseTime >= 0)
        item->setText(TimeColumn, tr("%1 ms").arg(run.responseTime));
    int passed = 0;
    int failed = 0;
    for (const Assertion &assertion : run.assertions) {
        auto *child = new QTreeWidgetItem(item);
        child->setData(NameColumn, FailedRole, !assertion.skipped && !assertion.passed);
        if (assertion.skipped) {
            child->setText(NameColumn, tr("○ %1 (skipped)").arg(assertion.name));
            continue;
        }
        (assertion.passed ? passed : failed) += 1;
        child->setText(NameColumn, assertion.passed ? tr("✓ %1").arg(assertion.name) : tr("✗ %1 — %2").arg(assertion.name, assertion.message));
        if (!assertion.passed)
            child->setForeground(NameColumn, QColor(0xcf, 0x22, 0x2e));
    }
    for (const Finding &finding : run.findings) {
        auto *child = new QTreeWidgetItem(item);
        child->setData(NameColumn, FailedRole, true); // what went wrong with the answer
        child->setText(NameColumn, tr("APIM: %1").arg(finding.title));
    }
    if (passed + failed > 0)
        item->setText(TestsColumn, failed > 0 ? tr("%1 of %2 failed").arg(failed).arg(passed + failed) : tr("%1 passed").arg(passed));
    item->setData(NameColumn, FailedRole, run.failed());
    if (m_onlyFailures->isChecked()) {
        item->setHidden(!run.failed());
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setHidden(!item->child(i)->data(NameColumn, FailedRole).toBool());
    }
    if (run.failed()) {
        for (int column = 0; column < m_results->columnCount(); ++column)
            item->setForeground(column, QColor(0xcf, 0x22, 0x2e));
        item->setExpanded(true);
    }
    if (!item->isHidden())
        m_results->scrollToItem(item);
    showSummary(m_runner->report(), false);
}

void RunnerView::applyFilter()
{
    const bool only = m_onlyFailures->isChecked();
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        item->setHidden(only && !item->data(NameColumn, FailedRole).toBool());
        for (int c = 0; c < item->childCount(); ++c)
            item->child(c)->setHidden(only && !item->child(c)->data(NameColumn, FailedRole).toBool());
    }
}

Expected<void> RunnerView::exportReport(const QString &path) const
{
    const RunReport &run = report();
    if (!m_runner || isRunning())
        return std::unexpected(Error{Error::Code::InvalidArgument, tr("There is no finished run to export.")});
    const QByteArray bytes = path.endsWith(u".xml"_s, Qt::CaseInsensitive) ? JunitReporter::report(run)
                                                                           : QJsonDocument(JsonReporter::report(run)).toJson(QJsonDocument::Indented);
    return writeFileAtomically(path, bytes);
}

void RunnerView::chooseExportFile()
{
    const QString junit = tr("JUnit XML (*.xml)");
    const QString json = tr("JSON (*.json)");
    QString filter = junit;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Run Report"), QDir(m_workspacePath).filePath(u"run-report.xml"_s),
                                                junit + u";;"_s + json, &filter);
    if (path.isEmpty())
        return;
    // A name without a suffix gets the chosen format's.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == json ? u".json"_s : u".xml"_s;
    if (auto written = exportReport(path); !written)
        QMessageBox::warning(this, tr("Export Run Report"), written.error().message);
    else
        m_summary->setText(m_summary->text() + u' ' + tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void RunnerView::showSummary(const RunReport &report, bool done)
{
    const RunStats &stats = report.stats;
    QString text = tr("%1 requests (%2 failed), %3 assertions (%4 failed), average %5 ms")
                       .arg(stats.requests)
                       .arg(stats.failedRequests)
                       .arg(stats.assertions)
                       .arg(stats.failedAssertions)
                       .arg(stats.averageResponseTime());
    if (done) {
        if (report.error)
            text = report.error->message;
        else if (report.cancelled)
            text = tr("Stopped. %1").arg(text);
        else
            text = (report.passed() ? tr("Passed in %1 ms. %2") : tr("Failed after %1 ms. %2")).arg(report.durationMs).arg(text);
    }
    m_summary->setText(text);
}

} // namespace gatehouse::ui
