// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "apim/diagnosis.h"
#include "model/request.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QSplitter;

namespace gatehouse {
class Exchange;
}

namespace gatehouse::ui {

class RequestPanel;
class ResponsePanel;
class SyntaxSupport;

// One open request: its editor beside its last response, or above it when the two would not fit
// side by side (a narrow window, the inspector open); and what the window needs to
// know about it (which workspace request it is, whether it has unsaved edits, the exchange in flight).
class RequestTab : public QWidget
{
    Q_OBJECT
public:
    explicit RequestTab(SyntaxSupport &syntax, QWidget *parent = nullptr);

    RequestPanel *requestPanel() const { return m_request; }
    ResponsePanel *responsePanel() const { return m_response; }

    // Shows a request. saved: it is the workspace's request as stored (else a new, unsaved one).
    void load(const Request &request, bool saved);
    // The workspace request this tab shows; empty for one not saved anywhere yet.
    QString requestId() const { return m_saved ? m_saved->id : QString(); }
    const std::optional<Request> &savedRequest() const { return m_saved; }
    // After a save: what the editor shows is now what is stored.
    void markSaved(const Request &request);
    // Edits that are not saved (for a new request: anything typed at all).
    bool isModified() const { return m_modified; }
    QString title() const;
    // Compares the editor with the saved request again (after a programmatic change).
    void refreshModified();
    // Horizontal: request beside response; vertical: request above response (when narrow).
    Qt::Orientation exchangeOrientation() const;
    // Narrow enough for either arrangement: the tab chooses the one that fits its width.
    QSize minimumSizeHint() const override;

    // The exchange in flight and what the inspector needs about it.
    QPointer<Exchange> exchange;
    std::optional<ApimProfile> apimProfile;
    std::optional<KeyInjection> keyInjection;
    QList<Finding> findings;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    // Any edit, for the autosave of drafts.
    void edited();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateOrientation();
    void applyDefaultSizes();

    RequestPanel *m_request;
    ResponsePanel *m_response;
    QSplitter *m_splitter;
    bool m_userSized = false; // the user dragged the splitter handle (until the orientation changes)
    std::optional<Request> m_saved;
    QString m_newName;
    bool m_modified = false;
};

} // namespace gatehouse::ui
