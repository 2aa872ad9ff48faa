// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspacestorage.h"

#include "storage/secretstore.h"
#include "storage/workspacejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QString kManifest = u"workspace.json"_s;
const QString kCollectionsDir = u"collections"_s;
const QString kEnvironmentsDir = u"environments"_s;
const QString kCollectionFile = u"collection.json"_s;
const QString kFolderFile = u"folder.json"_s;
const QString kRequestSuffix = u".request.json"_s;
const QString kJsonSuffix = u".json"_s;
const QString kLocalDir = u".gatehouse"_s;
const QString kLocalGitignore = u".gatehouse/.gitignore"_s;
const QByteArray kLocalGitignoreContents = "# Local Gatehouse state (history, UI state, cookies): never shared.\n*\n"_ba;
const QString kGlobalsScope = u"globals"_s;

QString joinPath(const QString &dir, const QString &name)
{
    return dir.isEmpty() ? name : dir + u'/' + name;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString lastPart(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// Every variable list that may hold secrets, with the id its secrets are stored under.
void forEachScope(Workspace &workspace, const std::function<void(const QString &, const QString &, VariableList &)> &visit)
{
    visit(kGlobalsScope, QCoreApplication::translate("gatehouse::WorkspaceStorage", "Globals"), workspace.globals);
    for (Environment &environment : workspace.environments)
        visit(environment.id, environment.name, environment.variables);
    std::function<void(Folder &)> walk = [&](Folder &folder) {
        visit(folder.id, folder.name, folder.variables);
        for (Folder &child : folder.folders)
            walk(child);
    };
    for (Collection &collection : workspace.collections)
        walk(collection);
}

bool hasMissingIds(const Folder &folder)
{
    if (folder.id.isEmpty())
        return true;
    for (const Request &request : folder.requests) {
        if (request.id.isEmpty())
            return true;
    }
    for (const Folder &child : folder.folders) {
        if (hasMissingIds(child))
            return true;
    }
    return false;
}

} // namespace

// Turns a workspace into files, choosing a file name for every item: the one it had if it is
// still in the same folder, otherwise one made from its name that no other item (and no file
// this storage does not own) uses.
class WorkspaceStorage::Renderer
{
public:
    explicit Renderer(const WorkspaceStorage &storage)
        : m_storage(storage)
    {
    }

    Rendered render(const Workspace &workspace)
    {
        QStringList collectionDirs;
        QSet<QString> used;
        for (const Collection &collection : workspace.collections) {
            const QString dir = allocate(used, kCollectionsDir, collection.id, collection.name, u"collection"_s, QString(), true);
            collectionDirs.append(lastPart(dir));
            renderFolder(collection, dir, true);
        }
        QStringList environmentFiles;
        used.clear();
        for (const Environment &environment : workspace.environments) {
            const QString file = allocate(used, kEnvironmentsDir, environment.id, environment.name, u"environment"_s, kJsonSuffix, false);
            environmentFiles.append(lastPart(file).chopped(kJsonSuffix.size()));
            m_result.files.insert(file, environmentToJson(environment).toJson());
        }
        m_result.files.insert(kManifest, manifestToJson(workspace, collectionDirs, environmentFiles).toJson());
        m_result.files.insert(kLocalGitignore, kLocalGitignoreContents);
        return m_result;
    }

private:
    void renderFolder(const Folder &folder, const QString &dir, bool collection)
    {
        QStringList folderDirs;
        QSet<QString> used;
        for (const Folder &child : folder.folders) {
            const QString childDir = allocate(used, dir, child.id, child.name, u"folder"_s, QString(), true);
            folderDirs.append(lastPart(childDir));
            renderFolder(child, childDir, false);
        }
        QStringList requestFiles;
        used.clear();
        for (const Request &request : folder.requests) {
            const QString file = allocate(used, dir, request.id, request.name, u"request"_s, kRequestSuffix, false);
            requestFiles.append(lastPart(file).chopped(kRequestSuffix.size()));
            m_result.files.insert(file, requestToJson(request).toJson());
        }
        m_result.files.insert(joinPath(dir, collection ? kCollectionFile : kFolderFile),
                              folderToJson(folder, collection, folderDirs, requestFiles).toJson());
    }

    // A path in parent for the item, unique (ignoring case, for macOS and Windows) among used.
    QString allocate(QSet<QString> &used, const QString &parent, const QString &id, const QString &name, const QString &fallback,
                     const QString &suffix, bool directory)
    {
        const QString previous = m_storage.m_paths.value(id);
        if (!previous.isEmpty() && parentOf(previous) == parent && !used.contains(lastPart(previous).toLower())) {
            used.insert(lastPart(previous).toLower());
            m_result.paths.insert(id, previous);
            return previous;
        }
        const QString base = fileNameFor(name, fallback);
        for (int n = 1;; ++n) {
            const QString candidate = (n == 1 ? base : base + u'-' + QString::number(n)) + suffix;
            const QString path = joinPath(parent, candidate);
            if (used.contains(candidate.toLower()) || takenByOthers(path, directory))
                continue;
            used.insert(candidate.toLower());
            m_result.paths.insert(id, path);
            return path;
        }
    }

    // A file or folder on disk that this storage does not own: a broken file, or something else
    // the user keeps there. Never overwritten.
    bool takenByOthers(const QString &path, bool directory) const
    {
        if (!QFileInfo::exists(joinPath(m_storage.m_root, path)))
            return false;
        if (!directory)
            return !m_storage.m_owned.contains(path);
        return !m_storage.m_owned.contains(joinPath(path, kFolderFile)) && !m_storage.m_owned.contains(joinPath(path, kCollectionFile));
    }

    const WorkspaceStorage &m_storage;
    Rendered m_result;
};

// Reads the files of a workspace, collecting problems instead of stopping at the first.
class WorkspaceStorage::Loader
{
public:
    explicit Loader(const QString &root)
        : m_root(root)
    {
    }

    Expected<QJsonObject> read(const QString &path, QLatin1StringView type)
    {
        m_lastLine = 0;
        QFile file(joinPath(m_root, path));
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(
                Error{file.exists() ? Error::Code::FileUnreadable : Error::Code::FileNotFound,
                      QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        }
        const QByteArray data = file.readAll();
        auto json = parseWorkspaceFile(data, QDir::toNativeSeparators(path), type, &m_lastLine);
        if (!json)
            return json;
        m_owned.insert(path);
        return json;
    }

    // read() for a file whose failure is a problem, not the end of loading.
    std::optional<QJsonObject> readOrReport(const QString &path, QLatin1StringView type)
    {
        auto json = read(path, type);
        if (json)
            return *json;
        m_problems.append({QDir(m_root).absoluteFilePath(path), m_lastLine, json.error()});
        return std::nullopt;
    }

    // Names listed in order first (those that exist), then the others alphabetically, so that
    // files added by hand or by a merge still load.
    static QStringList ordered(const QJsonValue &listed, const QStringList &existing)
    {
        QStringList result;
        const QJsonArray array = listed.toArray();
        for (const QJsonValue &value : array) {
            const QString name = value.toString();
            if (existing.contains(name) && !result.contains(name))
                result.append(name);
        }
        QStringList rest;
        for (const QString &name : existing) {
            if (!result.contains(name))
                rest.append(name);
        }
        rest.sort();
        return result + rest;
    }

    // Subdirectories of dir that hold marker (folder.json, collection.json).
    QStringList itemDirs(const QString &dir, const QString &marker) const
    {
        QStringList names;
        const QStringList entries = QDir(joinPath(m_root, dir)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &entry : entries) {
            if (QFileInfo::exists(joinPath(m_root, joinPath(joinPath(dir, entry), marker))))
                names.append(entry);
        }
        return names;
    }

    QStringList itemFiles(const QString &dir, const QString &suffix) const
    {
        QStringList stems;
        const QStringList entries = QDir(joinPath(m_root, dir)).entryList({u"*"_s + suffix}, QDir::Files | QDir::Hidden);
        for (const QString &entry : entries)
            stems.append(entry.chopped(suffix.size()));
        return stems;
    }

    std::optional<Collection> loadCollection(const QString &dir)
    {
        Collection collection;
        if (!loadFolder(dir, collection, true))
            return std::nullopt;
        return collection;
    }

    bool loadFolder(const QString &dir, Folder &folder, bool collection)
    {
        const auto json = readOrReport(joinPath(dir, collection ? kCollectionFile : kFolderFile),
                                       collection ? "collection"_L1 : "folder"_L1);
        if (!json)
            return false;
        folderFromJson(*json, folder);
        ensureUniqueId(folder.id);
        m_paths.insert(folder.id, dir);
        const QStringList folderDirs = ordered(json->value("folders"_L1), itemDirs(dir, kFolderFile));
        for (const QString &name : folderDirs) {
            Folder child;
            if (loadFolder(joinPath(dir, name), child, false))
                folder.folders.append(std::move(child));
        }
        const QStringList requestFiles = ordered(json->value("requests"_L1), itemFiles(dir, kRequestSuffix));
        for (const QString &stem : requestFiles) {
            const QString path = joinPath(dir, stem + kRequestSuffix);
            if (const auto request = readOrReport(path, "request"_L1)) {
                folder.requests.append(requestFromJson(*request));
                ensureUniqueId(folder.requests.last().id);
                m_paths.insert(folder.requests.last().id, path);
            }
        }
        return true;
    }

    // Hand-written files may have no id, and copied files a duplicate one: both get a fresh id,
    // written back on the next save.
    void ensureUniqueId(QString &id)
    {
        if (id.isEmpty() || m_ids.contains(id))
            id = newItemId();
        m_ids.insert(id);
    }

    QString m_root;
    QSet<QString> m_ids;
    int m_lastLine = 0;
    QList<StorageProblem> m_problems;
    QSet<QString> m_owned;
    QHash<QString, QString> m_paths;
};

WorkspaceStorage::WorkspaceStorage(QString rootPath, SecretStore *secrets)
    : m_root(QDir::cleanPath(QDir(rootPath).absolutePath()))
    , m_secrets(secrets)
{
}

bool WorkspaceStorage::isWorkspace(const QString &path)
{
    return QFileInfo::exists(joinPath(path, kManifest));
}

QString WorkspaceStorage::fileNameFor(QStringView name, QStringView fallback)
{
    QString out;
    bool dash = false;
    // NFC, as git and macOS expect; letters of every script stay readable.
    const QString composed = name.toString().normalized(QString::NormalizationForm_C);
    for (const QChar c : composed) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else {
            dash = true;
        }
        if (out.size() >= 60)
            break;
    }
    // Names Windows reserves for devices cannot be file names there.
    static const QStringList reserved = {u"con"_s, u"prn"_s, u"aux"_s, u"nul"_s, u"com1"_s, u"lpt1"_s};
    if (out.isEmpty() || reserved.contains(out))
        return fallback.toString();
    return out;
}

Expected<QString> WorkspaceStorage::localStateDirectory() const
{
    const QDir root(m_root);
    const QString gitignore = root.filePath(kLocalGitignore);
    if (!QFileInfo::exists(gitignore)) {
        QSaveFile file(gitignore);
        if (!root.mkpath(kLocalDir) || !file.open(QIODevice::WriteOnly) || file.write(kLocalGitignoreContents) < 0 || !file.commit()) {
            return std::unexpected(Error{Error::Code::FileUnwritable,
                                         QCoreApplication::translate("gatehouse::WorkspaceStorage", "Cannot write %1: %2")
                                             .arg(QDir::toNativeSeparators(kLocalGitignore), file.errorString())});
        }
    }
    return root.filePath(kLocalDir);
}

Expected<WorkspaceLoad> WorkspaceStorage::load()
{
    if (!isWorkspace(m_root)) {
        return std::unexpected(Error{Error::Code::NotAWorkspace, QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1 is not a Gatehouse workspace (it has no %2).")
                                                                     .arg(QDir::toNativeSeparators(m_root), kManifest)});
    }
    Loader loader(m_root);
    auto manifest = loader.read(kManifest, "workspace"_L1);
    if (!manifest)
        return std::unexpected(manifest.error());

    WorkspaceLoad result;
    Workspace &workspace = result.workspace;
    workspace.id = manifest->value("id"_L1).toString();
    loader.ensureUniqueId(workspace.id);
    workspace.name = manifest->value("name"_L1).toString();
    workspace.globals = variablesFromJson(manifest->value("globals"_L1));

    const QStringList collectionDirs = Loader::ordered(manifest->value("collections"_L1), loader.itemDirs(kCollectionsDir, kCollectionFile));
    for (const QString &dir : collectionDirs) {
        if (auto collection = loader.loadCollection(joinPath(kCollectionsDir, dir)))
            workspace.collections.append(std::move(*collection));
    }
    const QStringList environmentFiles = Loader::ordered(manifest->value("environments"_L1), loader.itemFiles(kEnvironmentsDir, kJsonSuffix));
    for (const QString &stem : environmentFiles) {
        const QString path = joinPath(kEnvironmentsDir, stem + kJsonSuffix);
        if (const auto json = loader.readOrReport(path, "environment"_L1)) {
            workspace.environments.append(environmentFromJson(*json));
            loader.ensureUniqueId(workspace.environments.last().id);
            loader.m_paths.insert(workspace.environments.last().id, path);
        }
    }

    forEachScope(workspace, [&](const QString &scopeId, const QString &scopeName, VariableList &variables) {
        for (Variable &variable : variables) {
            if (!variable.secret)
                continue;
            const QString key = secretKey(workspace.id, scopeId, variable.name);
            std::optional<QString> value;
            if (m_secrets) {
                auto stored = m_secrets->read(key);
                if (stored) {
                    value = *stored;
                } else {
                    result.problems.append({QString(), 0, stored.error()});
                }
            }
            if (value)
                variable.value = *value;
            else
                result.missingSecrets.append({scopeName, variable.name, key});
        }
    });

    result.problems += loader.m_problems;
    m_owned = loader.m_owned;
    m_owned.insert(kLocalGitignore);
    m_paths = loader.m_paths;
    return result;
}

Expected<WorkspaceStorage::Rendered> WorkspaceStorage::render(const Workspace &workspace) const
{
    bool missingIds = workspace.id.isEmpty();
    for (const Collection &collection : workspace.collections)
        missingIds = missingIds || hasMissingIds(collection);
    for (const Environment &environment : workspace.environments)
        missingIds = missingIds || environment.id.isEmpty();
    if (missingIds) {
        return std::unexpected(Error{Error::Code::InvalidArgument, QCoreApplication::translate("gatehouse::WorkspaceStorage", "Every item of a workspace needs an id before it is saved.")});
    }
    Renderer renderer(*this);
    return renderer.render(workspace);
}

Expected<void> WorkspaceStorage::save(const Workspace &workspace)
{
    auto rendered = render(workspace);
    if (!rendered)
        return std::unexpected(rendered.error());

    // Secrets first: if they cannot be kept, the user still has them in the open workspace.
    Workspace copy = workspace;
    Expected<void> secretsSaved;
    forEachScope(copy, [&](const QString &scopeId, const QString &, VariableList &variables) {
        for (const Variable &variable : std::as_const(variables)) {
            if (!secretsSaved || !variable.secret || variable.value.isEmpty())
                continue;
            if (!m_secrets) {
                secretsSaved = std::unexpected(Error{Error::Code::SecretStore, QCoreApplication::translate("gatehouse::WorkspaceStorage", "There is no secret store to keep the value of “%1” in.")
                                                                                   .arg(variable.name)});
                return;
            }
            secretsSaved = m_secrets->write(secretKey(workspace.id, scopeId, variable.name), variable.value);
        }
    });
    if (!secretsSaved)
        return secretsSaved;

    // All or nothing: every changed file is first written in full beside its target (phase 1);
    // only when all of them are on disk do they replace their targets, one rename each (phase 2).
    // A failure in phase 1 leaves every target untouched; a failure in phase 2 puts back the
    // files already replaced. Either way the staged files and new folders are removed again.
    const QDir root(m_root);
    struct Change {
        QString relative;
        QString absolute;
        QString staged;
        std::optional<QByteArray> previous; // the bytes it had, nothing for a new file
    };
    QList<Change> changes;
    QStringList createdDirs; // deepest last
    const auto fail = [&](const QString &message) -> Expected<void> {
        for (const Change &change : std::as_const(changes))
            QFile::remove(change.staged);
        for (auto it = createdDirs.crbegin(); it != createdDirs.crend(); ++it)
            QDir().rmdir(*it);
        return std::unexpected(Error{Error::Code::FileUnwritable, message});
    };
    for (auto it = rendered->files.cbegin(); it != rendered->files.cend(); ++it) {
        Change change{it.key(), root.filePath(it.key()), root.filePath(it.key()) + u".gatehouse-saving"_s, std::nullopt};
        QFile existing(change.absolute);
        if (existing.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = existing.readAll();
            if (bytes == it.value())
                continue;
            change.previous = bytes;
        }
        existing.close();
        // Folders are created one level at a time so that a failure removes exactly those.
        QStringList missing;
        for (QString dir = QFileInfo(change.absolute).absolutePath(); !QFileInfo::exists(dir); dir = QFileInfo(dir).absolutePath())
            missing.prepend(dir);
        for (const QString &dir : std::as_const(missing)) {
            if (!QDir().mkdir(dir)) {
                return fail(QCoreApplication::translate("gatehouse::WorkspaceStorage", "Cannot create the folder for %1; nothing was saved.")
                                .arg(QDir::toNativeSeparators(it.key())));
            }
            createdDirs.append(dir);
        }
#ifdef Q_OS_LINUX
        // One syncfs() below instead of an fsync() per file: 10,000 of those take most of a minute.
        QFile file(change.staged);
        const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(it.value()) == it.value().size() && file.flush();
        file.close();
        if (!written || file.error() != QFileDevice::NoError) {
            changes.append(std::move(change)); // so that fail() removes the staged file
#else
        QSaveFile file(change.staged);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
#endif
            return fail(QCoreApplication::translate("gatehouse::WorkspaceStorage", "Cannot write %1: %2; nothing was saved.")
                            .arg(QDir::toNativeSeparators(it.key()), file.errorString()));
        }
        changes.append(std::move(change));
    }
#ifdef Q_OS_LINUX
    // The staged contents reach the disk before any of them replaces a file. New files replace
    // nothing (a first save, an import into a new workspace): they need no flush first.
    const bool replacing = std::any_of(changes.cbegin(), changes.cend(), [](const Change &change) { return change.previous.has_value(); });
    if (replacing) {
        const int rootFd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        const bool synced = rootFd >= 0 && ::syncfs(rootFd) == 0;
        const int syncError = errno;
        if (rootFd >= 0)
            ::close(rootFd);
        if (!synced) {
            return fail(QCoreApplication::translate("gatehouse::WorkspaceStorage", "Cannot flush the workspace to disk: %1; nothing was saved.")
                            .arg(QString::fromLocal8Bit(std::strerror(syncError))));
        }
    }
#endif
    // The manifest last: a reader that sees the new manifest sees the files it lists.
    std::stable_partition(changes.begin(), changes.end(), [](const Change &change) { return change.relative != kManifest; });
    for (qsizetype i = 0; i < changes.size(); ++i) {
        std::error_code error;
        std::filesystem::rename(changes.at(i).staged.toStdU16String(), changes.at(i).absolute.toStdU16String(), error);
        if (!error)
            continue;
        for (qsizetype done = i - 1; done >= 0; --done) {
            const Change &undo = changes.at(done);
            if (!undo.previous) {
                QFile::remove(undo.absolute);
                continue;
            }
            QSaveFile restore(undo.absolute);
            if (restore.open(QIODevice::WriteOnly))
                restore.write(*undo.previous);
            (void)restore.commit();
        }
        return fail(QCoreApplication::translate("gatehouse::WorkspaceStorage", "Cannot write %1: %2; nothing was saved.")
                        .arg(QDir::toNativeSeparators(changes.at(i).relative), QString::fromStdString(error.message())));
    }
    for (const Change &change : std::as_const(changes))
        m_owned.insert(change.relative);

    // Files this storage wrote or loaded before and no longer needs: removed, with the folders
    // they leave empty. Files it does not own are never touched.
    const QSet<QString> previous = m_owned;
    for (const QString &path : previous) {
        if (rendered->files.contains(path))
            continue;
        QFile::remove(root.filePath(path));
        for (QString dir = parentOf(path); !dir.isEmpty(); dir = parentOf(dir)) {
            if (!root.rmdir(dir))
                break;
        }
    }
    m_owned = QSet<QString>(rendered->files.keyBegin(), rendered->files.keyEnd());
    m_paths = rendered->paths;
    return {};
}

} // namespace gatehouse
