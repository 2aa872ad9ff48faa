// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has a German translation, and the catalogue ships inside the binary.
#include "error.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(GATEHOUSE_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({u"gatehouse_*.ts"_s}, QDir::Files);
        QVERIFY(files.contains(u"gatehouse_de.ts"_s));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList untranslated;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == "translation"_L1) {
                const bool unfinished = xml.attributes().value(u"type"_s) == "unfinished"_L1;
                const bool vanished = xml.attributes().value(u"type"_s) == "vanished"_L1 || xml.attributes().value(u"type"_s) == "obsolete"_L1;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!vanished && (unfinished || text.trimmed().isEmpty()))
                    untranslated.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"untranslated: "_s + untranslated.join(u" | "_s)));
    }

    void catalogueIsBuiltIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/gatehouse_de.qm"_s));
        QCOMPARE(translator.translate("gatehouse::Exchange", "The request was cancelled."), u"Die Anfrage wurde abgebrochen."_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
