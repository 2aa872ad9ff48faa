// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against a loopback HTTPS server with throwaway certificates made by openssl for this run.
#include "http/exchangetext.h"
#include "http/httpclient.h"
#include "model/requestresolver.h"
#include "storage/workspacejson.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QSslServer>

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
        return test::sendAndWait(m_client, request, std::chrono::seconds(15));
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

    // Per-host settings (an environment's "TLS / certificates"): they apply to their host only.
    void perHostCaBundleAppliesToItsHostOnly()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(false)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        HostTlsOptions other;
        other.host = u"localhost"_s; // another host name: not this one
        other.tls.caBundleFile = path(u"server.pem"_s);
        request.hostTls = {other};
        ExchangeResult r = send(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Tls);

        HostTlsOptions mine;
        mine.host = u"127.0.0.1:%1"_s.arg(server.port());
        mine.tls.caBundleFile = path(u"server.pem"_s);
        mine.source = u"dev"_s;
        request.hostTls = {other, mine};
        r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QVERIFY(r.tls->verified);
        QVERIFY2(r.notes.join(u'\n').contains(u"from dev"_s), qPrintable(r.notes.join(u'\n')));

        // The same host on another port is another origin.
        mine.host = u"127.0.0.1:%1"_s.arg(server.port() == 1 ? 2 : 1);
        request.hostTls = {mine};
        QVERIFY(!send(request).ok());
    }

    void perHostVerificationOffIsRecordedLoudly()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(false)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        HostTlsOptions insecure;
        insecure.host = u"127.0.0.1"_s;
        insecure.tls.verifyPeer = false;
        insecure.source = u"dev"_s;
        request.hostTls = {insecure};
        const ExchangeResult r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QVERIFY(!r.tls->verified);
        QVERIFY2(r.notes.join(u'\n').contains(u"verification OFF"_s), qPrintable(r.notes.join(u'\n')));

        // The connection opened without verification does not carry a verifying request.
        request.hostTls.clear();
        QVERIFY(!send(request).ok());
    }

    void perHostClientCertificate_data() { clientCertificates_data(); }
    void perHostClientCertificate()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(true)));
        HttpRequest request;
        request.url = server.url(u"/echo"_s);
        HostTlsOptions host;
        host.host = u"127.0.0.1"_s;
        host.tls.caBundleFile = path(u"server.pem"_s);
        host.tls.clientCertificateFile = path(certificate);
        host.tls.clientKeyFile = key.isEmpty() ? QString() : path(key);
        host.tls.clientKeyPassphrase = passphrase;
        request.hostTls = {host};
        const ExchangeResult r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(server.requests().last().clientCertificateName, u"client"_s);
    }

    void hostPatterns()
    {
        const QUrl url(u"https://api.contoso.com/x"_s);
        QVERIFY(hostPatternMatches(u"api.contoso.com"_s, url));
        QVERIFY(hostPatternMatches(u"API.Contoso.com:443"_s, url));
        QVERIFY(!hostPatternMatches(u"api.contoso.com:8443"_s, url));
        QVERIFY(hostPatternMatches(u"*.contoso.com"_s, url));
        QVERIFY(!hostPatternMatches(u"*.contoso.com"_s, QUrl(u"https://contoso.com/"_s)));
        QVERIFY(!hostPatternMatches(u"*.contoso.com"_s, QUrl(u"https://evilcontoso.com/"_s)));
        QVERIFY(!hostPatternMatches(u"contoso.com"_s, url));
        QVERIFY(!hostPatternMatches(u""_s, url));
    }

    // The environment keeps the settings (files and passphrase as text with variables); the
    // resolver hands them to the engine, resolved, relative files under the workspace.
    void environmentSettingsReachTheEngine()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(true)));
        Environment environment;
        environment.id = u"env-tls"_s;
        environment.name = u"dev"_s;
        environment.variables = {{u"pass"_s, u"fake-passphrase"_s, true, true}};
        EnvironmentTlsHost host;
        host.host = u"127.0.0.1:%1"_s.arg(server.port());
        host.caBundleFile = u"server.pem"_s;
        host.clientCertificateFile = u"client.p12"_s;
        host.clientKeyPassphrase = u"{{pass}}"_s;
        environment.tlsHosts = {host};

        const QByteArray json = environmentToJson(environment).toJson();
        QVERIFY(json.contains("\"clientKeyPassphrase\""));
        QVERIFY2(json.contains("{{pass}}"), json.constData()); // the reference, as written
        const Environment back = environmentFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(back.tlsHosts, environment.tlsHosts);

        Request stored;
        stored.url = server.url(u"/echo"_s).toString();
        ResolveContext context;
        Environment withSecrets = back; // secret values live in the secret store, not in the file
        withSecrets.variables = environment.variables;
        context.environment = &withSecrets;
        context.baseDirectory = m_dir.path();
        const auto resolved = resolveRequest(stored, context);
        QVERIFY(resolved);
        QVERIFY(resolved->problems.isEmpty());
        QCOMPARE(resolved->request.hostTls.size(), 1);
        QCOMPARE(resolved->request.hostTls.first().tls.clientKeyPassphrase, "fake-passphrase"_ba);
        QCOMPARE(resolved->request.hostTls.first().tls.caBundleFile, path(u"server.pem"_s));
        const ExchangeResult r = send(resolved->request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(server.requests().last().clientCertificateName, u"client"_s);
    }

    // HTTP/2 when the server offers it in ALPN, HTTP/1.1 when it does not; recorded either way.
    void http2WhenOffered_data()
    {
        QTest::addColumn<QList<QByteArray>>("offered");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("h2 offered") << QList<QByteArray>{QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1} << "2"_ba;
        QTest::newRow("http/1.1 only") << QList<QByteArray>{QSslConfiguration::NextProtocolHttp1_1} << "1.1"_ba;
    }
    void http2WhenOffered()
    {
        QFETCH(QList<QByteArray>, offered);
        QFETCH(QByteArray, expected);
        QHttpServer http;
        http.route(u"/hello"_s, [] { return u"hello over TLS"_s; });
        auto *tls = new QSslServer(&http);
        QSslConfiguration conf = serverConfiguration(false);
        conf.setAllowedNextProtocols(offered);
        tls->setSslConfiguration(conf);
        QVERIFY(tls->listen(QHostAddress::LocalHost));
        QVERIFY(http.bind(tls));

        HttpRequest request;
        request.url = QUrl(u"https://127.0.0.1:%1/hello"_s.arg(tls->serverPort()));
        request.tls.caBundleFile = path(u"server.pem"_s);
        const ExchangeResult r = send(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(r.response->body, "hello over TLS"_ba);
        QCOMPARE(r.response->httpVersion, expected);
        // The request as sent names the protocol too (the response panel's Request tab).
        QVERIFY2(sentRequestText(r.request).startsWith(u"GET /hello HTTP/"_s + QString::fromLatin1(expected) + u'\n'), qPrintable(sentRequestText(r.request)));

        // The CLI's status line names it as well.
        QProcess cli;
        cli.start(QStringLiteral(GATEHOUSE_CLI), {u"send"_s, u"--no-history"_s, u"--cacert"_s, path(u"server.pem"_s), request.url.toString()});
        QSignalSpy cliFinished(&cli, &QProcess::finished); // the server lives in this process
        QVERIFY(cli.waitForStarted() && cliFinished.wait(30000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(out.startsWith(QByteArray("HTTP/" + expected + " 200")), out.constData());
    }

    // The CLI: --host-tls gives one host its own settings; verification off is said on stderr.
    void cliHostTls()
    {
        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(false)));
        const QString url = server.url(u"/echo"_s).toString();
        const auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(GATEHOUSE_CLI), QStringList{u"send"_s, u"--no-history"_s} + args);
            QSignalSpy finished(&p, &QProcess::finished); // the server lives in this process
            if (!p.waitForStarted() || !finished.wait(30000))
                qFatal("gatehouse-cli did not finish");
            return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        auto [code, out, err] = run({u"--host-tls"_s, u"127.0.0.1;insecure"_s, url});
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(err.contains("verification is OFF for 127.0.0.1"), err.constData());

        std::tie(code, out, err) = run({u"--host-tls"_s, u"127.0.0.1:%1;cacert=%2"_s.arg(server.port()).arg(path(u"server.pem"_s)), url});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(!err.contains("OFF"));

        std::tie(code, out, err) = run({u"--host-tls"_s, u"localhost;cacert=%1"_s.arg(path(u"server.pem"_s)), url});
        QCOMPARE(code, 1); // another host's settings do not apply: self-signed
        QVERIFY2(err.contains("self-signed"), err.constData());

        std::tie(code, out, err) = run({u"--host-tls"_s, u"127.0.0.1;verify=no"_s, url});
        QVERIFY(code != 0 && code != 1);
        QVERIFY2(err.contains("verify=no"), err.constData());
    }

    // The CLI's cert=, key= and pass-env= parts against a server that demands a client certificate:
    // an encrypted PEM key opened with the passphrase from the named environment variable, a
    // PKCS#12 bundle, and clear errors for a wrong passphrase, an unset variable and missing files.
    void cliHostTlsClientCertificate()
    {
        // The same key as client.key, encrypted with a (fake) passphrase.
        QVERIFY(openssl({u"pkey"_s, u"-in"_s, path(u"client.key"_s), u"-out"_s, path(u"client-encrypted.key"_s), u"-aes256"_s,
                         u"-passout"_s, u"pass:fake-passphrase"_s}));
        QFile encrypted(path(u"client-encrypted.key"_s));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QVERIFY(encrypted.readAll().contains("ENCRYPTED"));

        TestServer server;
        QVERIFY(server.listenTls(serverConfiguration(true)));
        const QString url = server.url(u"/echo"_s).toString();
        const auto run = [&url](const QString &hostTls, const QString &passphrase) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"GATEHOUSE_TEST_KEY_PASS"_s);
            if (!passphrase.isNull())
                env.insert(u"GATEHOUSE_TEST_KEY_PASS"_s, passphrase);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(GATEHOUSE_CLI), {u"send"_s, u"--no-history"_s, u"--host-tls"_s, hostTls, url});
            QSignalSpy finished(&p, &QProcess::finished); // the server lives in this process
            if (!p.waitForStarted() || !finished.wait(30000))
                qFatal("gatehouse-cli did not finish");
            return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QString host = u"127.0.0.1;cacert="_s + path(u"server.pem"_s);
        const QString pem = host + u";cert="_s + path(u"client.pem"_s) + u";key="_s + path(u"client-encrypted.key"_s)
            + u";pass-env=GATEHOUSE_TEST_KEY_PASS"_s;

        auto [code, out, err] = run(pem, u"fake-passphrase"_s);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("\"method\""), out.constData());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().last().clientCertificateName, u"client"_s);
        QVERIFY(!err.contains("fake-passphrase") && !out.contains("fake-passphrase"));

        // PKCS#12: the passphrase comes the same way.
        std::tie(code, out, err) = run(host + u";cert="_s + path(u"client.p12"_s) + u";pass-env=GATEHOUSE_TEST_KEY_PASS"_s, u"fake-passphrase"_s);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().last().clientCertificateName, u"client"_s);

        // Without a client certificate the server refuses the handshake.
        std::tie(code, out, err) = run(host, {});
        QCOMPARE(code, 1);
        QCOMPARE(server.requests().size(), 2);

        // A wrong passphrase names the key file and says why; nothing reaches the server.
        std::tie(code, out, err) = run(pem, u"wrong-passphrase"_s);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("wrong passphrase") && err.contains("client-encrypted.key"), err.constData());
        std::tie(code, out, err) = run(host + u";cert="_s + path(u"client.p12"_s) + u";pass-env=GATEHOUSE_TEST_KEY_PASS"_s, u"wrong-passphrase"_s);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("wrong passphrase") && err.contains("client.p12"), err.constData());
        QCOMPARE(server.requests().size(), 2);

        // The variable pass-env names is not set: a usage error before anything is sent.
        std::tie(code, out, err) = run(pem, {});
        QVERIFY(code != 0 && code != 1);
        QVERIFY2(err.contains("GATEHOUSE_TEST_KEY_PASS") && err.contains("not set"), err.constData());

        // Missing files are named.
        std::tie(code, out, err) = run(host + u";cert="_s + path(u"missing.pem"_s) + u";key="_s + path(u"client.key"_s), {});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("client certificate") && err.contains("missing.pem") && err.contains("does not exist"), err.constData());
        std::tie(code, out, err) = run(host + u";cert="_s + path(u"client.pem"_s) + u";key="_s + path(u"missing.key"_s), {});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("private key") && err.contains("missing.key") && err.contains("does not exist"), err.constData());
        QCOMPARE(server.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
