// The `accent-changer` capability's chain on real engines: eSpeak NG speech with an American
// accent, transcribed by PocketSphinx, spoken again by eSpeak NG in a British accent, converted
// back to the speaker by the tiny kNN-VC of the fixtures with the input as the matching set, each
// segment fitted to its slot and spliced in between the original pauses. And the errors: an
// accent no installed voice speaks, no conversion model, a recording too short or without speech.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/model_catalog.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

#include "support/knnvc_fixtures.h"

using namespace sonara::core;
using audio::AudioBuffer;

namespace {

struct Changed {
    AudioBuffer audio;
    QJsonObject report;
    QStringList stages;
};

}  // namespace

class TestAccentChangerEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    CapabilityRegistry registry_;
    std::unique_ptr<ModelRepository> models_;
    std::unique_ptr<ModelRepository> noModels_;
    QString speech_;
    int jobs_ = 0;

    QString speak(const QString& name, const QString& text) {
        JobRequest request;
        request.capability = QStringLiteral("tts");
        request.engine = QStringLiteral("espeak-ng");
        request.inputs.setText(QStringLiteral("text"), text);
        request.parameters = {{QStringLiteral("voice"), QStringLiteral("en-us")},
                              {QStringLiteral("variant"), QStringLiteral("m3")}};
        const ValidatedJob job = registry_.validate(request, models_.get());
        const QString folder = dir_.filePath(QStringLiteral("speak-") + name);
        QDir().mkpath(folder);
        JobContext context(folder, nullptr, [](double, const QString&) {});
        const QList<EngineOutput> outputs =
            registry_.engine(job.capability, job.engine)->run(job, context);
        const QString path = dir_.filePath(name);
        QFile::rename(outputs.first().filePath, path);
        return path;
    }

    ValidatedJob job(const QString& input, const QString& accent) {
        JobRequest request;
        request.capability = QStringLiteral("accent-changer");
        request.inputs.setFiles(QStringLiteral("audio"), {input});
        request.inputs.setText(QStringLiteral("accent"), accent);
        return registry_.validate(request, models_.get());
    }

    Changed change(const ValidatedJob& request, const ModelRepository* models = nullptr) {
        const QString work = dir_.filePath(QStringLiteral("work/job-%1").arg(++jobs_));
        QDir().mkpath(work);
        Changed changed;
        JobContext context(work, nullptr, [&](double, const QString& stage) {
            if (changed.stages.isEmpty() || changed.stages.last() != stage) {
                changed.stages.append(stage);
            }
        });
        context.setCapabilities(
            CapabilityAccess{&registry_, models ? models : models_.get(), nullptr});
        for (const EngineOutput& output :
             registry_.engine(request.capability, request.engine)->run(request, context)) {
            if (output.outputId == QLatin1String("audio")) {
                changed.audio = audio::decodeFile(output.filePath);
            } else if (output.outputId == QLatin1String("report")) {
                QFile file(output.filePath);
                if (file.open(QIODevice::ReadOnly)) {
                    changed.report = QJsonDocument::fromJson(file.readAll()).object();
                }
            }
        }
        return changed;
    }

    QString refusal(const ValidatedJob& request, const ModelRepository* models = nullptr) {
        try {
            change(request, models);
        } catch (const EngineError& error) {
            return error.message();
        }
        return QStringLiteral("<changed>");
    }

    bool wroteNothing() const {
        return QDir(dir_.filePath(QStringLiteral("work/job-%1").arg(jobs_)))
            .entryList(QDir::Files)
            .isEmpty();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        registerBuiltinEngines(registry_);
        models_ = std::make_unique<ModelRepository>(dir_.filePath(QStringLiteral("models")),
                                                    ModelCatalog::builtin());
        noModels_ = std::make_unique<ModelRepository>(dir_.filePath(QStringLiteral("none")),
                                                      ModelCatalog::builtin());
        const QString fixtures =
            qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                        QStringLiteral("/tests/fixtures"));
        const QString folder = dir_.filePath(QStringLiteral("tiny-knnvc"));
        sonara::test::writeTinyKnnVc(fixtures.toStdString(), folder.toStdString());
        models_->installFromFolder(QStringLiteral("tiny-knnvc"), folder, QStringLiteral("knn-vc"));
        // Two sentences with a second's pause between them, as people speak.
        const AudioBuffer first = audio::decodeFile(
            speak(QStringLiteral("first.wav"),
                  QStringLiteral("The weather was lovely on Saturday afternoon.")));
        const AudioBuffer second = audio::decodeFile(
            speak(QStringLiteral("second.wav"),
                  QStringLiteral("We walked along the river to the old water tower and back.")));
        const auto pause = [&](double seconds) {
            return AudioBuffer{first.sampleRate, first.channels,
                               std::vector<float>(size_t(seconds * first.sampleRate), 0.0f)};
        };
        speech_ = dir_.filePath(QStringLiteral("speech.wav"));
        audio::encodeFile(audio::concatenate({pause(0.5), first, pause(1.0), second, pause(0.5)}),
                          speech_);
    }

    void theDescriptorOffersAccentsTheVoicesSpeak() {
        const CapabilityDescriptor* d = registry_.capability(QStringLiteral("accent-changer"));
        QVERIFY(d);
        QCOMPARE(d->input(QStringLiteral("audio"))->kind, InputKind::Audio);
        const InputSpec* accent = d->input(QStringLiteral("accent"));
        QVERIFY(accent && accent->required);
        QCOMPARE(accent->kind, InputKind::Choice);
        QVERIFY(accent->choices.contains(QStringLiteral("en-gb")));
        QVERIFY(accent->choices.contains(QStringLiteral("en-us")));
        QVERIFY(accent->choices.contains(QStringLiteral("en-in")));
        QCOMPARE(d->outputs.size(), 2);
        QCOMPARE(d->outputs.at(1).kind, OutputKind::Document);
        // Every accent but en-in (which needs a VITS voice made for it) has an eSpeak NG voice.
        QStringList espeak;
        for (const ParameterSpec& spec : registry_.capability(QStringLiteral("tts"))
                                             ->parametersFor(QStringLiteral("espeak-ng"))) {
            if (spec.id == QLatin1String("voice")) {
                espeak = spec.choices;
            }
        }
        for (const QString& choice : accent->choices) {
            if (choice != QLatin1String("en-in")) {
                QVERIFY2(espeak.contains(choice), qPrintable(choice));
            }
        }
        QVERIFY(!registry_.engines(QStringLiteral("accent-changer")).first().needsModel());
    }

    void changesTheAccentKeepingTimingAndPauses() {
        const AudioBuffer input = audio::decodeFile(speech_);
        const Changed changed = change(job(speech_, QStringLiteral("en-gb")));
        QCOMPARE(changed.audio.sampleRate, input.sampleRate);
        QCOMPARE(changed.audio.channels, input.channels);
        QCOMPARE(changed.audio.frames(), input.frames());
        QCOMPARE(changed.report.value(QStringLiteral("accent")).toString(),
                 QStringLiteral("en-gb"));
        QCOMPARE(changed.report.value(QStringLiteral("synthesis")).toString(),
                 QStringLiteral("espeak-ng en-gb"));
        QCOMPARE(changed.report.value(QStringLiteral("conversion")).toString(),
                 QStringLiteral("tiny-knnvc"));
        QVERIFY(changed.stages.contains(QStringLiteral("Converting to the speaker's voice")));

        const QJsonArray segments = changed.report.value(QStringLiteral("segments")).toArray();
        QVERIFY(!segments.isEmpty());
        const int rate = input.sampleRate;
        double previousEnd = 0;
        qint64 keptFrames = 0;
        for (const QJsonValue& value : segments) {
            const QJsonObject row = value.toObject();
            const double start = row.value(QStringLiteral("start")).toDouble();
            const double end = row.value(QStringLiteral("end")).toDouble();
            QVERIFY(!row.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(row.value(QStringLiteral("synthesized_seconds")).toDouble() > 0);
            const double stretch = row.value(QStringLiteral("stretch")).toDouble();
            QVERIFY2(stretch >= 0.8 - 1e-6 && stretch <= 1.25 + 1e-6,
                     qPrintable(QString::number(stretch)));
            const QJsonArray flags = row.value(QStringLiteral("flags")).toArray();
            const bool fitted = !flags.contains(QStringLiteral("too_long")) &&
                                !flags.contains(QStringLiteral("too_short"));
            if (fitted) {
                // Rubber Band lands within a few milliseconds of the slot.
                QVERIFY2(std::abs(row.value(QStringLiteral("fitted_seconds")).toDouble() -
                                  (end - start)) < 0.05,
                         qPrintable(QJsonDocument(row).toJson()));
            }
            // The pause before the segment is the original's, sample for sample, away from the
            // crossfades.
            const qint64 from = std::llround((previousEnd + 0.05) * rate);
            const qint64 to = std::llround((start - 0.03) * rate);
            for (qint64 f = from; f < to; ++f) {
                for (int c = 0; c < input.channels; ++c) {
                    const size_t i = size_t(f * input.channels + c);
                    QCOMPARE(changed.audio.samples[i], input.samples[i]);
                }
                ++keptFrames;
            }
            previousEnd =
                flags.contains(QStringLiteral("cut_at_next_segment"))
                    ? start + row.value(QStringLiteral("fitted_seconds")).toDouble()
                    : std::max(end, start + row.value(QStringLiteral("fitted_seconds")).toDouble());
        }
        // The speech itself is replaced.
        const AudioBuffer& out = changed.audio;
        const QJsonObject first = segments.first().toObject();
        const qint64 a =
            std::llround((first.value(QStringLiteral("start")).toDouble() + 0.05) * rate);
        const qint64 b =
            std::llround((first.value(QStringLiteral("end")).toDouble() - 0.05) * rate);
        bool differs = false;
        for (qint64 f = a; f < b && !differs; ++f) {
            differs =
                out.samples[size_t(f * out.channels)] != input.samples[size_t(f * input.channels)];
        }
        QVERIFY(differs);
        QVERIFY2(keptFrames > rate / 2, qPrintable(QString::number(keptFrames)));
    }

    void refusesWhatItCannotChange() {
        const QString unknown = refusal(job(speech_, QStringLiteral("en-in")));
        QVERIFY2(unknown.contains(QStringLiteral("en-in")) &&
                     unknown.contains(QStringLiteral("en-gb")) &&
                     unknown.contains(QStringLiteral("install")),
                 qPrintable(unknown));
        QVERIFY(wroteNothing());

        const QString noModel = refusal(job(speech_, QStringLiteral("en-gb")), noModels_.get());
        QVERIFY2(noModel.contains(QStringLiteral("install knn-vc")), qPrintable(noModel));
        QVERIFY(wroteNothing());

        const QString shortFile = dir_.filePath(QStringLiteral("short.wav"));
        audio::encodeFile(AudioBuffer{16000, 1, std::vector<float>(16000, 0.1f)}, shortFile);
        const QString tooShort = refusal(job(shortFile, QStringLiteral("en-gb")));
        QVERIFY2(tooShort.contains(QStringLiteral("short.wav")) &&
                     tooShort.contains(QStringLiteral("at least 3 s")),
                 qPrintable(tooShort));

        const QString silenceFile = dir_.filePath(QStringLiteral("silence.wav"));
        audio::encodeFile(AudioBuffer{16000, 1, std::vector<float>(5 * 16000, 0.0f)}, silenceFile);
        const QString silence = refusal(job(silenceFile, QStringLiteral("en-gb")));
        QVERIFY2(silence.contains(QStringLiteral("no speech was found in silence.wav")),
                 qPrintable(silence));
        QVERIFY(wroteNothing());

        const QString notes = dir_.filePath(QStringLiteral("notes.wav"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not audio\n");
        file.close();
        const QString unreadable = refusal(job(notes, QStringLiteral("en-gb")));
        QVERIFY2(
            unreadable.contains(QStringLiteral("notes.wav")) && !unreadable.contains(dir_.path()),
            qPrintable(unreadable));
    }
};

QTEST_GUILESS_MAIN(TestAccentChangerEngine)
#include "test_accent_changer_engine.moc"
