#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;

    QNetworkRequest request(QUrl(QStringLiteral("https://contoso.azure-api.net/echo/resource?param1=sample&subscription-key=•••&q=a%20b")));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer •••");
    request.setRawHeader("Ocp-Apim-Subscription-Key", "•••");
    request.setRawHeader("X-Custom-Key", "•••");
    request.setRawHeader("X-Empty", "");
    request.setMaximumRedirectsAllowed(10);

    QNetworkReply *reply = manager.sendCustomRequest(request, "GET");
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        qInfo() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->errorString();
        qInfo().noquote() << reply->readAll();
        reply->deleteLater();
        QCoreApplication::quit();
    });
    return app.exec();
}
