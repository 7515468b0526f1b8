// Dubbing through the real `sonara` program on tiny checkpoints of every model the chain uses,
// installed with `sonara models install`: an audio file to dubbed audio, subtitles and a report;
// the review round trip (stop after translation, edit one row, dub from the edited rows); an
// MP4, MOV, MKV and WebM whose video stream comes back packet for packet while its sound is
// replaced; and clear refusals of a recording without speech and a video without sound.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/test_media.h"
#include "core/audio/waveform_video.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include "sonara_process.h"
#include "support/demucs_fixtures.h"
#include "support/knnvc_fixtures.h"
#include "support/marian_fixtures.h"
#include "support/stt_fixtures.h"
#include "support/tts_fixtures.h"

using namespace sonara::test;

namespace {

QJsonObject readJson(const QString& path) {
    return QJsonDocument::fromJson(readFile(path)).object();
}

// The packets of the file's first video stream, as bytes, in file order; empty when unreadable.
QList<QByteArray> videoPackets(const QString& path, int* audioStreams = nullptr) {
    AVFormatContext* input = nullptr;
    if (avformat_open_input(&input, QFile::encodeName(path).constData(), nullptr, nullptr) < 0) {
        return {};
    }
    QList<QByteArray> packets;
    if (avformat_find_stream_info(input, nullptr) >= 0) {
        const int video = av_find_best_stream(input, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        if (audioStreams) {
            *audioStreams = 0;
            for (unsigned i = 0; i < input->nb_streams; ++i) {
                *audioStreams += input->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
            }
        }
        AVPacket* packet = av_packet_alloc();
        while (video >= 0 && av_read_frame(input, packet) >= 0) {
            if (packet->stream_index == video) {
                packets.append(
                    QByteArray(reinterpret_cast<const char*>(packet->data), packet->size));
            }
            av_packet_unref(packet);
        }
        av_packet_free(&packet);
    }
    avformat_close_input(&input);
    return packets;
}

}  // namespace

class TestDubbingEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString programme_;

    QString path(const QString& name) const { return sandbox_.path(name); }

    SonaraRun dub(const QString& input, const QStringList& extra) {
        return sandbox_.runCapability(
            QStringLiteral("dubbing"), {}, {},
            QStringList{input, QStringLiteral("--set"), QStringLiteral("source_language=en"),
                        QStringLiteral("--set"), QStringLiteral("target_language=de")} +
                extra);
    }

    void install(const QString& id, const QString& architecture, bool written) {
        QVERIFY(written);
        const SonaraRun run = sandbox_.installModel(id, path(id), architecture);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        install(QStringLiteral("tiny-htdemucs"), QStringLiteral("htdemucs"),
                writeTinyDemucs(QStringLiteral("htdemucs"), path(QStringLiteral("tiny-htdemucs"))));
        install(QStringLiteral("tiny-wav2vec2"), QStringLiteral("wav2vec2"),
                writeTinyWav2Vec2(path(QStringLiteral("tiny-wav2vec2"))));
        install(QStringLiteral("opus-mt-tiny-en-de"), QStringLiteral("marian"),
                writeTinyMarian(path(QStringLiteral("opus-mt-tiny-en-de")), QStringLiteral("en"),
                                QStringLiteral("de")));
        install(QStringLiteral("tiny-vits-deu"), QStringLiteral("vits"),
                writeTinyVits(path(QStringLiteral("tiny-vits-deu")), QStringLiteral("deu")));
        const QString fixtures =
            qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                        QStringLiteral("/tests/fixtures"));
        writeTinyKnnVc(fixtures.toStdString(), path(QStringLiteral("tiny-knnvc")).toStdString());
        install(QStringLiteral("tiny-knnvc"), QStringLiteral("knn-vc"), true);

