// SPDX-License-Identifier: GPL-3.0-or-later
// Where the management access token comes from: an environment variable, the Azure CLI (a fake
// `az` first on PATH) and the Entra ID device code flow (a loopback fake of the two endpoints).
#include "apim/managementtoken.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

template<typename Source>
Expected<ManagementToken> fetchFrom(Source &source, const QUrl &endpoint)
{
    std::optional<Expected<ManagementToken>> result;
    source.fetch(endpoint, [&result](const Expected<ManagementToken> &t) { result = t; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
    if (!result)
        return std::unexpected(Error{Error::Code::Timeout, u"no answer"_s});
    return *result;
}

} // namespace

class TestManagementToken : public QObject
{
    Q_OBJECT

    QByteArray m_path;

    // An `az` that records its arguments and prints what the test wants.
    bool fakeAz(const QTemporaryDir &dir, const QByteArray &script)
    {
        QFile file(dir.filePath(u"az"_s));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\n" + script);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("PATH", QByteArray(QFile::encodeName(dir.path()) + ':' + m_path));
        return true;
    }

private Q_SLOTS:
    void initTestCase() { m_path = qgetenv("PATH"); }
    void cleanup() { qputenv("PATH", m_path); }

    void environmentVariable()
    {
        qputenv("GATEHOUSE_TEST_MGMT_TOKEN", "  Bearer fake-management-token-0000 \n");
        const auto t = tokenFromEnvironment(u"GATEHOUSE_TEST_MGMT_TOKEN"_s);
        QVERIFY(t.has_value());
        QCOMPARE(t->accessToken, "fake-management-token-0000"_ba);
        qunsetenv("GATEHOUSE_TEST_MGMT_TOKEN");
        const auto missing = tokenFromEnvironment(u"GATEHOUSE_TEST_MGMT_TOKEN"_s);
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().message.contains(u"GATEHOUSE_TEST_MGMT_TOKEN"_s));
    }

    void resource()
    {
        QCOMPARE(managementResource(QUrl(u"https://management.azure.com"_s)), u"https://management.azure.com/"_s);
        QCOMPARE(managementResource(QUrl(u"http://127.0.0.1:8081/x?y"_s)), u"http://127.0.0.1:8081/"_s);
    }

    void azureCli()
    {
        QTemporaryDir dir;
        QVERIFY(fakeAz(dir, "echo '{\"accessToken\": \"fake-az-token-0000\", \"expiresOn\": \"2026-06-01 10:00:00.000000\", "
                            "\"expires_on\": 1780308000, \"tokenType\": \"Bearer\"}'\n"));
        QVERIFY(AzureCliTokenSource::isAvailable());
        AzureCliTokenSource source;
        const auto t = fetchFrom(source, QUrl(u"http://127.0.0.1:8081"_s));
        QVERIFY2(t.has_value(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->accessToken, "fake-az-token-0000"_ba);
        QCOMPARE(t->expiresOn.toSecsSinceEpoch(), 1780308000);
        QFile args(dir.filePath(u"args"_s));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), "account get-access-token --resource http://127.0.0.1:8081/ --output json"_ba);
    }

    void azureCliNotLoggedIn()
    {
        QTemporaryDir dir;
        QVERIFY(fakeAz(dir, "echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n"));
        AzureCliTokenSource source;
        const auto t = fetchFrom(source, QUrl(u"https://management.azure.com"_s));
        QVERIFY(!t.has_value());
        QVERIFY2(t.error().message.contains(u"az login"_s), qPrintable(t.error().message));
    }

    void azureCliMissing()
    {
        QTemporaryDir empty;
        qputenv("PATH", QFile::encodeName(empty.path()));
        QVERIFY(!AzureCliTokenSource::isAvailable());
        AzureCliTokenSource source;
        const auto t = fetchFrom(source, QUrl(u"https://management.azure.com"_s));
        QVERIFY(!t.has_value());
        QCOMPARE(t.error().code, Error::Code::FileNotFound);
    }

    void deviceCode_data()
    {
        QTest::addColumn<QByteArray>("outcome");
        QTest::newRow("signed-in") << "signed-in"_ba;
        QTest::newRow("declined") << "authorization_declined"_ba;
    }

    void deviceCode()
    {
        QFETCH(QByteArray, outcome);
        QHttpServer entra;
        int polls = 0;
        QUrlQuery deviceCodeForm;
        entra.route(u"/contoso.test/oauth2/v2.0/devicecode"_s, QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &request) {
            deviceCodeForm = QUrlQuery(QString::fromUtf8(request.body()));
            return QHttpServerResponse(QJsonObject{{u"device_code"_s, u"fake-device-code"_s},
                                                   {u"user_code"_s, u"FAKE-1234"_s},
                                                   {u"verification_uri"_s, u"https://microsoft.com/devicelogin"_s},
                                                   {u"expires_in"_s, 900},
                                                   {u"interval"_s, 0},
                                                   {u"message"_s, u"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-1234 to authenticate."_s}});
        });
        entra.route(u"/contoso.test/oauth2/v2.0/token"_s, QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &request) {
            const QUrlQuery form(QString::fromUtf8(request.body()));
            if (form.queryItemValue(u"device_code"_s) != u"fake-device-code"_s
                || form.queryItemValue(u"grant_type"_s) != u"urn:ietf:params:oauth:grant-type:device_code"_s)
                return QHttpServerResponse(QJsonObject{{u"error"_s, u"invalid_grant"_s}}, QHttpServerResponder::StatusCode::BadRequest);
            if (++polls < 3)
                return QHttpServerResponse(QJsonObject{{u"error"_s, u"authorization_pending"_s}}, QHttpServerResponder::StatusCode::BadRequest);
            if (outcome != "signed-in")
                return QHttpServerResponse(QJsonObject{{u"error"_s, QString::fromLatin1(outcome)}}, QHttpServerResponder::StatusCode::BadRequest);
            return QHttpServerResponse(QJsonObject{{u"access_token"_s, u"fake-device-token-0000"_s}, {u"expires_in"_s, 3599}, {u"token_type"_s, u"Bearer"_s}});
        });
        auto *tcp = new QTcpServer(&entra);
        QVERIFY(tcp->listen(QHostAddress::LocalHost));
        QVERIFY(entra.bind(tcp));

        DeviceCodeTokenSource source;
        source.setAuthority(QUrl(u"http://127.0.0.1:%1"_s.arg(tcp->serverPort())));
        source.setTenant(u"contoso.test"_s);
        QSignalSpy code(&source, &DeviceCodeTokenSource::userCodeReceived);
        const auto t = fetchFrom(source, QUrl(u"https://management.azure.com"_s));
        QCOMPARE(code.size(), 1);
        QCOMPARE(code.first().at(0).toString(), u"FAKE-1234"_s);
        QCOMPARE(code.first().at(1).toUrl(), QUrl(u"https://microsoft.com/devicelogin"_s));
        QCOMPARE(deviceCodeForm.queryItemValue(u"client_id"_s), QString(DeviceCodeTokenSource::DefaultClientId));
        QCOMPARE(deviceCodeForm.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"https://management.azure.com/.default offline_access"_s);
        QCOMPARE(polls, 3);
        if (outcome == "signed-in") {
            QVERIFY2(t.has_value(), qPrintable(t ? QString() : t.error().message));
            QCOMPARE(t->accessToken, "fake-device-token-0000"_ba);
            QVERIFY(t->expiresOn > QDateTime::currentDateTimeUtc());
        } else {
            QVERIFY(!t.has_value());
            QVERIFY2(t.error().message.contains(u"declined"_s), qPrintable(t.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestManagementToken)
#include "tst_managementtoken.moc"
