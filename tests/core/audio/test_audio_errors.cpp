#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"

#include "test_media.h"
#include "test_signals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>
#include <thread>

#include <unistd.h>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

namespace {

// Runs `action`, which must throw AudioError naming `name`; returns the reason.
QString expectAudioError(const std::function<void()>& action, const QString& name) {
    try {
        action();
    } catch (const AudioError& error) {
        const QString message = QString::fromUtf8(error.what());
        if (!message.contains(name))
            return QStringLiteral("FAIL: message lacks the name: ") + message;
        if (!message.endsWith(error.reason()) || error.reason().isEmpty())
            return QStringLiteral("FAIL: message lacks the reason: ") + message;
        return error.reason();
    } catch (const std::exception& other) {
        return QStringLiteral("FAIL: other exception: ") + QString::fromUtf8(other.what());
    }
    return QStringLiteral("FAIL: nothing thrown");
}

}  // namespace

class TestAudioErrors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString file(const QString& name) const { return dir_.filePath(name); }

    void writeBytes(const QString& name, const QByteArray& bytes) {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    void checkBadInput(const QString& name, const QString& expectedReason) {
        const QString path = file(name);
        const QString decodeReason = expectAudioError([&] { decodeFile(path); }, name);
        QVERIFY2(!decodeReason.startsWith(QLatin1String("FAIL")), qPrintable(decodeReason));
        QVERIFY2(decodeReason.contains(expectedReason), qPrintable(decodeReason));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void messageFormat() {
        const AudioError error(QStringLiteral("song.wav"),
                               QStringLiteral("not an audio file (no decodable audio stream)"));
        QCOMPARE(QString::fromUtf8(error.what()),
                 QStringLiteral("song.wav: not an audio file (no decodable audio stream)"));
        QCOMPARE(error.path(), QStringLiteral("song.wav"));
    }

    void missingFile() {
        checkBadInput(QStringLiteral("nowhere.wav"), QStringLiteral("not found"));
    }

    void emptyFile() {
        writeBytes(QStringLiteral("empty.mp3"), {});
        checkBadInput(QStringLiteral("empty.mp3"), QStringLiteral("empty"));
        const QString reason = expectAudioError(
            [&] { probeFile(file(QStringLiteral("empty.mp3"))); }, QStringLiteral("empty.mp3"));
        QVERIFY2(reason.contains(QLatin1String("empty")), qPrintable(reason));
    }

    void textFileNamedWav() {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "This is a shopping list, not a song. Eggs, milk, bread.\n";
        writeBytes(QStringLiteral("list.wav"), text);
        checkBadInput(QStringLiteral("list.wav"), QStringLiteral("not an audio file"));
    }

    void randomBytes() {
        QByteArray noise(20000, '\0');
        quint32 state = 12345;
        for (char& c : noise) {
            state = state * 1664525u + 1013904223u;
            c = static_cast<char>(state >> 24);
        }
        writeBytes(QStringLiteral("noise.m4a"), noise);
        const QString reason =
            expectAudioError([&] { decodeFile(file("noise.m4a")); }, QStringLiteral("noise.m4a"));
        QVERIFY2(!reason.startsWith(QLatin1String("FAIL")), qPrintable(reason));
    }

    QByteArray encodedBytes(const QString& name, double seconds, int rate = 44100,
                            int channels = 2) {
        const QString whole = file(name);
        encodeFile(sine(rate, channels, 440.0, seconds), whole);
        QFile in(whole);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        return in.readAll();
    }

    // Decodes `name` whole, under a watch: it must succeed with about `expected` seconds of
    // audio and report one truncation near `decodedAt` of `stated` seconds.
    void checkTruncated(const QString& name, double expected, double stated) {
        QList<Truncation> seen;
        AudioBuffer audio;
        {
            TruncationWatch watch([&](const Truncation& truncation) { seen.append(truncation); });
            audio = decodeFile(file(name));
        }
        const double decoded = double(audio.frames()) / audio.sampleRate;
        QVERIFY2(std::abs(decoded - expected) < 0.2,
                 qPrintable(QStringLiteral("%1: decoded %2 s").arg(name).arg(decoded)));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().path, file(name));
        QVERIFY2(std::abs(seen.first().decodedSeconds - expected) < 0.2,
                 qPrintable(QString::number(seen.first().decodedSeconds)));
        QVERIFY2(std::abs(seen.first().statedSeconds - stated) < 0.1,
                 qPrintable(QString::number(seen.first().statedSeconds)));
        const QString notice = describeTruncation(seen.first());
        QVERIFY2(notice.startsWith(name + QStringLiteral(" is truncated at ")), qPrintable(notice));
        QVERIFY2(!notice.contains(dir_.path()), qPrintable(notice));
    }

    void checkComplete(const QString& name) {
        int reports = 0;
        TruncationWatch watch([&](const Truncation&) { ++reports; });
        AudioReader reader(file(name));
        while (!reader.read(1 << 15).isEmpty()) {
        }
        QVERIFY2(!reader.truncation(), qPrintable(name));
        QCOMPARE(reports, 0);
    }

    void truncatedMp3() {
        const QByteArray bytes = encodedBytes(QStringLiteral("whole.mp3"), 4.0);
        checkComplete(QStringLiteral("whole.mp3"));
        writeBytes(QStringLiteral("half.mp3"), bytes.left(bytes.size() / 2));
        checkTruncated(QStringLiteral("half.mp3"), 2.0, 4.0);
        writeBytes(QStringLiteral("stub.mp3"), bytes.left(300));
        const QString reason =
            expectAudioError([&] { decodeFile(file("stub.mp3")); }, QStringLiteral("stub.mp3"));
        QVERIFY2(!reason.startsWith(QLatin1String("FAIL")), qPrintable(reason));
    }

    void truncatedWav() {
        const QByteArray bytes = encodedBytes(QStringLiteral("whole.wav"), 4.0);
        checkComplete(QStringLiteral("whole.wav"));
        // 44 bytes of header, then 4 s of 16-bit stereo: cut after 1 s of samples.
        writeBytes(QStringLiteral("cut.wav"), bytes.left(44 + 44100 * 4));
        checkTruncated(QStringLiteral("cut.wav"), 1.0, 4.0);
    }

    void wavHeaderClaimingHours() {
        QByteArray bytes = encodedBytes(QStringLiteral("short.wav"), 2.0, 16000, 1);
        const int data = bytes.indexOf("data");
        QVERIFY(data > 0);
        const quint32 tenHours = 16000u * 2u * 36000u;
        for (int i = 0; i < 4; ++i)
            bytes[data + 4 + i] = char((tenHours >> (8 * i)) & 0xFF);
        writeBytes(QStringLiteral("claims-hours.wav"), bytes);
        checkTruncated(QStringLiteral("claims-hours.wav"), 2.0, 36000.0);
        // The probe does not believe the header either: nothing sizes itself for ten hours.
        QVERIFY(probeFile(file(QStringLiteral("claims-hours.wav"))).durationSeconds < 3.0);
    }

    void truncatedFlac() {
        const QByteArray bytes = encodedBytes(QStringLiteral("whole.flac"), 4.0);
        checkComplete(QStringLiteral("whole.flac"));
        writeBytes(QStringLiteral("cut.flac"), bytes.left(bytes.size() / 2));
        // FLAC compresses a sine evenly, so half the bytes hold about half the audio.
        QList<Truncation> seen;
        AudioBuffer audio;
        {
            TruncationWatch watch([&](const Truncation& truncation) { seen.append(truncation); });
            audio = decodeFile(file(QStringLiteral("cut.flac")));
        }
        QCOMPARE(seen.size(), 1);
        QVERIFY(std::abs(seen.first().statedSeconds - 4.0) < 0.05);
        QVERIFY2(seen.first().decodedSeconds > 1.0 && seen.first().decodedSeconds < 3.0,
                 qPrintable(QString::number(seen.first().decodedSeconds)));
        QVERIFY(std::abs(double(audio.frames()) / audio.sampleRate - seen.first().decodedSeconds) <
                0.1);
    }

    void truncatedOggDecodesWhatIsThere() {
        // Ogg states no length up front (its last page does), so a cut file is not told from a
        // short one; it must still decode what is there, never fail.
        const QByteArray bytes = encodedBytes(QStringLiteral("whole.ogg"), 4.0);
        checkComplete(QStringLiteral("whole.ogg"));
        writeBytes(QStringLiteral("cut.ogg"), bytes.left(bytes.size() / 2));
        const AudioBuffer audio = decodeFile(file(QStringLiteral("cut.ogg")));
        QVERIFY(double(audio.frames()) / audio.sampleRate > 1.0);
    }

    void truncationReachesOnlyTheInnermostWatchOnItsThread() {
        const QByteArray bytes = encodedBytes(QStringLiteral("nested.wav"), 2.0, 8000, 1);
        writeBytes(QStringLiteral("nested-cut.wav"), bytes.left(44 + 8000));
        int outer = 0;
        int inner = 0;
        TruncationWatch outerWatch([&](const Truncation&) { ++outer; });
        {
            TruncationWatch innerWatch([&](const Truncation&) { ++inner; });
            decodeFile(file(QStringLiteral("nested-cut.wav")));
        }
        QCOMPARE(inner, 1);
        QCOMPARE(outer, 0);
        std::thread other([&] { decodeFile(file(QStringLiteral("nested-cut.wav"))); });
        other.join();
        QCOMPARE(outer, 0);
        decodeFile(file(QStringLiteral("nested-cut.wav")));
        QCOMPARE(outer, 1);
    }

    void truncatedStreamingReaderReportsAtTheEnd() {
        const QString whole = file(QStringLiteral("long.mp3"));
        encodeFile(sine(44100, 1, 440.0, 6.0), whole);
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        writeBytes(QStringLiteral("cut.mp3"), in.readAll().left(in.size() / 3));
        // The header still promises 6 s; the reader delivers what is there, then says where it
        // stopped.
        AudioReader reader(file(QStringLiteral("cut.mp3")));
        qint64 frames = 0;
        for (;;) {
            const AudioBuffer chunk = reader.read(10000);
            if (chunk.isEmpty())
                break;
            frames += chunk.frames();
        }
        QVERIFY(frames > 44100);
        QVERIFY(reader.truncation());
        QVERIFY(std::abs(reader.truncation()->decodedSeconds - double(frames) / 44100) < 0.1);
        QVERIFY(std::abs(reader.truncation()->statedSeconds - 6.0) < 0.1);
    }

    void videoWithoutAudio() {
        QString error;
        QVERIFY2(writeTestVideo(file(QStringLiteral("silent.mp4")), 1.0, false, &error),
                 qPrintable(error));
        checkBadInput(QStringLiteral("silent.mp4"), QStringLiteral("no audio track"));
        QVERIFY2(writeTestVideo(file(QStringLiteral("silent.mkv")), 1.0, false, &error),
                 qPrintable(error));
        checkBadInput(QStringLiteral("silent.mkv"), QStringLiteral("no audio track"));
    }

    void folderInsteadOfFile() {
        QVERIFY(QDir(dir_.path()).mkdir(QStringLiteral("album.flac")));
        checkBadInput(QStringLiteral("album.flac"), QStringLiteral("folder"));
    }

    void unwritableOutput() {
        const AudioBuffer audio = sine(8000, 1, 440.0, 0.2);
        const QString missingFolder = file(QStringLiteral("no/such/folder/out.wav"));
        QString reason =
            expectAudioError([&] { encodeFile(audio, missingFolder); }, QStringLiteral("out.wav"));
        QVERIFY2(reason.contains(QLatin1String("does not exist")), qPrintable(reason));

        QVERIFY(QDir(dir_.path()).mkdir(QStringLiteral("locked")));
        const QString locked = file(QStringLiteral("locked"));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        reason = expectAudioError([&] { encodeFile(audio, locked + QStringLiteral("/x.flac")); },
                                  QStringLiteral("x.flac"));
        QFile::setPermissions(
            locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (::geteuid() != 0)
            QVERIFY2(reason.contains(QLatin1String("permission denied")), qPrintable(reason));
        else
            QVERIFY(reason.startsWith(QLatin1String("FAIL: nothing thrown")) ||
                    reason.contains(QLatin1String("permission")));

        reason = expectAudioError([&] { encodeFile(audio, dir_.path()); }, dir_.path());
        QVERIFY2(!reason.startsWith(QLatin1String("FAIL")), qPrintable(reason));
    }

    void unknownOutputExtension() {
        const AudioBuffer audio = sine(8000, 1, 440.0, 0.2);
        QString reason =
            expectAudioError([&] { encodeFile(audio, file(QStringLiteral("song.xyz"))); },
                             QStringLiteral("song.xyz"));
        QVERIFY2(reason.contains(QLatin1String("unknown output format")), qPrintable(reason));
        QVERIFY(reason.contains(QLatin1String("wav, flac, mp3, ogg, opus, m4a")));
        reason = expectAudioError([&] { encodeFile(audio, file(QStringLiteral("noext"))); },
                                  QStringLiteral("noext"));
        QVERIFY2(reason.contains(QLatin1String("extension")), qPrintable(reason));
        QVERIFY(!QFile::exists(file(QStringLiteral("song.xyz"))));
    }

    void badFilterGraphNamesIt() {
        const AudioBuffer audio = sine(8000, 1, 440.0, 0.2);
        QString reason = expectAudioError(
            [&] { applyFilterGraph(audio, QStringLiteral("highpass=f=80,nosuchfilter")); },
            QStringLiteral("highpass=f=80,nosuchfilter"));
        QVERIFY2(reason.contains(QLatin1String("nosuchfilter")), qPrintable(reason));
        reason = expectAudioError([&] { applyFilterGraph(audio, QStringLiteral("volume=abc")); },
                                  QStringLiteral("volume=abc"));
        QVERIFY2(!reason.startsWith(QLatin1String("FAIL")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestAudioErrors)
#include "test_audio_errors.moc"
