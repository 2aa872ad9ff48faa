// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "model/workspace.h"
#include "runner/runresult.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace gatehouse {
class CollectionRunner;
class HttpClient;
}

namespace gatehouse::ui {

// Runs a collection (or one of its folders) with its scripts and tests, like `gatehouse-cli run`
// and newman: iterations, data file, delay, stop at the first failure; results stream in as each
// request finishes, with every assertion and the APIM finding of a failed answer. The list can
// show only the failures, and the report can be saved as JUnit XML or JSON, as the CLI writes them.
class RunnerView : public QDialog
{
    Q_OBJECT
public:
    RunnerView(HttpClient &client, const Workspace &workspace, const QString &workspacePath, QWidget *parent = nullptr);
    ~RunnerView() override;

    // Preselects what to run: a collection or folder id; the environment by id.
    void select(const QString &itemId, const QString &environmentId);
    void start();
    void stop();
    bool isRunning() const;
    const RunReport &report() const;
    // Writes the last run's report to path: JUnit XML for a .xml file, else newman-style JSON.
    [[nodiscard]] Expected<void> exportReport(const QString &path) const;

Q_SIGNALS:
    void finished(const gatehouse::RunReport &report);

private:
    void addResult(const RequestRun &run);
    void showSummary(const RunReport &report, bool done);
    void applyFilter();
    void chooseExportFile();

    HttpClient &m_client;
    Workspace m_workspace;
    QString m_workspacePath;
    std::unique_ptr<CollectionRunner> m_runner;
    QComboBox *m_target;
    QComboBox *m_environment;
    QSpinBox *m_iterations;
    QSpinBox *m_delay;
    QLineEdit *m_dataFile;
    QCheckBox *m_bail;
    QPushButton *m_run;
    QCheckBox *m_onlyFailures;
    QPushButton *m_export;
    QTreeWidget *m_results;
    QLabel *m_summary;
};

} // namespace gatehouse::ui
