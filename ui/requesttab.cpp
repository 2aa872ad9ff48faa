// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttab.h"

#include "requestpanel.h"
#include "responsepanel.h"

#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

RequestTab::RequestTab(SyntaxSupport &syntax, QWidget *parent)
    : QWidget(parent)
    , m_request(new RequestPanel(syntax, this))
    , m_response(new ResponsePanel(syntax, this))
{
    // [URL bar over [request | response]]
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"exchangeSplitter"_s);
    splitter->addWidget(m_request);
    splitter->addWidget(m_response);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_request->urlBar());
    layout->addWidget(splitter, 1);
    connect(m_request, &RequestPanel::modified, this, [this] {
        refreshModified();
        Q_EMIT edited();
    });
}

void RequestTab::load(const Request &request, bool saved)
{
    m_saved = saved ? std::optional<Request>(request) : std::nullopt;
    m_newName = saved ? QString() : request.name;
    m_request->setRequest(request);
    m_request->setDescription(request.description);
    refreshModified();
}

void RequestTab::markSaved(const Request &request)
{
    m_saved = request;
    m_newName.clear();
    refreshModified();
}

QString RequestTab::title() const
{
    if (m_saved)
        return m_saved->name;
    if (!m_newName.isEmpty())
        return m_newName;
    const QString url = m_request->urlText().trimmed();
    return url.isEmpty() ? tr("New Request") : url;
}

void RequestTab::refreshModified()
{
    const Request edited = m_request->editedRequest();
    bool modified = false;
    if (m_saved) {
        modified = edited != *m_saved;
    } else {
        modified = !edited.url.trimmed().isEmpty() || !edited.headers.isEmpty() || edited.body.kind != Body::Kind::None;
    }
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace gatehouse::ui
