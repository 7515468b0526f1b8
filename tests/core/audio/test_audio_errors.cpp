#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"

#include "test_media.h"
#include "test_signals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

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

    void truncatedMp3() {
        const QString whole = file(QStringLiteral("whole.mp3"));
        encodeFile(sine(44100, 2, 440.0, 4.0), whole);
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        writeBytes(QStringLiteral("half.mp3"), bytes.left(bytes.size() / 2));
        checkBadInput(QStringLiteral("half.mp3"), QStringLiteral("truncated"));
        writeBytes(QStringLiteral("stub.mp3"), bytes.left(300));
        const QString reason =
            expectAudioError([&] { decodeFile(file("stub.mp3")); }, QStringLiteral("stub.mp3"));
        QVERIFY2(!reason.startsWith(QLatin1String("FAIL")), qPrintable(reason));
    }

    void truncatedStreamingReaderReportsAtTheEnd() {
        const QString whole = file(QStringLiteral("long.mp3"));
        encodeFile(sine(44100, 1, 440.0, 6.0), whole);
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        writeBytes(QStringLiteral("cut.mp3"), in.readAll().left(in.size() / 3));
        // The header still promises 6 s; the reader delivers what is there, then says why it
        // stopped early.
        AudioReader reader(file(QStringLiteral("cut.mp3")));
        qint64 frames = 0;
        const QString reason = expectAudioError(
            [&] {
                for (;;) {
                    const AudioBuffer chunk = reader.read(10000);
                    if (chunk.isEmpty())
                        break;
                    frames += chunk.frames();
                }
            },
            QStringLiteral("cut.mp3"));
        QVERIFY2(reason.contains(QLatin1String("truncated")), qPrintable(reason));
        QVERIFY(frames > 44100);
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
