#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;

    QNetworkRequest request(QUrl(QStringLiteral("https://api.contoso.test/bytes")));
    request.setRawHeader("Content-Type", "application/x-thing");
    request.setMaximumRedirectsAllowed(10);

    const QByteArray body = "\001\002tab\011here\377\376";
    QNetworkReply *reply = manager.sendCustomRequest(request, "PATCH", body);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        qInfo() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->errorString();
        qInfo().noquote() << reply->readAll();
        reply->deleteLater();
        QCoreApplication::quit();
    });
    return app.exec();
}
