#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <cmath>

#include "sonara_process.h"

using namespace sonara::test;

// Drives the real `sonara` program end to end on the classic engines.
class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
    // A fresh data directory each run, so that exports never run out of the starter credit grant
    // however often the suite is run; the config directory stays the one the test was given.
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir_.filePath(QStringLiteral("xdg-data"))));
    }

    void helpIsGeneratedFromTheDescriptor() {
        const SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char* expected :
             {"espeak-ng", "rate=<integer>", "80..450", "voice", "-o FILE.{wav,flac,mp3"}) {
            QVERIFY2(result.out.contains(QString::fromLatin1(expected)), expected);
        }
        const SonaraRun list = runSonara({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("denoise")));
    }

    void speaksThenTranscribesToEverySubtitleFormat() {
        const QString speech = path(QStringLiteral("speech.wav"));
        SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                       QStringLiteral("The stock market closed higher today."),
                       QStringLiteral("--rate"), QStringLiteral("130"), QStringLiteral("--variant"),
                       QStringLiteral("klatt"), QStringLiteral("-o"), speech, QStringLiteral("-o"),
                       path(QStringLiteral("speech.mp3"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("wrote ") + speech));
        QVERIFY(sonara::core::audio::probeFile(speech).durationSeconds > 1.0);
        QVERIFY(sonara::core::audio::probeFile(path(QStringLiteral("speech.mp3"))).durationSeconds >
                1.0);

        result = runSonara({QStringLiteral("run"), QStringLiteral("stt"),
                            QStringLiteral("--engine"), QStringLiteral("pocketsphinx"), speech,
                            QStringLiteral("-o"), path(QStringLiteral("t.srt")),
                            QStringLiteral("-o"), path(QStringLiteral("t.vtt")),
                            QStringLiteral("-o"), path(QStringLiteral("t.json")),
                            QStringLiteral("-o"), path(QStringLiteral("t.txt"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const QString srt = QString::fromUtf8(readFile(path(QStringLiteral("t.srt"))));
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^1\\n\\d\\d:\\d\\d:\\d\\d,\\d{3} --> \\d\\d:\\d\\d:\\d\\d,\\d{3}\\n\\S"))
                     .match(srt)
                     .hasMatch(),
                 qPrintable(srt));
        const QString vtt = QString::fromUtf8(readFile(path(QStringLiteral("t.vtt"))));
        QVERIFY2(vtt.startsWith(QStringLiteral("WEBVTT\n\n")), qPrintable(vtt));
        QVERIFY(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} --> "))
                    .match(vtt)
                    .hasMatch());
        QVERIFY(!readFile(path(QStringLiteral("t.txt"))).trimmed().isEmpty());

        const QJsonObject json =
            QJsonDocument::fromJson(readFile(path(QStringLiteral("t.json")))).object();
        QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("pocketsphinx"));
        const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QVERIFY(!segments.isEmpty());
        double previousStart = -1;
        for (const QJsonValue& segment : segments) {
            for (const QJsonValue& value :
                 segment.toObject().value(QStringLiteral("words")).toArray()) {
                const QJsonObject word = value.toObject();
                QVERIFY(word.value(QStringLiteral("start")).toDouble() >= previousStart);
                QVERIFY(word.value(QStringLiteral("end")).toDouble() >
                        word.value(QStringLiteral("start")).toDouble());
                previousStart = word.value(QStringLiteral("start")).toDouble();
            }
        }
        const QString text = json.value(QStringLiteral("text")).toString().toLower();
        int recognised = 0;
        for (const char* word : {"stock", "market", "closed", "higher", "today"}) {
            recognised += text.contains(QString::fromLatin1(word)) ? 1 : 0;
        }
        QVERIFY2(recognised >= 2, qPrintable(text));
    }

    void denoisesAndConverts() {
        const QString speech = path(QStringLiteral("denoise-in.wav"));
        QCOMPARE(
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                       QStringLiteral("Testing the noise filter."), QStringLiteral("-o"), speech})
                .exitCode,
            0);
        const SonaraRun denoise =
            runSonara({QStringLiteral("run"), QStringLiteral("denoise"), QStringLiteral("--set"),
                       QStringLiteral("strength=0.8"), QStringLiteral("--set"),
                       QStringLiteral("normalize=true"), speech, QStringLiteral("-o"),
                       path(QStringLiteral("clean.flac")), QStringLiteral("--json")});
        QVERIFY2(denoise.exitCode == 0, qPrintable(denoise.err));
        const QJsonObject job = QJsonDocument::fromJson(denoise.out.toUtf8()).object();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("written")).toArray().first().toString(),
                 path(QStringLiteral("clean.flac")));

        const SonaraRun convert = runSonara(
            {QStringLiteral("convert"), path(QStringLiteral("clean.flac")), QStringLiteral("-o"),
             path(QStringLiteral("clean.ogg")), QStringLiteral("--rate"), QStringLiteral("16000"),
             QStringLiteral("--title"), QStringLiteral("Clean take")});
        QVERIFY2(convert.exitCode == 0, qPrintable(convert.err));
        const auto info = sonara::core::audio::probeFile(path(QStringLiteral("clean.ogg")));
        QCOMPARE(info.sampleRate, 16000);
        QCOMPARE(info.metadata.title, QStringLiteral("Clean take"));

        const SonaraRun jobs =
            runSonara({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jobs.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(jobs.out.toUtf8()).array().size() >= 2);
    }

    void badUsageExitsTwoNamingTheProblem() {
        SonaraRun result = runSonara({QStringLiteral("run"), QStringLiteral("teleport"),
                                      QStringLiteral("-o"), path(QStringLiteral("x.wav"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("teleport")));
        result =
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                       QStringLiteral("hi"), QStringLiteral("--set"), QStringLiteral("rate=9000"),
                       QStringLiteral("-o"), path(QStringLiteral("x.wav"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("'rate'")), qPrintable(result.err));
        result = runSonara({QStringLiteral("run"), QStringLiteral("stt"),
                            path(QStringLiteral("absent.wav")), QStringLiteral("-o"),
                            path(QStringLiteral("x.srt"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("absent.wav")));
        result =
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                       QStringLiteral("hi"), QStringLiteral("-o"), path(QStringLiteral("x.docx"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("x.docx")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.wav"))));
        QCOMPARE(runSonara({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void inputsAndOutputsCanBeNamed() {
        const QString script = path(QStringLiteral("script.txt"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Inputs by name.");
        file.close();
        const QString speech = path(QStringLiteral("named.wav"));
        SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--input"),
                       QStringLiteral("text=@") + script, QStringLiteral("-o"),
                       QStringLiteral("audio=") + speech, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject job = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(job.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("Inputs by name.")));
        QVERIFY(sonara::core::audio::probeFile(speech).durationSeconds > 0.5);

        result = runSonara({QStringLiteral("run"), QStringLiteral("denoise"),
                            QStringLiteral("--input"), QStringLiteral("audio=") + speech,
                            QStringLiteral("-o"), path(QStringLiteral("named-clean.flac"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const SonaraRun help =
            runSonara({QStringLiteral("run"), QStringLiteral("denoise"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("--input audio=FILE")), qPrintable(help.out));

        const QList<QPair<QStringList, QString>> refused = {
            {{QStringLiteral("tts"), QStringLiteral("--input"), QStringLiteral("mood=calm"),
              QStringLiteral("-o"), path(QStringLiteral("x.wav"))},
             QStringLiteral("its inputs: text")},
            {{QStringLiteral("stt"), QStringLiteral("--text"), QStringLiteral("hi"), speech,
              QStringLiteral("-o"), path(QStringLiteral("x.srt"))},
             QStringLiteral("takes no --text")},
            {{QStringLiteral("tts"), QStringLiteral("--input"),
              QStringLiteral("text=@") + path(QStringLiteral("absent.txt")), QStringLiteral("-o"),
              path(QStringLiteral("x.wav"))},
             QStringLiteral("absent.txt")},
            {{QStringLiteral("tts"), QStringLiteral("--text"), QStringLiteral("hi"),
              QStringLiteral("-o"), QStringLiteral("transcript=") + path(QStringLiteral("x.wav"))},
             QStringLiteral("transcript=")},
        };
        for (const auto& [arguments, expected] : refused) {
            result = runSonara(QStringList{QStringLiteral("run")} + arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("x.wav"))));
    }

    // The server refuses a file it cannot read as audio before any job runs (422): the user's
    // input to fix, exit 2 like every other refused request.
    void anUnreadableInputExitsTwoNamingTheFile() {
        const QString bogus = path(QStringLiteral("shopping-list.wav"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("eggs, milk, bread\n");
        file.close();
        const SonaraRun result = runSonara({QStringLiteral("run"), QStringLiteral("denoise"), bogus,
                                            QStringLiteral("-o"), path(QStringLiteral("out.wav"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("shopping-list.wav")), qPrintable(result.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.wav"))));
    }

    // One rule for every format: a file that stops before its header's length is used as far as
    // it goes, and `sonara run` says so on stderr (and in the job's notices with --json).
    void truncatedInputsRunOnWhatIsThereAndSaySo() {
        sonara::core::audio::AudioBuffer tone;
        tone.sampleRate = 16000;
        tone.channels = 1;
        for (int i = 0; i < 4 * 16000; ++i) {
            tone.samples.push_back(float(0.3 * std::sin(2 * M_PI * 440.0 * i / 16000)));
        }
        auto cut = [&](const QString& whole, const QString& name, qint64 keep,
                       const QByteArray& header = {}) {
            sonara::core::audio::encodeFile(tone, path(whole));
            QFile in(path(whole));
            in.open(QIODevice::ReadOnly);
            QByteArray bytes = in.readAll().left(keep > 0 ? keep : in.size() / 2);
            if (!header.isEmpty()) {
                bytes.replace(bytes.indexOf("data") + 4, 4, header);
            }
            QFile out(path(name));
            out.open(QIODevice::WriteOnly);
            out.write(bytes);
            return path(name);
        };
        // 16000 Hz, 16-bit mono: 32000 bytes a second after a 44-byte header.
        const quint32 tenHours = 32000u * 36000u;
        const QByteArray tenHoursLe{reinterpret_cast<const char*>(&tenHours), 4};
        const struct {
            QString input;
            double present;
        } cases[] = {
            {cut(QStringLiteral("t-whole.wav"), QStringLiteral("t-cut.wav"), 44 + 32000), 1.0},
            {cut(QStringLiteral("t-short.wav"), QStringLiteral("t-hours.wav"), 0, tenHoursLe), 2.0},
            // Compressed frames do not split evenly: half the bytes hold roughly half the audio.
            {cut(QStringLiteral("t-whole.mp3"), QStringLiteral("t-half.mp3"), 0), -1},
            {cut(QStringLiteral("t-whole.flac"), QStringLiteral("t-half.flac"), 0), -1},
        };
        for (const auto& test : cases) {
            const QString name = QFileInfo(test.input).fileName();
            const QString output = path(QStringLiteral("clean-") + name + QStringLiteral(".wav"));
            const SonaraRun run = runSonara({QStringLiteral("run"), QStringLiteral("denoise"),
                                             test.input, QStringLiteral("-o"), output});
            QVERIFY2(run.exitCode == 0, qPrintable(name + run.err));
            QVERIFY2(run.err.contains(
                         QStringLiteral("sonara run denoise: note: %1 is truncated at ").arg(name)),
                     qPrintable(run.err));
            QVERIFY2(!run.err.contains(dir_.path()), qPrintable(run.err));
            // The output holds what the note says was there; for WAV, exactly what was kept.
            const double seconds = sonara::core::audio::probeFile(output).durationSeconds;
            const QRegularExpression at(QStringLiteral("truncated at ([0-9.]+) s"));
            const double noted = at.match(run.err).captured(1).toDouble();
            QVERIFY2(std::abs(seconds - noted) < 0.1,
                     qPrintable(name + QStringLiteral(": %1 vs %2").arg(seconds).arg(noted)));
            QVERIFY2(test.present < 0 || std::abs(seconds - test.present) < 0.05,
                     qPrintable(name + QStringLiteral(": ") + QString::number(seconds)));
            QVERIFY(seconds > 0.5 && seconds < 3.5);
        }
        const SonaraRun json = runSonara(
            {QStringLiteral("run"), QStringLiteral("denoise"), cases[1].input, QStringLiteral("-o"),
             path(QStringLiteral("hours-clean.wav")), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray notices = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("notices"))
                                       .toArray();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().toString().contains(QStringLiteral("states 36000.0 s")),
                 qPrintable(notices.first().toString()));
        // `sonara convert` decodes here, by the same rule.
        const SonaraRun convert =
            runSonara({QStringLiteral("convert"), cases[0].input, QStringLiteral("-o"),
                       path(QStringLiteral("t-cut.flac"))});
        QVERIFY2(convert.exitCode == 0, qPrintable(convert.err));
        QVERIFY2(convert.err.contains(
                     QStringLiteral("sonara convert: note: t-cut.wav is truncated at 1.0 s")),
                 qPrintable(convert.err));
    }

    void serveAnswersOnlyWithTheToken() {
        QProcess server;
        server.start(sonaraBinary(),
                     {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        QString port;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                server.waitForReadyRead(100);
                const QString out = QString::fromUtf8(server.peek(4096));
                const auto match =
                    QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
                        .match(out);
                port = match.captured(1);
                return match.hasMatch();
            }(),
            20000);
        const QString tokenPath = QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME")) +
                                  QStringLiteral("/sonara/api-token");
        const QByteArray token = readFile(tokenPath).trimmed();
        QCOMPARE(token.size(), 64);
        struct stat status {};
        QCOMPARE(::stat(QFile::encodeName(tokenPath).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0600u);

        QNetworkAccessManager network;
        auto get = [&](const QByteArray& authorization, const QByteArray& host) {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/v1/health").arg(port)));
            if (!authorization.isEmpty()) {
                request.setRawHeader("Authorization", authorization);
            }
            if (!host.isEmpty()) {
                request.setRawHeader("Host", host);
            }
            QNetworkReply* reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(get("Bearer " + token, {}), 200);
        QCOMPARE(get({}, {}), 401);
        QCOMPARE(get("Bearer " + QByteArray(64, 'a'), {}), 401);
        QCOMPARE(get("Bearer " + token, "evil.example:" + port.toLatin1()), 403);

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
