// SPDX-License-Identifier: GPL-3.0-or-later
// An injected APIM key in the request as sent: abcd…wxyz with its environment; never in clear.
#include "apim/apimprofile.h"
#include "http/exchangetext.h"
#include "http/httpclient.h"
#include "http/redaction.h"
#include "model/requestresolver.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

namespace {
const QByteArray kKey = "abcd0000fake0000key00000000wxyz"_ba;
}

class TestKeyMasking : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_client;

    ExchangeResult sendAndWait(const HttpRequest &request)
    {
        return test::sendAndWait(m_client, request);
    }

    ApimProfile profile() const
    {
        ApimProfile p;
        p.gatewayHosts = {u"127.0.0.1"_s};
        p.subscriptionKey = kKey;
        p.environmentName = u"Dev"_s;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void maskKeepsFirstAndLastFour()
    {
        QCOMPARE(maskedKey(kKey), "abcd\xe2\x80\xa6wxyz"_ba);
        QCOMPARE(maskedKey("short-key"), "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"_ba); // too short to show a part
    }

    void headerKeyShowsMaskedWithItsEnvironment()
    {
        HttpRequest request;
        request.url = m_server.url(u"/echo"_s);
        const KeyInjection injection = injectSubscriptionKey(request, profile());
        QCOMPARE(injection.outcome, KeyInjection::Outcome::Injected);
        QCOMPARE(injection.maskedKey, maskedKey(kKey));
        QVERIFY(injection.message.contains(u"abcd…wxyz"_s));
        QVERIFY(injection.message.contains(u"Dev"_s));
        QVERIFY(!injection.message.contains(QString::fromLatin1(kKey)));

        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), kKey); // on the wire: the key
        const QString text = sentRequestText(r.request);
        QVERIFY2(text.contains(u"Ocp-Apim-Subscription-Key: abcd…wxyz  (subscription key from Dev)\n"_s), qPrintable(text));
        QVERIFY(!text.contains(QString::fromLatin1(kKey)));
        QVERIFY(sentRequestText(r.request, Secrets::Reveal).contains(QString::fromLatin1(kKey)));
        // Other credentials stay fully masked.
        QVERIFY(redactedHeaders(r.request.headers, r.request.credentialHeaders).contains(std::pair{"Ocp-Apim-Subscription-Key"_ba, "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"_ba}));
    }

    void queryKeyShowsMaskedWithItsEnvironment()
    {
        HttpRequest request;
        request.url = m_server.url(u"/echo?a=1"_s);
        ApimProfile p = profile();
        p.keyLocation = ApimProfile::KeyLocation::Query;
        QCOMPARE(injectSubscriptionKey(request, p).outcome, KeyInjection::Outcome::Injected);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(m_server.requests().last().target.contains(kKey));
        const QString text = sentRequestText(r.request);
        QVERIFY2(text.startsWith(u"GET /echo?a=1&subscription-key=abcd…wxyz HTTP/1.1\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"[query parameter subscription-key: subscription key from Dev]"_s));
        QVERIFY(!text.contains(QString::fromLatin1(kKey)));
    }

    void aKeyTheUserSetIsNotAnnotated()
    {
        HttpRequest request;
        request.url = m_server.url(u"/echo"_s);
        request.headers = {{"Ocp-Apim-Subscription-Key"_ba, kKey}};
        QCOMPARE(injectSubscriptionKey(request, profile()).outcome, KeyInjection::Outcome::UserProvided);
        const ExchangeResult r = sendAndWait(request);
        const QString text = sentRequestText(r.request);
        QVERIFY(text.contains(u"Ocp-Apim-Subscription-Key: •••\n"_s));
    }

    void resolvedProfileNamesTheEnvironment()
    {
        Environment environment;
        environment.id = u"env-1"_s;
        environment.name = u"Staging"_s;
        environment.apim.gatewayHosts = {u"127.0.0.1"_s};
        environment.apim.subscriptionKey = QString::fromLatin1(kKey);
        ResolveContext context;
        context.environment = &environment;
        const auto resolved = resolveApimProfile(context);
        QVERIFY(resolved);
        QCOMPARE(resolved->profile.environmentName, u"Staging"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyMasking)
#include "tst_keymasking.moc"
