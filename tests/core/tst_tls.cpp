// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against a loopback HTTPS server with throwaway certificates made by openssl for this run.
#include "http/httpclient.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HttpClient m_client;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(u"openssl"_s, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // A self-signed certificate for CN=name (with 127.0.0.1 and localhost as alternative names).
    bool makeCertificate(const QString &name)
    {
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                        u"-keyout"_s, path(name + u".key"_s), u"-out"_s, path(name + u".pem"_s), u"-subj"_s, u"/CN="_s + name,
                        u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
    }

    QSslConfiguration serverConfiguration(bool demandClientCertificate)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        QFile cert(path(u"server.pem"_s)), key(path(u"server.key"_s));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            qFatal("no server certificate");
        conf.setLocalCertificate(QSslCertificate(&cert));
        conf.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        if (demandClientCertificate) {
            conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
            conf.setCaCertificates(QSslCertificate::fromPath(path(u"client.pem"_s)));
        } else {
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        return conf;
    }

    ExchangeResult send(const HttpRequest &request)
    {
        Exchange *exchange = m_client.send(request);
        QSignalSpy spy(exchange, &Exchange::finished);
        if (!spy.wait(15000))
            qFatal("exchange did not finish");
        exchange->deleteLater();
        return spy.first().first().value<ExchangeResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCertificate(u"server"_s));
        QVERIFY(makeCertificate(u"client"_s));
        QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-in"_s, path(u"client.pem"_s), u"-inkey"_s, path(u"client.key"_s),
                         u"-out"_s, path(u"client.p12"_s), u"-passout"_s, u"pass:fake-passphrase"_s}));
    }

    void selfSignedIsRefusedAndExplained()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(false)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        const ExchangeResult r = send(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Tls);
        QVERIFY2(r.error->message.contains(u"self-signed"_s), qPrintable(r.error->message));
        QVERIFY(server.requests().isEmpty());
    }

    void verificationOffIsAllowedAndRecorded()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(false)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        request.tls.verifyPeer = false;
        const ExchangeResult r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QVERIFY(r.tls.has_value());
        QVERIFY(!r.tls->verified);
        QVERIFY(r.timings.tlsDone >= 0);

        // The unverified connection must not carry the next, verifying request.
        request.tls.verifyPeer = true;
        const ExchangeResult again = send(request);
        QVERIFY(!again.ok());
        QCOMPARE(again.error->code, Error::Code::Tls);
    }

    void customCaBundleMakesItTrusted()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(false)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        request.tls.caBundleFile = path(u"server.pem"_s);
        const ExchangeResult r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QVERIFY(r.tls->verified);
        QVERIFY(r.tls->protocol.startsWith(u"TLS 1."_s));
        QCOMPARE(r.tls->peerSubject, u"server"_s);
        QVERIFY(r.tls->peerExpires > QDateTime::currentDateTime());
    }

    void badFilesAreNamed()
    {
        HttpRequest request;
        request.url = QUrl(u"https://127.0.0.1:9/"_s);
        request.tls.caBundleFile = path(u"missing.pem"_s);
        ExchangeResult r = send(request);
        QCOMPARE(r.error->code, Error::Code::FileNotFound);
        QVERIFY(r.error->message.contains(u"missing.pem"_s));

        request.tls.caBundleFile = path(u"server.key"_s); // a key is not a certificate
        r = send(request);
        QCOMPARE(r.error->code, Error::Code::Tls);
        QVERIFY(r.error->message.contains(u"server.key"_s));

        request.tls = {};
        request.tls.clientCertificateFile = path(u"client.p12"_s);
        request.tls.clientKeyPassphrase = "wrong"_ba;
        r = send(request);
        QCOMPARE(r.error->code, Error::Code::Tls);
        QVERIFY(r.error->message.contains(u"passphrase"_s));
    }

    void clientCertificates_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("pem") << u"client.pem"_s << u"client.key"_s << QByteArray();
        QTest::newRow("pkcs12") << u"client.p12"_s << QString() << "fake-passphrase"_ba;
    }

    void clientCertificates()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(true)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        request.tls.caBundleFile = path(u"server.pem"_s);

        // Without a certificate the server refuses the handshake.
        QVERIFY(!send(request).ok());

        request.tls.clientCertificateFile = path(certificate);
        request.tls.clientKeyFile = key.isEmpty() ? QString() : path(key);
        request.tls.clientKeyPassphrase = passphrase;
        const ExchangeResult r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(server.requests().last().clientCertificateName, u"client"_s);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