        Recording speech;
        for (unsigned i = 0; i < 3; ++i) {
            speech.silence(0.8).noise(1.5 + 0.4 * i, 11 + i);
        }
        speech.silence(0.8);
        programme_ = path(QStringLiteral("programme.wav"));
        speech.save(programme_);
    }

    void dubsAnAudioFileWithSubtitlesAndAReport() {
        const SonaraRun run =
            dub(programme_,
                {QStringLiteral("-o"), path(QStringLiteral("dubbed.wav")), QStringLiteral("-o"),
                 path(QStringLiteral("dubbed.srt")), QStringLiteral("-o"),
                 QStringLiteral("report=") + path(QStringLiteral("report.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const auto source = sonara::core::audio::probeFile(programme_);
        const auto dubbed = sonara::core::audio::probeFile(path(QStringLiteral("dubbed.wav")));
        QVERIFY(std::abs(dubbed.durationSeconds - source.durationSeconds) < 0.05);
        const QJsonArray rows = readJson(path(QStringLiteral("report.json")))
                                    .value(QStringLiteral("segments"))
                                    .toArray();
        QVERIFY(!rows.isEmpty());
        const QList<Cue> subtitles =
            cues(QString::fromUtf8(readFile(path(QStringLiteral("dubbed.srt")))), QLatin1Char(','));
        QCOMPARE(subtitles.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QVERIFY(std::abs(subtitles[i].start - row.value(QStringLiteral("start")).toDouble()) <
                    0.0015);
            QVERIFY(std::abs(subtitles[i].end - row.value(QStringLiteral("end")).toDouble()) <
                    0.0015);
            const double stretch = row.value(QStringLiteral("stretch")).toDouble();
            QVERIFY(stretch >= 0.8 - 1e-9 && stretch <= 1.25 + 1e-9);
        }
    }

    void reviewsTheTranslationBeforeDubbing() {
        SonaraRun run =
            dub(programme_, {QStringLiteral("--set"), QStringLiteral("stop_after=translation"),
                             QStringLiteral("-o"),
                             QStringLiteral("report=") + path(QStringLiteral("rows.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QJsonObject document = readJson(path(QStringLiteral("rows.json")));
        QJsonArray rows = document.value(QStringLiteral("segments")).toArray();
        QVERIFY(!rows.isEmpty());
        QJsonObject first = rows[0].toObject();
        first.insert(QStringLiteral("translation"), QStringLiteral("guten abend allerseits"));
        rows[0] = first;
        document.insert(QStringLiteral("segments"), rows);
        QFile edited(path(QStringLiteral("edited.json")));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(document).toJson());
        edited.close();
        run = dub(programme_,
                  {QStringLiteral("--input"), QStringLiteral("segments=") + edited.fileName(),
                   QStringLiteral("-o"), path(QStringLiteral("reviewed.wav")), QStringLiteral("-o"),
                   QStringLiteral("report=") + path(QStringLiteral("reviewed.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonArray redone = readJson(path(QStringLiteral("reviewed.json")))
                                      .value(QStringLiteral("segments"))
                                      .toArray();
        QCOMPARE(redone.size(), rows.size());
        // The first run dubbed the same rows: only the edited one is synthesised again.
        for (int i = 0; i < redone.size(); ++i) {
            QCOMPARE(redone[i].toObject().value(QStringLiteral("reused")).toBool(), i != 0);
        }
    }

    void dubsAVideoKeepingItsPicture() {
        sonara::core::audio::WaveformVideoOptions options;
        options.width = 128;
        options.height = 96;
        options.framesPerSecond = 10;
        QVERIFY(sonara::core::audio::writeWaveformVideo(sonara::core::audio::decodeFile(programme_),
                                                        path(QStringLiteral("clip.mp4")), options));
        const SonaraRun run =
            dub(path(QStringLiteral("clip.mp4")),
                {QStringLiteral("-o"), path(QStringLiteral("dubbed.mp4")), QStringLiteral("-o"),
                 QStringLiteral("subtitles=") + path(QStringLiteral("clip.vtt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QList<QByteArray> original = videoPackets(path(QStringLiteral("clip.mp4")));
        int audioStreams = 0;
        const QList<QByteArray> dubbed =
            videoPackets(path(QStringLiteral("dubbed.mp4")), &audioStreams);
        QVERIFY(!original.isEmpty());
        QCOMPARE(dubbed.size(), original.size());
        QVERIFY(dubbed == original);
        QCOMPARE(audioStreams, 1);
        const auto sound = sonara::core::audio::probeFile(path(QStringLiteral("dubbed.mp4")));
        QVERIFY(std::abs(sound.durationSeconds -
                         sonara::core::audio::probeFile(programme_).durationSeconds) < 0.1);
        QVERIFY(
            !cues(QString::fromUtf8(readFile(path(QStringLiteral("clip.vtt")))), QLatin1Char('.'))
                 .isEmpty());
    }

    // MOV, MKV (MPEG-4 video, AAC or MP3 sound) and WebM (VP8, Opus): the picture comes back
    // packet for packet in the same container, with the dub as its only sound.
    void dubsVideosInEveryContainerKeepingThePicture_data() {
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("soundCodec");
        QTest::newRow("mov") << QStringLiteral("mov") << QStringLiteral("aac");
        QTest::newRow("mkv") << QStringLiteral("mkv") << QStringLiteral("aac");
        QTest::newRow("webm") << QStringLiteral("webm") << QStringLiteral("opus");
    }

    void dubsVideosInEveryContainerKeepingThePicture() {
        QFETCH(QString, container);
        QFETCH(QString, soundCodec);
        const QString clip = path(QStringLiteral("clip.") + container);
        QString error;
        QVERIFY2(sonara::core::audio::test::writeTestVideo(
                     clip, sonara::core::audio::decodeFile(programme_), &error),
                 qPrintable(error));
        const QString dubbed = path(QStringLiteral("dubbed.") + container);
        const SonaraRun run = dub(clip, {QStringLiteral("-o"), dubbed});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QList<QByteArray> original = videoPackets(clip);
        int audioStreams = 0;
        const QList<QByteArray> copied = videoPackets(dubbed, &audioStreams);
        QVERIFY(!original.isEmpty());
        QCOMPARE(copied.size(), original.size());
        QVERIFY(copied == original);
        QCOMPARE(audioStreams, 1);
        const auto media = sonara::core::audio::test::probeMedia(dubbed);
        QCOMPARE(media.videoCodec, sonara::core::audio::test::probeMedia(clip).videoCodec);
        QCOMPARE(media.audioCodec, soundCodec);
        QVERIFY(std::abs(sonara::core::audio::probeFile(dubbed).durationSeconds -
                         sonara::core::audio::probeFile(programme_).durationSeconds) < 0.1);
    }

    void aRecordingWithoutSpeechSaysSo() {
        Recording quiet;
        quiet.silence(4.0);
        const QString silence = path(QStringLiteral("room-tone.wav"));
        quiet.save(silence);
        const QString output = path(QStringLiteral("room-tone-dubbed.wav"));
        const SonaraRun run = dub(silence, {QStringLiteral("-o"), output});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("no speech was found in room-tone.wav")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
    }

    void aVideoWithoutSoundNamesTheFile() {
        const QString mute = path(QStringLiteral("mute.mp4"));
        QString error;
        QVERIFY2(sonara::core::audio::test::writeTestVideo(mute, 3.0, false, &error),
                 qPrintable(error));
        const QString output = path(QStringLiteral("mute-dubbed.mp4"));
        const SonaraRun run = dub(mute, {QStringLiteral("-o"), output});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("mute.mp4")) &&
                     run.err.contains(QStringLiteral("no audio track")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
    }

    void refusesADubWithoutATargetLanguage() {
        const SonaraRun run = sandbox_.runCapability(
            QStringLiteral("dubbing"), {}, {},
            {programme_, QStringLiteral("-o"), path(QStringLiteral("none.wav"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("target_language")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.wav"))));
    }
};

QTEST_GUILESS_MAIN(TestDubbingEndToEnd)
#include "test_dubbing_e2e.moc"
