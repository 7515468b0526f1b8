// The `separate` capability's Demucs engines on the tiny random-weight checkpoints of the
// fixtures: stems at the input's rate and channel count, the two-stem sum, refusals, cancel.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/demucs_separation_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>

#include "support/demucs_fixtures.h"

using namespace sonara::core;
using sonara::test::writeTinyDemucs;

namespace {

audio::AudioBuffer music(int rate, int channels, double seconds) {
    audio::AudioBuffer buffer{rate, channels, {}};
    const int frames = int(rate * seconds);
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const float kick =
            float(0.4 * std::sin(2 * M_PI * 60 * t) * std::exp(-8 * std::fmod(t, 0.5)));
        const float voice = float(0.2 * std::sin(2 * M_PI * 330 * t));
        for (int c = 0; c < channels; ++c) {
            buffer.samples.push_back(kick + (c == 0 ? voice : 0.5f * voice));
        }
    }
    return buffer;
}

}  // namespace

class TestSeparationEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString hdemucs_;
    QString htdemucs_;
    int jobs_ = 0;

    ValidatedJob job(const QString& engine, const QString& input, QVariantMap parameters = {}) {
        ValidatedJob job;
        job.capability = QStringLiteral("separate");
        job.engine = engine;
        job.model = InstalledModel{QStringLiteral("tiny-") + engine, engine,
                                   engine == QLatin1String("hdemucs") ? hdemucs_ : htdemucs_, 0};
        job.inputs.setFiles(QStringLiteral("audio"), {input});
        job.parameters = parameters;
        return job;
    }

    QString input(const QString& name, const audio::AudioBuffer& buffer) {
        const QString path = dir_.filePath(name);
        audio::encodeFile(buffer, path);
        return path;
    }

    QMap<QString, audio::AudioBuffer> separate(const std::shared_ptr<Engine>& engine,
                                               const ValidatedJob& request,
                                               std::atomic_bool* cancel = nullptr,
                                               QString* work = nullptr) {
        const QString folder = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(folder);
        if (work) {
            *work = folder;
        }
        JobContext context(folder, cancel, [cancel](double fraction, const QString&) {
            if (cancel && fraction > 0.1) {
                cancel->store(true);
            }
        });
        QMap<QString, audio::AudioBuffer> stems;
        for (const EngineOutput& output : engine->run(request, context)) {
            stems.insert(output.outputId, audio::decodeFile(output.filePath));
        }
        return stems;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        hdemucs_ = dir_.filePath(QStringLiteral("hdemucs"));
        htdemucs_ = dir_.filePath(QStringLiteral("htdemucs"));
        QVERIFY(writeTinyDemucs(QStringLiteral("hdemucs"), hdemucs_));
        QVERIFY(writeTinyDemucs(QStringLiteral("htdemucs"), htdemucs_));
    }

    void theCapabilityListsBothEnginesHTDemucsFirst() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        const QList<EngineInfo> engines = registry.engines(QStringLiteral("separate"));
        QCOMPARE(engines.size(), 2);
        QCOMPARE(engines.at(0).id, QStringLiteral("htdemucs"));
        QCOMPARE(engines.at(1).id, QStringLiteral("hdemucs"));
        QVERIFY(registry.capability(QStringLiteral("separate"))->firstFileInput());
    }

    void stemsComeBackAtTheInputsRateAndChannels() {
        const QString mono = input(QStringLiteral("mono.wav"), music(22050, 1, 1.5));
        const auto stems =
            separate(hdemucsSeparationEngine(), job(QStringLiteral("hdemucs"), mono));
        QCOMPARE(stems.keys(), (QStringList{QStringLiteral("bass"), QStringLiteral("drums"),
                                            QStringLiteral("other"), QStringLiteral("vocals")}));
        for (const audio::AudioBuffer& stem : stems) {
            QCOMPARE(stem.sampleRate, 22050);
            QCOMPARE(stem.channels, 1);
            QVERIFY2(std::abs(stem.frames() - 33075) <= 2,
                     qPrintable(QString::number(stem.frames())));
        }
    }

    void twoStemsAreTheVocalsAndTheSumOfTheRest() {
        const QString stereo = input(QStringLiteral("stereo.wav"), music(44100, 2, 1.2));
        const auto all =
            separate(hdemucsSeparationEngine(), job(QStringLiteral("hdemucs"), stereo));
        const auto two =
            separate(hdemucsSeparationEngine(),
                     job(QStringLiteral("hdemucs"), stereo,
                         {{QStringLiteral("stems"), QStringLiteral("vocals-accompaniment")}}));
        QCOMPARE(two.keys(),
                 (QStringList{QStringLiteral("accompaniment"), QStringLiteral("vocals")}));
        const auto& accompaniment = two.value(QStringLiteral("accompaniment"));
        QCOMPARE(accompaniment.samples.size(), all.value(QStringLiteral("drums")).samples.size());
        double worst = 0;
        double energy = 0;
        for (size_t i = 0; i < accompaniment.samples.size(); ++i) {
            const float sum = all.value(QStringLiteral("drums")).samples[i] +
                              all.value(QStringLiteral("bass")).samples[i] +
                              all.value(QStringLiteral("other")).samples[i];
            worst = std::max(worst, double(std::abs(sum - accompaniment.samples[i])));
            energy += double(sum) * sum;
        }
        QVERIFY(energy > 0);
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
        QCOMPARE(two.value(QStringLiteral("vocals")).samples,
                 all.value(QStringLiteral("vocals")).samples);
    }

    void htdemucsSeparatesToo() {
        const QString stereo = input(QStringLiteral("ht.wav"), music(44100, 2, 1.0));
        const auto stems =
            separate(htdemucsSeparationEngine(), job(QStringLiteral("htdemucs"), stereo));
        QVERIFY(stems.contains(QStringLiteral("vocals")));
        for (const audio::AudioBuffer& stem : stems) {
            QCOMPARE(stem.channels, 2);
            QCOMPARE(stem.frames(), qint64(44100));
        }
    }

    void refusesWhatItCannotSeparate() {
        const QString blip = input(QStringLiteral("blip.wav"), music(44100, 2, 0.05));
        try {
            separate(hdemucsSeparationEngine(), job(QStringLiteral("hdemucs"), blip));
            QFAIL("a 50 ms file was separated");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("too short")) &&
                         error.message().contains(QStringLiteral("blip.wav")),
                     qPrintable(error.message()));
        }
        const QString notes = dir_.filePath(QStringLiteral("notes.wav"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not audio at all\n");
        file.close();
        try {
            separate(hdemucsSeparationEngine(), job(QStringLiteral("hdemucs"), notes));
            QFAIL("a text file was separated");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("notes.wav")),
                     qPrintable(error.message()));
            QVERIFY(!error.message().contains(dir_.path()));
        }
    }

    void cancelLeavesNothingBehind() {
        const QString stereo = input(QStringLiteral("long.wav"), music(44100, 2, 25.0));
        std::atomic_bool cancel{false};
        QString work;
        try {
            separate(hdemucsSeparationEngine(), job(QStringLiteral("hdemucs"), stereo), &cancel,
                     &work);
            QFAIL("the job was not cancelled");
        } catch (const JobCancelled&) {
        }
        QVERIFY(cancel.load());
        QVERIFY2(QDir(work).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(work).entryList(QDir::Files).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSeparationEngine)
#include "test_separation_engine.moc"
