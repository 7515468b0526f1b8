#include "core/audio/audio_reader.h"
#include "core/engine/cut_list.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "sonara_process.h"

using namespace sonara::test;

namespace {

const QString kRecording = QStringLiteral(
    "/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0890.wav");

}  // namespace

// The voice editor through the real `sonara` program: rules and an edit list from the command
// line, the recording transcribed by PocketSphinx on the way, every output written.
class TestVoiceEditorEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        if (!QFile::exists(kRecording)) {
            QSKIP("pocketsphinx-testdata is not installed (packaging/install-deps.sh)");
        }
    }

    void shortensSilencesAndWritesTheCutListAsJsonAndEdl() {
        const SonaraRun run =
            sonara({QStringLiteral("run"), QStringLiteral("voice-editor"), kRecording,
                    QStringLiteral("--set"), QStringLiteral("remove_fillers=true"),
                    QStringLiteral("--set"), QStringLiteral("max_silence=0.2"),
                    QStringLiteral("--set"), QStringLiteral("target_silence=0.1"),
                    QStringLiteral("-o"), path(QStringLiteral("clean.wav")), QStringLiteral("-o"),
                    QStringLiteral("cuts=") + path(QStringLiteral("cuts.json")),
                    QStringLiteral("-o"), path(QStringLiteral("cuts.edl")), QStringLiteral("-o"),
                    path(QStringLiteral("clean.srt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const double before = sonara::core::audio::probeFile(kRecording).durationSeconds;
        const double after =
            sonara::core::audio::probeFile(path(QStringLiteral("clean.wav"))).durationSeconds;
        const sonara::core::CutList cuts = sonara::core::CutList::fromJson(
            QJsonDocument::fromJson(readFile(path(QStringLiteral("cuts.json")))).object());
        QVERIFY(!cuts.cuts.isEmpty());
        double removed = 0;
        for (const auto& cut : cuts.cuts) {
            removed += cut.end - cut.start;
            QCOMPARE(cut.reason.isEmpty(), false);
        }
        QVERIFY2(
            std::abs((before - after) - removed) < 0.02,
            qPrintable(QStringLiteral("%1 -> %2, cut %3").arg(before).arg(after).arg(removed)));
        const QByteArray edl = readFile(path(QStringLiteral("cuts.edl")));
        QVERIFY2(edl.startsWith("TITLE: "), edl.constData());
        QCOMPARE(edl.count("* FROM CLIP NAME:"), cuts.kept.size());
        // The clip is the user's file, not the stored copy the job worked on.
        const QString name = QFileInfo(kRecording).fileName();
        QCOMPARE(cuts.source, name);
        QCOMPARE(edl.count("* FROM CLIP NAME: " + name.toUtf8() + "\r\n"), cuts.kept.size());
        QVERIFY(readFile(path(QStringLiteral("clean.srt"))).contains("-->"));
    }

    // Word lists of the user's own are read from the data folder given with --data.
    void usersFillerListComesFromTheDataFolder() {
        QVERIFY(QDir().mkpath(path(QStringLiteral("data/word-lists"))));
        QFile own(path(QStringLiteral("data/word-lists/fillers-en.txt")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("# the words this test treats as fillers\nthe\nand\n");
        own.close();
        const SonaraRun run =
            sonara({QStringLiteral("run"), QStringLiteral("voice-editor"), kRecording,
                    QStringLiteral("--set"), QStringLiteral("remove_fillers=true"),
                    QStringLiteral("-o"), path(QStringLiteral("own.wav")), QStringLiteral("-o"),
                    QStringLiteral("cuts=") + path(QStringLiteral("own-cuts.json"))});
        QFile::remove(own.fileName());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const sonara::core::CutList cuts = sonara::core::CutList::fromJson(
            QJsonDocument::fromJson(readFile(path(QStringLiteral("own-cuts.json")))).object());
        int fillers = 0;
        for (const auto& cut : cuts.cuts) {
            fillers += cut.reason == QLatin1String("filler");
        }
        QVERIFY2(fillers > 0, "no word of the user's filler list was cut");
    }

    void anEditListGivenAsAFileMutesItsRange() {
        QFile list(path(QStringLiteral("edits.json")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("operations"),
                                              QJsonArray{QJsonObject{
                                                  {QStringLiteral("op"), QStringLiteral("bleep")},
                                                  {QStringLiteral("start"), 1.0},
                                                  {QStringLiteral("end"), 1.5}}}}})
                       .toJson());
        list.close();
        const SonaraRun run =
            sonara({QStringLiteral("run"), QStringLiteral("voice-editor"), kRecording,
                    QStringLiteral("--input"), QStringLiteral("edits=") + list.fileName(),
                    QStringLiteral("-o"), path(QStringLiteral("bleeped.flac"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const auto bleeped = sonara::core::audio::decodeFile(path(QStringLiteral("bleeped.flac")));
        const auto original = sonara::core::audio::decodeFile(kRecording);
        QCOMPARE(bleeped.frames(), original.frames());

        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write(R"({"version": 1, "operations": [{"op": "cut", "start": 2}]})");
        list.close();
        const SonaraRun bad =
            sonara({QStringLiteral("run"), QStringLiteral("voice-editor"), kRecording,
                    QStringLiteral("--input"), QStringLiteral("edits=") + list.fileName(),
                    QStringLiteral("-o"), path(QStringLiteral("never.wav"))});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("edits")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.wav"))));
    }

    void batchEditsAFolderOfRecordings() {
        const QString in = path(QStringLiteral("in"));
        const QString out = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(in));
        for (const QString name : {QStringLiteral("0870"), QStringLiteral("0920")}) {
            QVERIFY(QFile::copy(
                QFileInfo(kRecording)
                    .dir()
                    .filePath(
                        QStringLiteral("sense_and_sensibility_01_austen_64kb-%1.wav").arg(name)),
                in + QStringLiteral("/%1.wav").arg(name)));
        }
        const SonaraRun run = sonara({QStringLiteral("batch"), in, QStringLiteral("--capability"),
                                      QStringLiteral("voice-editor"), QStringLiteral("--set"),
                                      QStringLiteral("max_silence=0.2"), QStringLiteral("--glob"),
                                      QStringLiteral("*.wav"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QStringList written = QDir(out).entryList(QDir::Files);
        QVERIFY2(written.size() >= 2, qPrintable(written.join(QLatin1Char(' '))));
        for (const QString& name : written) {
            QVERIFY(QFileInfo(out + QLatin1Char('/') + name).size() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestVoiceEditorEndToEnd)
#include "test_voice_editor_e2e.moc"
