#include <QCoreApplication>
#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;

    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:8080/upload")));
    request.setMaximumRedirectsAllowed(10);

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    {
        QHttpPart part;
        part.setRawHeader("Content-Disposition", "form-data; name=\"title\"");
        part.setBody("Report");
        multipart->append(part);
    }
    {
        QHttpPart part;
        part.setRawHeader("Content-Disposition", "form-data; name=\"meta\"");
        part.setRawHeader("Content-Type", "application/json");
        part.setBody("{\"a\":1}");
        multipart->append(part);
    }
    {
        QHttpPart part;
        part.setRawHeader("Content-Disposition", "form-data; name=\"file\"; filename=\"report.pdf\"");
        part.setRawHeader("Content-Type", "application/pdf");
        auto *file = new QFile(QStringLiteral("/tmp/report.pdf"), multipart);
        file->open(QIODevice::ReadOnly);
        part.setBodyDevice(file);
        multipart->append(part);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, "POST", multipart);
    multipart->setParent(reply);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        qInfo() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->errorString();
        qInfo().noquote() << reply->readAll();
        reply->deleteLater();
        QCoreApplication::quit();
    });
    return app.exec();
}
