#include "core/engine/transcript.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#include "sonara_process.h"
#include "support/marian_fixtures.h"

using namespace sonara::test;

// Installs tiny opus-mt models of the fixtures (en->de, de->en, en->hi) and translates through
// the real `sonara` program: a text to subtitles, a transcript with its times, the pivot
// through English, and the error for a pair nothing installed takes.
class TestTranslateEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun translate(const QStringList& extra) {
        return sandbox_.sonara(QStringList{QStringLiteral("run"), QStringLiteral("translate"),
                                           QStringLiteral("--model"),
                                           QStringLiteral("opus-mt-tiny-en-de")} +
                               extra);
    }
    static QByteArray read(const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        const QList<QStringList> pairs = {{QStringLiteral("en"), QStringLiteral("de")},
                                          {QStringLiteral("de"), QStringLiteral("en")},
                                          {QStringLiteral("en"), QStringLiteral("hi")}};
        for (const QStringList& pair : pairs) {
            const QString id = QStringLiteral("opus-mt-tiny-%1-%2").arg(pair[0], pair[1]);
            const QString folder = path(id);
            QVERIFY(writeTinyMarian(folder, pair[0], pair[1]));
            const SonaraRun install = sandbox_.installModel(id, folder, QStringLiteral("marian"));
            QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));
        }
    }

    void translatesATextToSubtitles() {
        const SonaraRun run =
            translate({QStringLiteral("--input"), QStringLiteral("text=the cat sat\ngood morning"),
                       QStringLiteral("--set"), QStringLiteral("target_language=de"),
                       QStringLiteral("-o"), path(QStringLiteral("out.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto json = QJsonDocument::fromJson(read(path(QStringLiteral("out.json")))).object();
        const auto transcript = sonara::core::Transcript::fromJson(json);
        QCOMPARE(transcript.segments.size(), 2);
        QCOMPARE(transcript.language, QStringLiteral("de"));
        QCOMPARE(transcript.model, QStringLiteral("opus-mt-tiny-en-de"));
        QVERIFY(!transcript.segments[0].text.isEmpty());
        const SonaraRun help = sandbox_.sonara(
            {QStringLiteral("run"), QStringLiteral("translate"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("target_language")) &&
                     help.out.contains(QStringLiteral("transcript")),
                 qPrintable(help.out));
    }

    void translatesATranscriptKeepingItsTimesAndPivots() {
        sonara::core::Transcript source;
        source.language = QStringLiteral("de");
        source.segments = {sonara::core::TranscriptSegment{
                               0.5, 2.0, QStringLiteral("guten morgen"), {}, std::nullopt},
                           sonara::core::TranscriptSegment{
                               2.5, 4.75, QStringLiteral("vielen dank"), {}, std::nullopt}};
        const QString input = path(QStringLiteral("de.json"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(source.toJson()).toJson());
        file.close();
        const SonaraRun run = translate(
            {QStringLiteral("--input"), QStringLiteral("transcript=") + input,
             QStringLiteral("--set"), QStringLiteral("target_language=hi"), QStringLiteral("--set"),
             QStringLiteral("beam_size=1"), QStringLiteral("-o"), path(QStringLiteral("hi.srt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray srt = read(path(QStringLiteral("hi.srt")));
        QVERIFY2(srt.contains("00:00:00,500 --> 00:00:02,000") &&
                     srt.contains("00:00:02,500 --> 00:00:04,750"),
                 srt.constData());
    }

    // With no --model the engine takes the installed model for the pair (or two through
    // English); without a target language it asks for one.
    void picksTheModelForThePairWithoutModel() {
        const QStringList base{QStringLiteral("run"),     QStringLiteral("translate"),
                               QStringLiteral("--input"), QStringLiteral("text=good morning"),
                               QStringLiteral("--set"),   QStringLiteral("source_language=en")};
        SonaraRun run = sandbox_.sonara(
            base + QStringList{QStringLiteral("--set"), QStringLiteral("target_language=hi"),
                               QStringLiteral("-o"), path(QStringLiteral("auto-hi.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto transcript = sonara::core::Transcript::fromJson(
            QJsonDocument::fromJson(read(path(QStringLiteral("auto-hi.json")))).object());
        QCOMPARE(transcript.model, QStringLiteral("opus-mt-tiny-en-hi"));
        QCOMPARE(transcript.language, QStringLiteral("hi"));
        run = sandbox_.sonara(
            QStringList{QStringLiteral("run"), QStringLiteral("translate"),
                        QStringLiteral("--input"), QStringLiteral("text=guten morgen"),
                        QStringLiteral("--set"), QStringLiteral("source_language=de"),
                        QStringLiteral("--set"), QStringLiteral("target_language=hi"),
                        QStringLiteral("-o"), path(QStringLiteral("auto-pivot.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        transcript = sonara::core::Transcript::fromJson(
            QJsonDocument::fromJson(read(path(QStringLiteral("auto-pivot.json")))).object());
        QCOMPARE(transcript.model, QStringLiteral("opus-mt-tiny-de-en+opus-mt-tiny-en-hi"));
        run = sandbox_.sonara(
            base + QStringList{QStringLiteral("-o"), path(QStringLiteral("auto-none.json"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("target_language")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("auto-none.json"))));
    }

    void aPairWithoutModelsIsAClearError() {
        const SonaraRun run =
            translate({QStringLiteral("--input"), QStringLiteral("text=hola"),
                       QStringLiteral("--set"), QStringLiteral("source_language=es"),
                       QStringLiteral("--set"), QStringLiteral("target_language=de"),
                       QStringLiteral("-o"), path(QStringLiteral("none.json"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("opus-mt-es-de")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.json"))));
    }
};

QTEST_GUILESS_MAIN(TestTranslateEndToEnd)
#include "test_translate_e2e.moc"
