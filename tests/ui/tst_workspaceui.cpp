// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace side of the real main window: tabs, saving, drafts surviving a crash, the
// sidebar's edits with undo, drag and drop, the environment editor, quick open, shortcuts.
#include "environmenteditor.h"
#include "http/httpclient.h"
#include "mainwindow.h"
#include "model/workspaceedit.h"
#include "models/workspacetreemodel.h"
#include "requestpanel.h"
#include "requesttab.h"
#include "sidebar.h"
#include "storage/memorysecretstore.h"
#include "storage/sessionstate.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

const QString kListId = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
const QString kCreateId = u"aaaaaaaa-0000-4000-8000-000000000002"_s;
const QString kHealthId = u"aaaaaaaa-0000-4000-8000-000000000003"_s;
const QString kCollectionId = u"cccccccc-0000-4000-8000-000000000001"_s;
const QString kFolderId = u"ffffffff-0000-4000-8000-000000000001"_s;
const QString kEnvironmentId = u"eeeeeeee-0000-4000-8000-000000000001"_s;

Request request(const QString &id, const QString &name, const QString &method, const QString &url)
{
    Request r;
    r.id = id;
    r.name = name;
    r.method = method;
    r.url = url;
    return r;
}

Workspace sampleWorkspace()
{
    Workspace ws;
    ws.id = u"11111111-0000-4000-8000-000000000000"_s;
    ws.name = u"Shop"_s;
    Collection shop;
    shop.id = kCollectionId;
    shop.name = u"Shop API"_s;
    Folder admin;
    admin.id = kFolderId;
    admin.name = u"Admin"_s;
    admin.requests = {request(kHealthId, u"Health"_s, u"GET"_s, u"{{baseUrl}}/health"_s)};
    shop.folders = {admin};
    shop.requests = {request(kListId, u"List orders"_s, u"GET"_s, u"{{baseUrl}}/orders"_s),
                     request(kCreateId, u"Create order"_s, u"POST"_s, u"{{baseUrl}}/orders"_s)};
    ws.collections = {shop};
    Environment dev;
    dev.id = kEnvironmentId;
    dev.name = u"dev"_s;
    dev.variables = {Variable{u"baseUrl"_s, u"http://127.0.0.1:9"_s, true, false}};
    ws.environments = {dev};
    return ws;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything under a folder, concatenated: to look for a text in every file written.
QByteArray readTree(const QString &root)
{
    QByteArray all;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += readAll(it.next());
    return all;
}

// Runs `act` on the next modal dialog of the given type as soon as it is shown.
template<typename T>
void onDialog(std::function<void(T *)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                act(dialog);
                return;
            }
            QTest::qWait(10);
        }
        qWarning("no dialog appeared");
    });
}

