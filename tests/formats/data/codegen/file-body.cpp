#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;

    QNetworkRequest request(QUrl(QStringLiteral("https://user:•••@files.contoso.test/blob/a.bin")));
    request.setRawHeader("Content-Type", "application/octet-stream");
    request.setRawHeader("Cookie", "•••");
    request.setMaximumRedirectsAllowed(10);
    QSslConfiguration tls = request.sslConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    request.setSslConfiguration(tls);

    auto *body = new QFile(QStringLiteral("a.bin"), &manager);
    body->open(QIODevice::ReadOnly);
    QNetworkReply *reply = manager.sendCustomRequest(request, "PUT", body);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        qInfo() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->errorString();
        qInfo().noquote() << reply->readAll();
        reply->deleteLater();
        QCoreApplication::quit();
    });
    return app.exec();
}
