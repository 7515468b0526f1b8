#include "core/engine/capability_registry.h"
#include "core/engine/descriptor_json.h"
#include "core/engine/errors.h"
#include "core/engine/model_catalog.h"
#include "core/engine/standard_capabilities.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sonara::core;

class TestRegistry : public QObject {
    Q_OBJECT

private:
    CapabilityRegistry registry_;
    QTemporaryDir dir_;
    QString audioFile_;

    // Expects validation to fail naming `field`, and returns the message.
    QString expectInvalid(const JobRequest& request, const QString& field,
                          ValidationError::Kind kind) {
        try {
            registry_.validate(request, nullptr);
        } catch (const ValidationError& error) {
            if (error.field() != field || error.kind() != kind) {
                qWarning() << "got field" << error.field() << "message" << error.message();
            }
            [&] {
                QCOMPARE(error.field(), field);
                QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(kind));
            }();
            return error.message();
        }
        [] { QFAIL("validation accepted a bad request"); }();
        return {};
    }

    JobRequest tts(const QVariantMap& parameters = {}) {
        return JobRequest{QStringLiteral("tts"), QStringLiteral("espeak-ng"), QString(), parameters,
                          JobInputs({{QStringLiteral("text"), QStringLiteral("Hello there.")}})};
    }

private Q_SLOTS:
    void initTestCase() {
        registerBuiltinEngines(registry_);
        audioFile_ = dir_.filePath(QStringLiteral("input.wav"));
        QFile file(audioFile_);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("RIFF");
    }

    void registersTheStandardCapabilitiesWithTheirEngines() {
        QStringList ids;
        for (const CapabilityDescriptor& descriptor : registry_.capabilities()) {
            ids.append(descriptor.id);
            QVERIFY2(!registry_.engines(descriptor.id).isEmpty(), qPrintable(descriptor.id));
            QVERIFY(!descriptor.outputs.isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("tts"), QStringLiteral("stt"),
                                   QStringLiteral("denoise"), QStringLiteral("separate"),
                                   QStringLiteral("voice-changer"), QStringLiteral("music"),
                                   QStringLiteral("sfx"), QStringLiteral("status-music"),
                                   QStringLiteral("voice-editor"), QStringLiteral("translate"),
                                   QStringLiteral("dubbing"), QStringLiteral("accent-changer")}));
        QVERIFY(registry_.engine(QStringLiteral("stt"), QStringLiteral("pocketsphinx")));
        QVERIFY(registry_.engine(QStringLiteral("denoise"), QStringLiteral("ffmpeg")));
    }

    void engineParametersJoinTheDescriptorRestrictedToTheirEngine() {
        const ParameterSpec* rate =
            registry_.capability(QStringLiteral("tts"))->parameter(QStringLiteral("rate"));
        QVERIFY(rate);
        QCOMPARE(rate->engines, QStringList{QStringLiteral("espeak-ng")});
        QVERIFY(rate->minimum && rate->maximum);
        const QJsonObject json =
            capabilityToJson(registry_, *registry_.capability(QStringLiteral("tts")));
        QVERIFY(!json.value(QStringLiteral("parameters")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("engines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("espeak-ng"));
    }

    void fillsDefaultsAndConvertsTypes() {
        const ValidatedJob job =
            registry_.validate(tts({{QStringLiteral("rate"), QStringLiteral("200")}}), nullptr);
        QCOMPARE(job.parameters.value(QStringLiteral("rate")).toLongLong(), 200);
        QCOMPARE(job.parameters.value(QStringLiteral("pitch")).toLongLong(), 50);
        QCOMPARE(job.engine, QStringLiteral("espeak-ng"));
        JobRequest noEngine = tts();
        noEngine.engine.clear();
        QCOMPARE(registry_.validate(noEngine, nullptr).engine, QStringLiteral("espeak-ng"));
        const ValidatedJob denoise =
            registry_.validate(JobRequest{QStringLiteral("denoise"),
                                          {},
                                          {},
                                          {{QStringLiteral("normalize"), QStringLiteral("yes")}},
                                          JobInputs({{QStringLiteral("audio"), audioFile_}})},
                               nullptr);
        QCOMPARE(denoise.parameters.value(QStringLiteral("normalize")).toBool(), true);
    }

    void namesTheOffendingParameter() {
        QString message = expectInvalid(tts({{QStringLiteral("rate"), 9000}}),
                                        QStringLiteral("rate"), ValidationError::Kind::OutOfRange);
        QVERIFY2(
            message.contains(QStringLiteral("rate")) && message.contains(QStringLiteral("9000")),
            qPrintable(message));
        message = expectInvalid(tts({{QStringLiteral("rate"), QStringLiteral("fast")}}),
                                QStringLiteral("rate"), ValidationError::Kind::Malformed);
        QVERIFY(message.contains(QStringLiteral("fast")));
        expectInvalid(tts({{QStringLiteral("rate"), 150.5}}), QStringLiteral("rate"),
                      ValidationError::Kind::Malformed);
        message = expectInvalid(tts({{QStringLiteral("loudness"), 3}}), QStringLiteral("loudness"),
                                ValidationError::Kind::Unknown);
        QVERIFY(message.contains(QStringLiteral("rate")));  // lists the known ones
        expectInvalid(tts({{QStringLiteral("voice"), QStringLiteral("no-such-voice")}}),
                      QStringLiteral("voice"), ValidationError::Kind::OutOfRange);
    }

    void checksCapabilityEngineModelAndInputs() {
        JobRequest request = tts();
        request.capability = QStringLiteral("teleport");
        expectInvalid(request, QStringLiteral("capability"), ValidationError::Kind::Unknown);
        request = tts();
        request.engine = QStringLiteral("festival");
        expectInvalid(request, QStringLiteral("engine"), ValidationError::Kind::Unknown);
        request = tts();
        request.model = QStringLiteral("whisper-tiny");
        expectInvalid(request, QStringLiteral("model"), ValidationError::Kind::Unknown);
        request = tts();
        request.inputs.setText(QStringLiteral("text"), QStringLiteral("   "));
        expectInvalid(request, QStringLiteral("text"), ValidationError::Kind::Missing);
        request = tts();
        request.inputs.setFiles(QStringLiteral("audio"), {audioFile_});
        expectInvalid(request, QStringLiteral("audio"), ValidationError::Kind::Unknown);

        JobRequest stt{QStringLiteral("stt"), QStringLiteral("pocketsphinx"), {}, {}, {}};
        expectInvalid(stt, QStringLiteral("audio"), ValidationError::Kind::Missing);
        stt.inputs.setFiles(QStringLiteral("audio"),
                            {dir_.filePath(QStringLiteral("missing.wav"))});
        const QString message =
            expectInvalid(stt, QStringLiteral("audio"), ValidationError::Kind::Missing);
        QVERIFY(message.contains(QStringLiteral("missing.wav")));
        stt.inputs.setFiles(QStringLiteral("audio"), {audioFile_, audioFile_});
        expectInvalid(stt, QStringLiteral("audio"), ValidationError::Kind::OutOfRange);
    }

    void missingModelSaysHowToInstallIt() {
        ModelRepository models(dir_.filePath(QStringLiteral("models")), ModelCatalog::builtin());
        try {
            models.require(QStringLiteral("whisper-large-v3-turbo"), {QStringLiteral("whisper")});
            QFAIL("an uninstalled model must be refused");
        } catch (const ModelNotInstalledError& error) {
            QVERIFY(error.message().contains(
                QStringLiteral("sonara models install whisper-large-v3-turbo")));
            QVERIFY(error.message().contains(QStringLiteral("Models page")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
