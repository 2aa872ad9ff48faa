// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttab.h"

#include "requestpanel.h"
#include "responsepanel.h"

#include <QResizeEvent>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

RequestTab::RequestTab(SyntaxSupport &syntax, QWidget *parent)
    : QWidget(parent)
    , m_request(new RequestPanel(syntax, this))
    , m_response(new ResponsePanel(syntax, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    // [URL bar over [request | response]], or [URL bar over [request / response]] when narrow.
    m_splitter->setObjectName(u"exchangeSplitter"_s);
    m_splitter->addWidget(m_request);
    m_splitter->addWidget(m_response);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_request->urlBar());
    layout->addWidget(m_splitter, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    // Long tab titles (German) are elided before the bars scroll; the bars never set the width.
    for (const char *name : {"requestTabs", "responseTabs"}) {
        if (auto *tabs = findChild<QTabWidget *>(QString::fromLatin1(name))) {
            tabs->tabBar()->setElideMode(Qt::ElideRight);
            tabs->tabBar()->setUsesScrollButtons(true);
        }
    }
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

Qt::Orientation RequestTab::exchangeOrientation() const
{
    return m_splitter->orientation();
}

QSize RequestTab::minimumSizeHint() const
{
    const QSize own = QWidget::minimumSizeHint();
    const int width = std::max({m_request->minimumSizeHint().width(), m_response->minimumSizeHint().width(), m_request->urlBar()->minimumSizeHint().width()});
    return {width, own.height()};
}

void RequestTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
    applyDefaultSizes();
}

void RequestTab::updateOrientation()
{
    // Side by side only when both panels get the width their tab bars ask for (every tab readable,
    // no scroll buttons); the choice depends on the width alone, so it cannot flip back and forth.
    const auto tabsWidth = [this](const char *name) {
        const auto *tabs = findChild<QTabWidget *>(QString::fromLatin1(name));
        return tabs ? tabs->tabBar()->sizeHint().width() : 0;
    };
    const int sideBySide = std::max(tabsWidth("requestTabs"), m_request->minimumSizeHint().width())
                           + std::max(tabsWidth("responseTabs"), m_response->minimumSizeHint().width()) + m_splitter->handleWidth() + 16;
    const Qt::Orientation wanted = width() >= sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (wanted == m_splitter->orientation())
        return;
    m_splitter->setOrientation(wanted);
    // Beside: half each. Above: the response, usually the longer read, gets more; growth too.
    const bool beside = wanted == Qt::Horizontal;
    m_splitter->setStretchFactor(0, beside ? 1 : 2);
    m_splitter->setStretchFactor(1, beside ? 1 : 3);
    m_userSized = false;
    applyDefaultSizes();
}

void RequestTab::applyDefaultSizes()
{
    // Until the user drags the handle, the split follows the tab's size.
    if (m_userSized)
        return;
    const bool horizontal = m_splitter->orientation() == Qt::Horizontal;
    const int length = horizontal ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes(horizontal ? QList<int>{length / 2, length - length / 2} : QList<int>{length * 2 / 5, length - length * 2 / 5});
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