// Types at the end of a field, as a user appending to a URL would.
void typeInto(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestWorkspaceUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::SyntaxSupport> m_syntax;
    std::unique_ptr<HttpClient> m_client;
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    QString requestFile(const QString &id) const
    {
        // The storage names request files after the request; find the one holding the id.
        QDirIterator it(m_dir->path() + u"/collections"_s, {u"*.request.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (readAll(path).contains(id.toUtf8()))
                return path;
        }
        return {};
    }

    // The current tab's URL field (whatever widget it is), to type into.
    QWidget *urlField() const
    {
        auto *field = m_window->currentTab()->findChild<QWidget *>(u"urlEdit"_s);
        if (!field)
            qFatal("no URL field");
        return field;
    }

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto window = std::make_unique<ui::MainWindow>(*m_client, *m_syntax, &m_secrets);
        window->setAskForSecrets(false);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_syntax = std::make_unique<ui::SyntaxSupport>();
        m_client = std::make_unique<HttpClient>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceStorage storage(m_dir->path(), &m_secrets);
        QVERIFY(storage.save(sampleWorkspace()));
        m_window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_dir->path()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void requestsOpenInTabsOnce()
    {
        QTabWidget *tabs = m_window->tabs();
        QCOMPARE(tabs->count(), 1);
        m_window->openRequest(kListId);
        QCOMPARE(tabs->count(), 1); // the blank tab was reused
        QCOMPARE(m_window->currentRequestId(), kListId);
        m_window->openRequest(kHealthId);
        QCOMPARE(tabs->count(), 2);
        QVERIFY(tabs->tabText(1).contains(u"Health"_s));
        m_window->openRequest(kListId);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 0);
        // Ctrl+T: a new, empty tab.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(tabs->count(), 3);
        QVERIFY(m_window->currentRequestId().isEmpty());
        // Ctrl+W closes it without asking (nothing typed).
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(tabs->count(), 2);
    }

    void editMarksTheTabAndCtrlSSaves()
    {
        m_window->openRequest(kListId);
        ui::RequestTab *tab = m_window->currentTab();
        QVERIFY(!tab->isModified());
        typeInto(urlField(), u"?status=open"_s);
        QVERIFY(tab->isModified());
        QVERIFY(m_window->tabs()->tabText(0).contains(QChar(0x25CF)));
        QVERIFY(!readAll(requestFile(kListId)).contains("\"status\""));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(!tab->isModified());
        QVERIFY(!m_window->tabs()->tabText(0).contains(QChar(0x25CF)));
        // The query typed into the URL is stored as a parameter of the request.
        const auto saved = findRequestById(*m_window->workspace(), kListId);
        QCOMPARE(saved->request->params.size(), 1);
        QCOMPARE(saved->request->params.first().name, u"status"_s);
        QCOMPARE(saved->request->params.first().value, u"open"_s);
        QVERIFY(readAll(requestFile(kListId)).contains("\"status\""));
        // The other requests' files were not rewritten into something else.
        QVERIFY(readAll(requestFile(kCreateId)).contains("\"POST\""));
    }

    void closingAModifiedTabAsks()
    {
        m_window->openRequest(kCreateId);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_T));
        m_window->openRequest(kHealthId);
        QCOMPARE(m_window->tabs()->count(), 2);
        typeInto(urlField(), u"/deep"_s);
        // Cancel keeps the tab.
        onDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!m_window->closeTab(m_window->tabs()->currentIndex()));
        QCOMPARE(m_window->tabs()->count(), 2);
        // Discard closes it and leaves the file alone.
        onDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QVERIFY(m_window->closeTab(m_window->tabs()->currentIndex()));
        QCOMPARE(m_window->tabs()->count(), 1);
        QVERIFY(!readAll(requestFile(kHealthId)).contains("/deep"));
    }

    void saveAsPutsANewRequestInTheWorkspace()
    {
        m_window->newTab();
        typeInto(urlField(), u"http://127.0.0.1:9/new-thing"_s);
        onDialog<QDialog>([](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(u"saveAsName"_s);
            auto *place = dialog->findChild<QComboBox *>(u"saveAsPlace"_s);
            QVERIFY(name && place);
            name->setText(u"Brand new"_s);
            place->setCurrentIndex(place->findData(kFolderId));
            dialog->accept();
        });
        QVERIFY(m_window->saveCurrent());
        const QString id = m_window->currentRequestId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(parentId(*m_window->workspace(), id), kFolderId);
        const QString file = requestFile(id);
        QVERIFY(file.contains(u"/admin/"_s));
        QVERIFY(readAll(file).contains("new-thing"));
        QVERIFY(!m_window->currentTab()->isModified());
    }

    void sidebarEditsAreSavedAndUndoable()
    {
        QUndoStack *undo = m_window->undoStack();
        // Rename.
        QVERIFY(m_window->renameItemTo(kListId, u"All orders"_s));
        QVERIFY(readAll(requestFile(kListId)).contains("All orders"));
        // New request next to a selected request lands in its collection, opened in a tab.
        const QString created = m_window->createItem(kCreateId, false);
        QCOMPARE(parentId(*m_window->workspace(), created), kCollectionId);
        QCOMPARE(m_window->currentRequestId(), created);
        QVERIFY(!requestFile(created).isEmpty());
        // New folder inside a folder.
        const QString folder = m_window->createItem(kFolderId, true, u"Nested"_s);
        QCOMPARE(parentId(*m_window->workspace(), folder), kFolderId);
        // Duplicate with fresh ids.
        const QString copy = m_window->duplicateItem(kHealthId);
        QVERIFY(!copy.isEmpty() && copy != kHealthId);
        QVERIFY(readAll(requestFile(copy)).contains("Health copy"));
        // Delete removes the file; undo brings it back, redo removes it again.
        QVERIFY(m_window->deleteItem(kCreateId));
        QVERIFY(requestFile(kCreateId).isEmpty());
        undo->undo();
        QVERIFY(!requestFile(kCreateId).isEmpty());
        undo->redo();
        QVERIFY(requestFile(kCreateId).isEmpty());
        // Undo all the way back to the start.
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(*m_window->workspace(), sampleWorkspace());
        QVERIFY(readAll(requestFile(kListId)).contains("List orders"));
    }

    void undoOfARenameKeepsWhatWasSavedSince()
    {
        QVERIFY(m_window->renameItemTo(kListId, u"All orders"_s));
        m_window->openRequest(kListId);
        QCOMPARE(m_window->tabs()->tabText(0).contains(u"All orders"_s), true);
        typeInto(urlField(), u"?page=2"_s);
        QVERIFY(m_window->saveCurrent());
        m_window->undoStack()->undo(); // the rename
        const QByteArray file = readAll(requestFile(kListId));
        QVERIFY(file.contains("List orders"));
        QVERIFY(file.contains("\"page\""));
        QVERIFY(m_window->tabs()->tabText(0).contains(u"List orders"_s));
        QVERIFY(!m_window->currentTab()->isModified());
    }

    void deletedRequestTabSaysSo()
    {
        m_window->openRequest(kHealthId);
        QVERIFY(m_window->deleteItem(kHealthId));
        QVERIFY(m_window->tabs()->tabText(0).contains(u"deleted"_s));
        m_window->undoStack()->undo();
        QVERIFY(!m_window->tabs()->tabText(0).contains(u"deleted"_s));
    }

    void dragAndDropMovesRequests()
    {
        WorkspaceTreeModel *model = m_window->sidebar()->model();
        QMimeData *mime = model->mimeData({model->indexForId(kListId)});
        QVERIFY(mime);
        const QModelIndex folder = model->indexForId(kFolderId);
        // Not onto a request, not a folder into itself.
        QVERIFY(!model->canDropMimeData(mime, Qt::MoveAction, -1, 0, model->indexForId(kCreateId)));
        QVERIFY(model->canDropMimeData(mime, Qt::MoveAction, -1, 0, folder));
        model->dropMimeData(mime, Qt::MoveAction, -1, 0, folder);
        delete mime;
        QCOMPARE(parentId(*m_window->workspace(), kListId), kFolderId);
        QVERIFY(requestFile(kListId).contains(u"/admin/"_s));
        QMimeData *folderMime = model->mimeData({model->indexForId(kFolderId)});
        QVERIFY(!model->canDropMimeData(folderMime, Qt::MoveAction, -1, 0, model->indexForId(kFolderId)));
        delete folderMime;
        m_window->undoStack()->undo();
        QCOMPARE(parentId(*m_window->workspace(), kListId), kCollectionId);
    }

    void draftsAreRestoredAfterARestart()
    {
        m_window->openRequest(kCreateId);
        typeInto(urlField(), u"/draft-1"_s);
        m_window->openRequest(kHealthId);
        m_window->close(); // writes the session; does not ask
        m_window.reset();
        QVERIFY(!readAll(requestFile(kCreateId)).contains("draft-1")); // not saved, only a draft
        m_window = makeWindow();
        QVERIFY(m_window->openWorkspace(m_dir->path()));
        QCOMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(m_window->currentRequestId(), kHealthId);
        m_window->tabs()->setCurrentIndex(0);
        QCOMPARE(m_window->currentRequestId(), kCreateId);
        QVERIFY(m_window->currentTab()->isModified());
        QVERIFY2(m_window->requestPanel()->urlText().endsWith(u"/draft-1"_s), qPrintable(m_window->requestPanel()->urlText()));
        // The session is local state: in the git-ignored folder, readable by the owner only.
        const QString session = m_window->sessionPath();
        QVERIFY(session.startsWith(m_dir->path() + u"/.gatehouse/"_s));
        QCOMPARE(QFile::permissions(session) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void draftsSurviveKillMinus9()
    {
        m_window.reset();
        // A child process (this test program) opens the workspace, edits, and is killed.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEHOUSE_CRASH_CHILD"_s, m_dir->path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 300 && !out.contains("ready"); ++i) {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("ready"), out.constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_window = makeWindow();
        QVERIFY(m_window->openWorkspace(m_dir->path()));
        QCOMPARE(m_window->currentRequestId(), kListId);
        QVERIFY(m_window->currentTab()->isModified());
        QVERIFY(m_window->requestPanel()->urlText().endsWith(u"/typed-before-the-crash"_s));
    }

    void environmentEditorSavesHostsAndKeepsSecretsOutOfFiles()
    {
        onDialog<ui::EnvironmentEditor>([](ui::EnvironmentEditor *editor) {
            editor->findChild<QLineEdit *>(u"gatewayHostsEdit"_s)->setText(u"contoso.azure-api.net, 127.0.0.1:8080"_s);
            editor->findChild<QPushButton *>(u"addVariableButton"_s)->click();
            auto *table = editor->findChild<QTableWidget *>(u"environmentVariables"_s);
            const int row = table->rowCount() - 1;
            table->item(row, 1)->setText(u"apimSubscriptionKey"_s);
            table->item(row, 2)->setText(u"fake-key-0000-editor"_s);
            table->item(row, 3)->setCheckState(Qt::Checked);
            editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        m_window->editEnvironments();
        const Environment *dev = findEnvironment(*m_window->workspace(), kEnvironmentId);
        QCOMPARE(dev->apim.gatewayHosts, (QStringList{u"contoso.azure-api.net"_s, u"127.0.0.1:8080"_s}));
        const QByteArray files = readTree(m_dir->path());
        QVERIFY(files.contains("contoso.azure-api.net"));
        QVERIFY(files.contains("apimSubscriptionKey"));
        QVERIFY(!files.contains("fake-key-0000-editor"));
        // The value went to the secret store, and comes back when the workspace is opened again.
        WorkspaceStorage reader(m_dir->path(), &m_secrets);
        const auto loaded = reader.load();
        QVERIFY(loaded);
        QVERIFY(loaded->missingSecrets.isEmpty());
        const Environment *reloaded = findEnvironment(loaded->workspace, kEnvironmentId);
        QCOMPARE(reloaded->variables.last().value, u"fake-key-0000-editor"_s);
        // Undoable like every workspace edit.
        m_window->undoStack()->undo();
        QVERIFY(findEnvironment(*m_window->workspace(), kEnvironmentId)->apim.gatewayHosts.isEmpty());
    }

    void environmentEditorMasksSecrets()
    {
        Environment environment;
        environment.id = u"e"_s;
        environment.name = u"prod"_s;
        environment.variables = {Variable{u"token"_s, u"fake-token-0000"_s, true, true}};
        ui::EnvironmentEditor editor({environment}, u"e"_s);
        editor.show();
        auto *table = editor.findChild<QTableWidget *>(u"environmentVariables"_s);
        // What the delegate draws: dots unless revealed. Its public face: the size it asks for
        // (eight dots are narrower than the value) and the editor it opens (a password field).
        QAbstractItemDelegate *delegate = table->itemDelegateForColumn(2);
        QVERIFY(delegate);
        QStyleOptionViewItem opt;
        opt.font = table->font();
        const QModelIndex index = table->model()->index(0, 2);
        const int maskedWidth = delegate->sizeHint(opt, index).width();
        auto *maskedEditor = qobject_cast<QLineEdit *>(delegate->createEditor(table->viewport(), opt, index));
        QVERIFY(maskedEditor);
        QCOMPARE(maskedEditor->echoMode(), QLineEdit::Password);
        delete maskedEditor;
        editor.findChild<QCheckBox *>(u"revealSecretsCheck"_s)->setChecked(true);
        const int revealedWidth = delegate->sizeHint(opt, index).width();
        QVERIFY2(revealedWidth > maskedWidth, qPrintable(u"%1 vs %2"_s.arg(revealedWidth).arg(maskedWidth)));
        auto *revealedEditor = qobject_cast<QLineEdit *>(delegate->createEditor(table->viewport(), opt, index));
        QVERIFY(revealedEditor);
        QCOMPARE(revealedEditor->echoMode(), QLineEdit::Normal);
        delete revealedEditor;
    }

    void environmentEditorTlsHosts()
    {
        Environment environment;
        environment.id = u"e"_s;
        environment.name = u"test"_s;
        EnvironmentTlsHost host;
        host.host = u"test.contoso.internal"_s;
        host.verifyPeer = false;
        host.clientCertificateFile = u"certs/client.p12"_s;
        host.clientKeyPassphrase = u"{{clientKeyPassphrase}}"_s;
        environment.tlsHosts = {host};
        ui::EnvironmentEditor editor({environment}, u"e"_s);
        editor.show();
        auto *table = editor.findChild<QTableWidget *>(u"tlsHostsTable"_s);
        auto *warning = editor.findChild<QLabel *>(u"tlsVerificationWarning"_s);
        QVERIFY(table && warning);
        QCOMPARE(table->rowCount(), 1);
        // Verification off is said loudly, naming the host.
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"test.contoso.internal"_s));
        table->item(0, 1)->setCheckState(Qt::Checked);
        QVERIFY(!warning->isVisible());

        // A second host, added in the table, comes back in the environment; an empty row does not.
        editor.findChild<QPushButton *>(u"addTlsHostButton"_s)->click();
        table->item(1, 0)->setText(u"*.contoso.com"_s);
        table->item(1, 2)->setText(u"ca.pem"_s);
        editor.findChild<QPushButton *>(u"addTlsHostButton"_s)->click();
        const QList<EnvironmentTlsHost> edited = editor.environments().first().tlsHosts;
        QCOMPARE(edited.size(), 2);
        QVERIFY(edited.at(0).verifyPeer);
        QCOMPARE(edited.at(0).clientCertificateFile, u"certs/client.p12"_s);
        QCOMPARE(edited.at(0).clientKeyPassphrase, u"{{clientKeyPassphrase}}"_s);
        QCOMPARE(edited.at(1).host, u"*.contoso.com"_s);
        QCOMPARE(edited.at(1).caBundleFile, u"ca.pem"_s);
    }

    void importAddsCollectionsUndoably()
    {
        QTemporaryDir files;
        const QString path = files.filePath(u"ping.postman_collection.json"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"info\": {\"name\": \"Imported\", \"schema\": "
                  "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
                  " \"item\": [{\"name\": \"Ping\", \"request\": {\"method\": \"GET\", \"url\": \"https://example.invalid/ping\"}}]}");
        out.close();
        QVERIFY(m_window->importFile(path));
        QCOMPARE(m_window->workspace()->collections.size(), 2);
        QCOMPARE(m_window->workspace()->collections.last().requests.first().name, u"Ping"_s);
        QVERIFY(readTree(m_dir->path() + u"/collections"_s).contains("example.invalid/ping"));
        m_window->undoStack()->undo();
        QCOMPARE(m_window->workspace()->collections.size(), 1);
        QVERIFY(!readTree(m_dir->path() + u"/collections"_s).contains("example.invalid/ping"));
        // A file that is nothing Gatehouse knows: a clear message naming it, the workspace untouched.
        const QString junk = files.filePath(u"notes.json"_s);
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("{\"hello\": 1}");
        junkFile.close();
        QString message;
        onDialog<QMessageBox>([&message](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        QVERIFY(!m_window->importFile(junk));
        QVERIFY(message.contains(u"notes.json"_s));
        QCOMPARE(m_window->workspace()->collections.size(), 1);
    }

    void quickOpenFindsByTypedLetters()
    {
        onDialog<QDialog>([](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"quickOpenDialog"_s);
            auto *filter = dialog->findChild<QLineEdit *>(u"quickOpenFilter"_s);
            QTest::keyClicks(filter, u"hlth"_s);
            QTest::keyClick(filter, Qt::Key_Return);
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(m_window->currentRequestId(), kHealthId);
    }

    // Screen readers: every control the keyboard can reach has a name (its text, a buddy label,
    // or an accessible name).
    void everyFocusableControlHasAnAccessibleName()
    {
        m_window->openRequest(kListId);
        QStringList unnamed;
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
                continue;
            if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget())
                || widget->inherits("QScrollBar") || widget->inherits("QTabBar")
                || widget->inherits("QSplitterHandle") || widget->inherits("QDockWidgetTitleButton"))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(u"%1 (%2)"_s.arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void shortcutsDialogListsTheShortcuts()
    {
        QStringList listed;
        onDialog<QDialog>([&listed](QDialog *dialog) {
            auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsList"_s);
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                listed.append(tree->topLevelItem(i)->text(1));
            dialog->reject();
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
        for (const QKeySequence &key : {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_T),
                                       QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_L)}) {
            const QString text = key.toString(QKeySequence::NativeText);
            QVERIFY2(listed.join(u'|').contains(text), qPrintable(text));
        }
    }
};

// The child of draftsSurviveKillMinus9: edits a request, waits for the draft to be written, and
// waits to be killed.
static int crashChild(const QString &workspace)
{
    ui::SyntaxSupport syntax;
    HttpClient client;
    ui::MainWindow window(client, syntax, nullptr);
    window.setAskForSecrets(false);
    window.show();
    if (!window.openWorkspace(workspace))
        return 2;
    window.openRequest(kListId);
    typeInto(window.currentTab()->findChild<QWidget *>(u"urlEdit"_s), u"/typed-before-the-crash"_s);
    for (int i = 0; i < 500; ++i) {
        QTest::qWait(10);
        if (readAll(window.sessionPath()).contains("typed-before-the-crash")) {
            fputs("ready\n", stdout);
            fflush(stdout);
            return QApplication::exec();
        }
    }
    return 3;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (const QString workspace = qEnvironmentVariable("GATEHOUSE_CRASH_CHILD"); !workspace.isEmpty())
        return crashChild(workspace);
    TestWorkspaceUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspaceui.moc"
