// The `voice-changer` capability's kNN-VC engine on the tiny model of the fixtures (WavLM and
// HiFi-GAN fixtures in the authors' layout), through the registry's validation with a real voice
// library: eSpeak NG speech converted to a library voice and to reference recordings, the input's
// timing kept, the pitch, the voice's cached matching set (of the recordings' speech only, their
// silence trimmed), text to speech in a library voice, the errors and cancelling.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/store/asset_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <atomic>
#include <cmath>

#include "support/knnvc_fixtures.h"

using namespace sonara::core;

namespace {

const QString kModel = QStringLiteral("tiny-knnvc");

double peak(const audio::AudioBuffer& buffer) {
    double worst = 0;
    for (float v : buffer.samples) {
        worst = std::max(worst, double(std::abs(v)));
    }
    return worst;
}

// The frames of a voice's cached matching set: the first dimension of the one tensor of its
// safetensors file (an 8-byte little-endian header length, then the JSON header).
qint64 matchingFrames(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray length = file.read(8);
    if (length.size() != 8) {
        return -1;
    }
    const QJsonObject header =
        QJsonDocument::fromJson(file.read(qint64(qFromLittleEndian<quint64>(length.constData()))))
            .object();
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() != QLatin1String("__metadata__")) {
            return qint64(
                it.value().toObject().value(QStringLiteral("shape")).toArray().at(0).toDouble());
        }
    }
    return -1;
}

}  // namespace

class TestVoiceChangerEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;
    QString speech_;
    QStringList target_;
    int jobs_ = 0;

    // eSpeak NG speaking `text`, through the tts capability's engine.
    QString speak(const QString& name, const QString& text, const QString& variant, int pitch) {
        JobRequest request;
        request.capability = QStringLiteral("tts");
        request.engine = QStringLiteral("espeak-ng");
        request.inputs.setText(QStringLiteral("text"), text);
        request.parameters = {{QStringLiteral("variant"), variant},
                              {QStringLiteral("pitch"), pitch}};
        const ValidatedJob job = host_->registry().validate(request, &host_->models());
        const QString folder = dir_.filePath(QStringLiteral("speak-%1").arg(name));
        QDir().mkpath(folder);
        JobContext context(folder, nullptr, [](double, const QString&) {});
        const QList<EngineOutput> outputs =
            host_->registry().engine(job.capability, job.engine)->run(job, context);
        const QString path = dir_.filePath(name);
        QFile::rename(outputs.first().filePath, path);
        return path;
    }

    ValidatedJob job(const QString& input, const QVariantMap& inputs,
                     const QVariantMap& parameters = {}) {
        JobRequest request;
        request.capability = QStringLiteral("voice-changer");
        request.engine = QStringLiteral("knn-vc");
        request.model = kModel;
        request.inputs.setFiles(QStringLiteral("audio"), {input});
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            request.inputs.set(it.key(), it.value());
        }
        request.parameters = parameters;
        return host_->registry().validate(request, &host_->models(), &host_->voices());
    }

    struct Result {
        audio::AudioBuffer audio;
        QStringList stages;
        QString work;
    };

    Result convert(const ValidatedJob& request, std::atomic_bool* cancel = nullptr) {
        Result result;
        result.work = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(result.work);
        JobContext context(
            result.work, cancel,
            [&result, cancel](double fraction, const QString& stage) {
                if (!result.stages.contains(stage)) {
                    result.stages.append(stage);
                }
                if (cancel && fraction > 0.5) {
                    cancel->store(true);
                }
            },
            &host_->modelCache());
        context.setCapabilities(
            CapabilityAccess{&host_->registry(), &host_->models(), &host_->voices()});
        const QList<EngineOutput> outputs =
            host_->registry().engine(request.capability, request.engine)->run(request, context);
        if (outputs.size() == 1 && outputs.first().outputId == QLatin1String("audio")) {
            result.audio = audio::decodeFile(outputs.first().filePath);
        }
        return result;
    }

    QString refusal(const ValidatedJob& request) {
        try {
            convert(request);
        } catch (const EngineError& error) {
            return error.message();
        }
        return QStringLiteral("<converted>");
    }

    QString voice(const QString& name, const QStringList& files) {
        VoiceRequest request;
        request.name = name;
        for (const QString& file : files) {
            request.samples.append(host_->assets().add(file, store::AssetDescription{}).id);
        }
        request.consent.by = name;
        request.consent.statement = standardConsentStatement();
        return host_->voices().create(request).id;
    }

    // The body of aLibraryVoiceIsLearnedOnceAndCachedWithTheVoice, whose store calls may throw.
    void libraryVoice() {
        const QString id = voice(QStringLiteral("narrator"), target_);
        const ValidatedJob request =
            job(speech_, {{QStringLiteral("voice"), QStringLiteral("narrator")}});
        const QString cache = request.inputs.voiceCacheDirectory(QStringLiteral("voice"));
        QVERIFY(cache.endsWith(id));
        const QString file =
            QDir(cache).filePath(QStringLiteral("knn-vc-%1.safetensors").arg(kModel));

        const Result first = convert(request);
        QVERIFY(first.stages.contains(QStringLiteral("Learning the voice")));
        QVERIFY(QFileInfo::exists(file));
        const QDateTime written = QFileInfo(file).lastModified();

        const Result second = convert(job(speech_, {{QStringLiteral("voice"), id}}));
        QVERIFY2(second.stages.contains(QStringLiteral("Using the voice's cached features")) &&
                     !second.stages.contains(QStringLiteral("Learning the voice")),
                 qPrintable(second.stages.join(QStringLiteral(", "))));
        QCOMPARE(QFileInfo(file).lastModified(), written);
        QCOMPARE(second.audio.samples, first.audio.samples);

        // The same recordings as reference clips give the same voice (the library's are the
        // cleaned copies it made when the voice was added).
        const QStringList cleaned = host_->voices().samplePaths(*host_->voices().find(id));
        QVERIFY(cleaned.size() == target_.size() && cleaned != target_);
        const Result reference = convert(job(speech_, {{QStringLiteral("reference"), cleaned}}));
        QCOMPARE(reference.audio.samples, first.audio.samples);

        // A voice of other recordings does not reuse that cache.
        const QString other = voice(QStringLiteral("other"), {target_.at(0)});
        const Result third = convert(job(speech_, {{QStringLiteral("voice"), other}}));
        QVERIFY(third.stages.contains(QStringLiteral("Learning the voice")));

        // A stale or damaged cache is recomputed, never trusted.
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("damaged");
        damaged.close();
        const Result fourth = convert(request);
        QVERIFY(fourth.stages.contains(QStringLiteral("Learning the voice")));
        QCOMPARE(fourth.audio.samples, first.audio.samples);

        host_->voices().remove(id);
        QVERIFY(!QDir(cache).exists());
    }

    QString cacheFileOf(const QString& voiceId) {
        const QString folder = job(speech_, {{QStringLiteral("voice"), voiceId}})
                                   .inputs.voiceCacheDirectory(QStringLiteral("voice"));
        return QDir(folder).filePath(QStringLiteral("knn-vc-%1.safetensors").arg(kModel));
    }

    // The body of silenceInTheRecordingsIsNotMatched.
    void silenceTrimmed() {
        const audio::AudioBuffer clip = audio::decodeFile(target_.at(0));
        const auto padded = [&](const QString& name, double seconds) {
            const size_t pad = size_t(seconds * clip.sampleRate * clip.channels);
            audio::AudioBuffer buffer{clip.sampleRate, clip.channels,
                                      std::vector<float>(pad, 0.0f)};
            buffer.samples.insert(buffer.samples.end(), clip.samples.begin(), clip.samples.end());
            buffer.samples.insert(buffer.samples.end(), pad, 0.0f);
            const QString file = dir_.filePath(name + QStringLiteral(".wav"));
            audio::EncodeOptions encode;
            encode.sampleFormat = audio::SampleFormat::Float32;
            audio::encodeFile(buffer, file, encode);
            return voice(name, {file});
        };
        const QString plainVoice = voice(QStringLiteral("plain"), {target_.at(0)});
        const QString shortPad = padded(QStringLiteral("padded-1s"), 1.0);
        const QString longPad = padded(QStringLiteral("padded-4s"), 4.0);
        QMap<QString, qint64> frames;
        for (const QString& id : {plainVoice, shortPad, longPad}) {
            convert(job(speech_, {{QStringLiteral("voice"), id}}));
            frames[id] = matchingFrames(cacheFileOf(id));
        }
        const QString figures = QStringLiteral("%1 frames; with 1 s of silence around %2, 4 s %3")
                                    .arg(frames[plainVoice])
                                    .arg(frames[shortPad])
                                    .arg(frames[longPad]);
        // 3 s more silence on each side would add 300 frames of 20 ms: none of it is matched.
        QVERIFY2(frames[plainVoice] > 0 && std::abs(frames[longPad] - frames[shortPad]) <= 1,
                 qPrintable(figures));
        // Against the clip as it is (whose own short pauses at its ends count as speech), the
        // silence leaves at most the VAD's widening and those pauses, far from its 100 frames.
        QVERIFY2(std::abs(frames[shortPad] - frames[plainVoice]) <= 30, qPrintable(figures));
        // The speech itself is kept: most of the clip's 20 ms frames are there.
        QVERIFY2(frames[plainVoice] > qint64(clip.durationSeconds() * 50 * 0.6),
                 qPrintable(figures));

        // A recording of silence alone gives no speech at all, however long it is (the library
        // refuses such a recording already; reference recordings come with the job).
        const QString silence = dir_.filePath(QStringLiteral("silence.wav"));
        audio::encodeFile(audio::AudioBuffer{16000, 1, std::vector<float>(5 * 16000, 0.0f)},
                          silence);
        const QString refused = refusal(job(speech_, {{QStringLiteral("reference"), silence}}));
        QVERIFY2(refused.contains(QStringLiteral("only 0.00 s of speech")), qPrintable(refused));
    }

    // The body of speaksTextInALibraryVoice.
    void libraryVoiceSpeech() {
        const QString id = voice(QStringLiteral("announcer"), target_);
        JobRequest request;
        request.capability = QStringLiteral("tts");
        request.engine = QStringLiteral("espeak-ng");
        request.inputs.setText(QStringLiteral("text"),
                               QStringLiteral("Good evening, and welcome to the programme."));
        request.inputs.setText(QStringLiteral("voice"), QStringLiteral("announcer"));
        const ValidatedJob inVoiceJob =
            host_->registry().validate(request, &host_->models(), &host_->voices());
        const Result inVoice = convert(inVoiceJob);
        QVERIFY2(inVoice.stages.contains(QStringLiteral("Learning the voice")),
                 qPrintable(inVoice.stages.join(QStringLiteral(", "))));
        request.inputs.remove(QStringLiteral("voice"));
        const Result plain =
            convert(host_->registry().validate(request, &host_->models(), &host_->voices()));
        QVERIFY(!plain.audio.samples.empty());
        QCOMPARE(inVoice.audio.sampleRate, plain.audio.sampleRate);

        // It is the engine's speech (kept in the job's work folder) converted to the voice, in
        // the speech's timing: the voice changer on that speech gives the very same samples,
        // from the voice's cached features.
        const QStringList spoken =
            QDir(inVoice.work + QStringLiteral("/speak")).entryList(QDir::Files);
        QCOMPARE(spoken.size(), 1);
        const QString spokenFile = inVoice.work + QStringLiteral("/speak/") + spoken.first();
        QCOMPARE(inVoice.audio.frames(), audio::decodeFile(spokenFile).frames());
        const Result changed = convert(job(spokenFile, {{QStringLiteral("voice"), id}}));
        QVERIFY(changed.stages.contains(QStringLiteral("Using the voice's cached features")));
        QCOMPARE(changed.audio.samples, inVoice.audio.samples);
        QVERIFY(inVoice.audio.samples != audio::decodeFile(spokenFile).samples);

        // Without a conversion model it says what to install, and writes nothing.
        const QString work = dir_.filePath(QStringLiteral("no-model"));
        QDir().mkpath(work);
        JobContext context(work, nullptr, [](double, const QString&) {});
        context.setCapabilities(CapabilityAccess{&host_->registry(), nullptr, &host_->voices()});
        try {
            host_->registry()
                .engine(QStringLiteral("tts"), QStringLiteral("espeak-ng"))
                ->run(inVoiceJob, context);
            QFAIL("spoke in a library voice without a conversion model");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("install knn-vc")) &&
                         error.message().contains(id),
                     qPrintable(error.message()));
        }
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        EngineHostOptions options;
        options.dataDirectory = dir_.filePath(QStringLiteral("data"));
        options.resumeQueuedJobs = false;
        host_ = std::make_unique<EngineHost>(options);
        const QString fixtures =
            qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                        QStringLiteral("/tests/fixtures"));
        const QString folder = dir_.filePath(QStringLiteral("tiny-knnvc"));
        sonara::test::writeTinyKnnVc(fixtures.toStdString(), folder.toStdString());
        host_->models().installFromFolder(kModel, folder, QStringLiteral("knn-vc"));

        speech_ = speak(QStringLiteral("speech.wav"),
                        QStringLiteral("The quick brown fox jumps over the lazy dog."),
                        QStringLiteral("m3"), 40);
        target_ = {
            speak(QStringLiteral("target1.wav"),
                  QStringLiteral("She sells sea shells by the sea shore, every single morning of "
                                 "the long and sunny summer."),
                  QStringLiteral("f2"), 70),
            speak(QStringLiteral("target2.wav"),
                  QStringLiteral("How much wood would a woodchuck chuck?"), QStringLiteral("f2"),
                  70)};
    }

    void theCapabilityDescribesItsInputsAndParameters() {
        const CapabilityDescriptor* descriptor =
            host_->registry().capability(QStringLiteral("voice-changer"));
        QVERIFY(descriptor);
        QVERIFY(descriptor->input(QStringLiteral("audio"))->required);
        QCOMPARE(descriptor->input(QStringLiteral("voice"))->kind, InputKind::Voice);
        QVERIFY(!descriptor->input(QStringLiteral("voice"))->required);
        QVERIFY(descriptor->input(QStringLiteral("reference"))->multiple);
        QVERIFY(!descriptor->input(QStringLiteral("reference"))->required);
        QCOMPARE(descriptor->parameter(QStringLiteral("k"))->defaultValue.toInt(), 4);
        QCOMPARE(descriptor->parameter(QStringLiteral("pitch"))->unit, QStringLiteral("semitones"));
        QVERIFY(descriptor->parameter(QStringLiteral("keep_timing"))->defaultValue.toBool());
        const QList<EngineInfo> engines =
            host_->registry().engines(QStringLiteral("voice-changer"));
        QCOMPARE(engines.size(), 1);
        QCOMPARE(engines.first().architectures, QStringList{QStringLiteral("knn-vc")});
    }

    void convertsToReferenceRecordingsKeepingTheInputsTiming() {
        const audio::AudioBuffer input = audio::decodeFile(speech_);
        const Result result = convert(job(speech_, {{QStringLiteral("reference"), target_}}));
        QCOMPARE(result.audio.sampleRate, input.sampleRate);
        QCOMPARE(result.audio.channels, input.channels);
        QCOMPARE(result.audio.frames(), input.frames());
        // The tiny model's random weights speak at about -85 dB, below loudness gating (-70 LUFS),
        // so the level match leaves it as it is: it must only not be silence.
        QVERIFY2(peak(result.audio) > 1e-6, qPrintable(QString::number(peak(result.audio))));
        QVERIFY(result.stages.contains(QStringLiteral("Learning the reference voice")));

        const Result natural = convert(job(speech_, {{QStringLiteral("reference"), target_}},
                                           {{QStringLiteral("keep_timing"), false}}));
        // WavLM's frames of 20 ms: the vocoder's output ends within one frame of the input.
        const qint64 frame = input.sampleRate / 50;
        QVERIFY2(
            natural.audio.frames() < input.frames() &&
                natural.audio.frames() > input.frames() - 2 * frame,
            qPrintable(QStringLiteral("%1 vs %2").arg(natural.audio.frames()).arg(input.frames())));
    }

    void pitchAndKChangeTheResult() {
        const QVariantMap reference{{QStringLiteral("reference"), target_}};
        const Result plain = convert(job(speech_, reference));
        const Result higher = convert(job(speech_, reference, {{QStringLiteral("pitch"), 7.0}}));
        const Result smoother = convert(job(speech_, reference, {{QStringLiteral("k"), 16}}));
        QCOMPARE(higher.audio.frames(), plain.audio.frames());
        QVERIFY(higher.stages.contains(QStringLiteral("Shifting the pitch")));
        QVERIFY(!plain.stages.contains(QStringLiteral("Shifting the pitch")));
        QVERIFY(higher.audio.samples != plain.audio.samples);
        QVERIFY(smoother.audio.samples != plain.audio.samples);
        QCOMPARE(convert(job(speech_, reference)).audio.samples, plain.audio.samples);
    }

    void aLibraryVoiceIsLearnedOnceAndCachedWithTheVoice() {
        try {
            libraryVoice();
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    void silenceInTheRecordingsIsNotMatched() {
        try {
            silenceTrimmed();
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    void speaksTextInALibraryVoice() {
        try {
            libraryVoiceSpeech();
        } catch (const Error& error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    void refusesWhatItCannotConvert() {
        const QString id = voice(QStringLiteral("emptied"), {target_.at(1)});
        const QString neither = refusal(job(speech_, {}));
        QVERIFY2(neither.contains(QStringLiteral("voice")) &&
                     neither.contains(QStringLiteral("reference")),
                 qPrintable(neither));
        const QString both = refusal(
            job(speech_, {{QStringLiteral("voice"), id}, {QStringLiteral("reference"), target_}}));
        QVERIFY2(both.contains(QStringLiteral("not both")), qPrintable(both));

        const QString notes = dir_.filePath(QStringLiteral("notes.wav"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not audio at all\n");
        file.close();
        const QString unreadable = refusal(job(notes, {{QStringLiteral("reference"), target_}}));
        QVERIFY2(
            unreadable.contains(QStringLiteral("notes.wav")) && !unreadable.contains(dir_.path()),
            qPrintable(unreadable));
        const QString badReference = refusal(job(speech_, {{QStringLiteral("reference"), notes}}));
        QVERIFY2(badReference.contains(QStringLiteral("notes.wav")), qPrintable(badReference));

        audio::AudioBuffer blip{16000, 1, std::vector<float>(16000, 0.2f)};
        const QString shortClip = dir_.filePath(QStringLiteral("blip.wav"));
        audio::encodeFile(blip, shortClip);
        const QString tooLittle = refusal(job(speech_, {{QStringLiteral("reference"), shortClip}}));
        QVERIFY2(tooLittle.contains(QStringLiteral("at least 3 s")), qPrintable(tooLittle));

        // A voice whose recordings are gone from the assets.
        ValidatedJob emptied = job(speech_, {{QStringLiteral("voice"), id}});
        emptied.inputs.setVoiceSamples(QStringLiteral("voice"), {});
        const QString noSamples = refusal(emptied);
        QVERIFY2(noSamples.contains(id) && noSamples.contains(QStringLiteral("no recordings")),
                 qPrintable(noSamples));

        ValidatedJob noModel = job(speech_, {{QStringLiteral("reference"), target_}});
        noModel.model.reset();
        QVERIFY(refusal(noModel).contains(QStringLiteral("sonara models install")));
    }

    void cancelLeavesNothingBehind() {
        std::atomic_bool cancel{false};
        QString work;
        try {
            const ValidatedJob request = job(speech_, {{QStringLiteral("reference"), target_}});
            work = dir_.filePath(QStringLiteral("job-%1").arg(jobs_ + 1));
            convert(request, &cancel);
            QFAIL("the job was not cancelled");
        } catch (const JobCancelled&) {
        }
        QVERIFY(cancel.load());
        QVERIFY2(QDir(work).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(work).entryList(QDir::Files).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestVoiceChangerEngine)
#include "test_voice_changer_engine.moc"
