#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;

    QNetworkRequest request(QUrl(QStringLiteral("https://api.contoso.test/orders")));
    request.setRawHeader("Content-Type", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);

    const QByteArray body = "{\n  \"name\": \"O'Brien \\\"Bob\\\"\",\n  \"city\": \"Köln\",\n  \"note\": \"$HOME `id` \\\\ 100%\"\n}";
    QNetworkReply *reply = manager.sendCustomRequest(request, "POST", body);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        qInfo() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->errorString();
        qInfo().noquote() << reply->readAll();
        reply->deleteLater();
        QCoreApplication::quit();
    });
    return app.exec();
}
