// Descriptor texts are marked QT_TRANSLATE_NOOP("capability", ...) where they are written
// (core/engine) and lupdate extracts them into the .ts files: every text the registry shows must
// be in every .ts file, translated.

#include "app/studio/descriptor_translation.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sonara;

namespace {

void addText(QStringList& texts, const QString& text) {
    if (!text.trimmed().isEmpty() && !texts.contains(text)) {
        texts << text;
    }
}

QStringList registryTexts(const core::CapabilityRegistry& registry) {
    QStringList texts;
    for (const core::CapabilityDescriptor& capability : registry.capabilities()) {
        addText(texts, capability.title);
        addText(texts, capability.summary);
        for (const core::InputSpec& input : capability.inputs) {
            addText(texts, input.title);
            addText(texts, input.help);
        }
        QList<core::ParameterSpec> parameters = capability.parameters;
        for (const core::EngineInfo& engine : registry.engines(capability.id)) {
            addText(texts, engine.title);
            addText(texts, engine.summary);
            parameters << capability.parametersFor(engine.id);
        }
        for (const core::ParameterSpec& parameter : parameters) {
            addText(texts, parameter.title);
            addText(texts, parameter.help);
            addText(texts, parameter.unit);
        }
    }
    return texts;
}

// source text -> whether its translation is finished, for one context of a .ts file
QHash<QString, bool> tsMessages(const QString& path, const QString& context) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, bool> messages;
    QXmlStreamReader xml(&file);
    QString contextName;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            contextName = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && contextName == context) {
            const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.insert(source, !unfinished && !text.isEmpty());
        }
    }
    return messages;
}

}  // namespace

class TestDescriptorTranslation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void everyRegistryTextIsExtractedAndTranslated() {
        studio::test::TestHost host;
        const QStringList texts = registryTexts(host.host->registry());
        QVERIFY(texts.size() > 50);
        const QString translations =
            qEnvironmentVariable("SONARA_SOURCE_DIR") + QStringLiteral("/translations");
        for (const QString& language :
             {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("hi")}) {
            const QHash<QString, bool> messages =
                tsMessages(QStringLiteral("%1/sonara_%2.ts").arg(translations, language),
                           QStringLiteral("capability"));
            QStringList missing;
            for (const QString& text : texts) {
                if (!messages.value(text, false)) {
                    missing << text;
                }
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral(
                                    "%1: no finished translation of \"%2\". Mark the text "
                                    "QT_TRANSLATE_NOOP(\"capability\", ...) where it is written, "
                                    "run `cmake --build build --target update_translations` and "
                                    "translate it in translations/sonara_%1.ts")
                                    .arg(language, missing.join(QStringLiteral("\", \"")))));
        }
    }

    void theFormShowsTranslatedLabels() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("sonara"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString german = studio::translateDescriptor(QStringLiteral("Text to speech"));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!german.isEmpty());
        QVERIFY2(german != QStringLiteral("Text to speech"), qPrintable(german));
    }
};

QTEST_MAIN(TestDescriptorTranslation)
#include "test_descriptor_translation.moc"
