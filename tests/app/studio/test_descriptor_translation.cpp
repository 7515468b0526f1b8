// Descriptor texts reach the .ts files through app/studio/descriptor_strings.cpp: every text
// the registry shows must be listed there, and every .ts file must translate all of it.

#include "app/studio/descriptor_strings.h"
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

QString cppLiteral(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("    QT_TRANSLATE_NOOP(\"capability\", \"%1\"),").arg(escaped);
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

class TestDescriptorStrings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void everyRegistryTextIsListed() {
        studio::test::TestHost host;
        const QStringList listed = studio::descriptorSourceStrings();
        QStringList missing;
        for (const QString& text : registryTexts(host.host->registry())) {
            if (!listed.contains(text)) {
                missing << cppLiteral(text);
            }
        }
        if (!missing.isEmpty()) {
            qWarning().noquote() << "add to app/studio/descriptor_strings.cpp:\n"
                                 << missing.join(QLatin1Char('\n'));
        }
        QVERIFY2(missing.isEmpty(), "descriptor texts are missing from descriptor_strings.cpp");
    }

    void everyLanguageTranslatesThemAll() {
        const QString translations =
            qEnvironmentVariable("SONARA_SOURCE_DIR") + QStringLiteral("/translations");
        for (const QString& language :
             {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("hi")}) {
            const QHash<QString, bool> messages =
                tsMessages(QStringLiteral("%1/sonara_%2.ts").arg(translations, language),
                           QStringLiteral("capability"));
            for (const QString& text : studio::descriptorSourceStrings()) {
                QVERIFY2(messages.value(text, false),
                         qPrintable(QStringLiteral("%1: no finished translation of \"%2\"")
                                        .arg(language, text)));
            }
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

QTEST_MAIN(TestDescriptorStrings)
#include "test_descriptor_strings.moc"
