// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/httprequest.h"
#include "model/request.h"
#include "models/headertablemodel.h"
#include "urlfield.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace gatehouse {
class FormDataTableModel;
class KeyValueTableModel;
}

namespace gatehouse::ui {

class CodeEditor;
class SyntaxSupport;

// The request being edited: method, URL, params, headers, body, auth, scripts, settings, the
// description, and the Send/Cancel button.
class RequestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestPanel(SyntaxSupport &syntax, QWidget *parent = nullptr);

    // Loads a model request ({{variables}} unresolved). Emits no modified().
    void setRequest(const Request &request);
    // The editor's content as a model request. The id, name, description and whatever the
    // editor does not show come from the last setRequest; unedited URL and params come back as given.
    Request editedRequest() const;
    // Resolved values for highlighting the URL's {{variables}} (secret values are never shown).
    void setVariables(const VariableInfoMap &variables);

    // The request for an ad-hoc send (no workspace): editedRequest() resolved with an empty
    // context, so params, auth and every body kind go on the wire as the CLI would send them.
    // What cannot be resolved (no URL, a missing body file) comes back with an invalid URL for
    // the caller to report; resolvedRequest() says why.
    HttpRequest request() const;
    Expected<HttpRequest> resolvedRequest() const;

    // Programmatic setters (no modified()); setRequest is the way to load a whole request.
    void setMethod(const QString &method);
    void setUrl(const QString &url);
    void setHeaders(const HeaderList &headers);
    QList<HeaderTableModel::Row> headerRows() const;
    void setHeaderRows(const QList<HeaderTableModel::Row> &rows);
    // A raw body (kind Raw when not empty, else None).
    void setBody(const QString &body);
    // Markdown; shown (and brought to front) when not empty.
    void setDescription(const QString &markdown);
    QString urlText() const;
    QString bodyText() const;
    void setBusy(bool busy);
    void focusUrl();
    // Method, URL and Send: laid out by the window above request and response.
    QWidget *urlBar() const { return m_urlBar; }

    // The outcome of "Get Token" (Auth tab, OAuth 2.0): what to show next to the button (never the
    // token itself in clear); ok false shows it as a problem.
    void setOAuthTokenState(const QString &text, bool ok);
    // A browser sign-in is under way: text says so; Cancel is offered until setOAuthTokenState().
    void setOAuthTokenPending(const QString &text);

Q_SIGNALS:
    void sendRequested();
    // "Get Token" was clicked: the window resolves the request's OAuth 2.0 settings and gets one.
    void oauthTokenRequested();
    // Cancel was clicked while a browser sign-in was under way (or another request was loaded).
    void oauthTokenCancelRequested();
    void cancelRequested();
    // After every user edit (not after setRequest or the programmatic setters).
    void modified();
    // Something to tell the user in the status bar (a curl command imported ...).
    void statusMessage(const QString &message);

private:
    QWidget *buildParamsPage();
    QWidget *buildHeadersPage();
    QWidget *buildBodyPage(SyntaxSupport &syntax);
    QWidget *buildAuthPage();
    QWidget *buildScriptsPage(SyntaxSupport &syntax);
    QWidget *buildSettingsPage();
    QWidget *secretField(QLineEdit *edit);
    void edited();
    void syncParamsFromUrl();
    void syncUrlFromParams();
    void updateBodyPage();
    void updateAuthPage();
    void updateTlsWarning();
    void updateAutomaticHeaders();
    void importCurl(const QString &text);
    void chooseBinaryFile();
    void choosePartFile();

    // Set while loading or in a programmatic setter: changes are not user edits.
    int m_loading = 0;
    bool m_syncing = false;
    Request m_original;
    QString m_originalUrlText;
    KeyValueList m_originalParams;

    QWidget *m_urlBar = nullptr;
    QComboBox *m_method = nullptr;
    UrlField *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Params
    QTableView *m_paramsView = nullptr;
    KeyValueTableModel *m_params = nullptr;
    // Headers
    QTableView *m_headersView = nullptr;
    HeaderTableModel *m_headers = nullptr;
    QWidget *m_headersPage = nullptr;
    QLabel *m_automaticHeaders = nullptr;
    // Body
    QComboBox *m_bodyKind = nullptr;
    QLabel *m_bodyLanguageLabel = nullptr;
    QComboBox *m_bodyLanguage = nullptr;
    QLabel *m_contentType = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    CodeEditor *m_body = nullptr;
    QTableView *m_formView = nullptr;
    KeyValueTableModel *m_form = nullptr;
    QTableView *m_partsView = nullptr;
    FormDataTableModel *m_parts = nullptr;
    QLineEdit *m_binaryPath = nullptr;
    CodeEditor *m_graphqlQuery = nullptr;
    CodeEditor *m_graphqlVariables = nullptr;
    // Auth
    QComboBox *m_authKind = nullptr;
    QStackedWidget *m_authStack = nullptr;
    QLabel *m_authNote = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_bearerToken = nullptr;
    QLabel *m_keyHint = nullptr;
    QLineEdit *m_keyName = nullptr;
    QLineEdit *m_keyValue = nullptr;
    QComboBox *m_keyLocation = nullptr;
    QComboBox *m_grantType = nullptr;
    QComboBox *m_clientAuthentication = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_headerPrefix = nullptr;
    QLineEdit *m_oauthToken = nullptr;
    QPushButton *m_getToken = nullptr;
    QPushButton *m_cancelToken = nullptr;
    QLabel *m_tokenState = nullptr;
    // Digest's advanced fields (Postman's), shown with the Digest kind only
    QFormLayout *m_basicForm = nullptr; // Basic and Digest: the Digest rows show with Digest only
    QLineEdit *m_digestRealm = nullptr;
    QLineEdit *m_digestNonce = nullptr;
    QComboBox *m_digestAlgorithm = nullptr;
    QComboBox *m_digestQop = nullptr;
    QLineEdit *m_digestNonceCount = nullptr;
    QLineEdit *m_digestClientNonce = nullptr;
    QLineEdit *m_digestOpaque = nullptr;
    // OAuth 1.0
    QComboBox *m_oauth1Method = nullptr;
    QLineEdit *m_consumerKey = nullptr;
    QLineEdit *m_consumerSecret = nullptr;
    QLineEdit *m_oauth1Token = nullptr;
    QLineEdit *m_tokenSecret = nullptr;
    QLineEdit *m_oauth1Callback = nullptr;
    QLineEdit *m_oauth1Verifier = nullptr;
    QLineEdit *m_oauth1Timestamp = nullptr;
    QLineEdit *m_oauth1Nonce = nullptr;
    QLineEdit *m_oauth1Version = nullptr;
    QLineEdit *m_oauth1Realm = nullptr;
    QComboBox *m_oauth1Location = nullptr;
    QCheckBox *m_oauth1SignEmpty = nullptr;
    QCheckBox *m_oauth1BodyHash = nullptr;
    // Scripts
    CodeEditor *m_preRequestScript = nullptr;
    CodeEditor *m_testScript = nullptr;
    // Settings
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_transferTimeout = nullptr;
    QCheckBox *m_followRedirects = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    // Postman's protocolProfileBehavior: each "Inherited" (from the folder, collection or default), yes or no
    QComboBox *m_followOriginalMethod = nullptr;
    QComboBox *m_followAuthorization = nullptr;
    QComboBox *m_removeReferer = nullptr;
    QSpinBox *m_maxRedirects = nullptr; // its minimum means inherited
    QComboBox *m_sendBodyAlways = nullptr;
    QComboBox *m_urlAsWritten = nullptr;
    QComboBox *m_ignoreCookies = nullptr;
    QLabel *m_tlsWarning = nullptr;
    QWidget *m_settingsPage = nullptr;

    QTextBrowser *m_description = nullptr;
    bool m_busy = false;
};

} // namespace gatehouse::ui
