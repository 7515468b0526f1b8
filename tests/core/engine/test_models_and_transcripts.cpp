#include "core/engine/errors.h"
#include "core/engine/model_cache.h"
#include "core/engine/model_catalog.h"
#include "core/engine/transcript.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sonara::core;

class TestModelsAndTranscripts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    static void writeFile(const QString& path, const QByteArray& content) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static Transcript sampleTranscript() {
        const QList<TranscriptWord> words = {
            {0.5, 0.9, QStringLiteral("hello"), 0.9},
            {1.0, 1.4, QStringLiteral("world"), 0.8},
            {3.2, 3.6, QStringLiteral("second"), 0.7},
            {3.7, 4.1, QStringLiteral("part"), 0.95},
        };
        Transcript transcript;
        transcript.language = QStringLiteral("en");
        transcript.engine = QStringLiteral("pocketsphinx");
        transcript.duration = 5;
        transcript.segments = Transcript::segmentWords(words);
        return transcript;
    }

private Q_SLOTS:
    void builtinCatalogListsRealModels() {
        const ModelCatalog catalog = ModelCatalog::builtin();
        QVERIFY(catalog.models().size() >= 6);
        const CatalogModel* turbo = catalog.find(QStringLiteral("whisper-large-v3-turbo"));
        QVERIFY(turbo);
        QCOMPARE(turbo->architecture, QStringLiteral("whisper"));
        QVERIFY(turbo->hubRepo.startsWith(QStringLiteral("openai/")));
        QVERIFY(!turbo->files.isEmpty());
        for (const CatalogModel& model : catalog.models()) {
            QVERIFY2(!model.licence.isEmpty(), qPrintable(model.id));
            for (const CatalogFile& file : model.files) {
                QVERIFY2(file.url.startsWith(QStringLiteral("https://")), qPrintable(file.url));
                QVERIFY2(file.sha256.isEmpty() || file.sha256.size() == 64, qPrintable(file.path));
            }
        }
        QVERIFY_EXCEPTION_THROWN(ModelCatalog::fromJson("{not json"), Error);
    }

    void installsFindsAndRemovesAModelFolder() {
        const QString source = dir_.filePath(QStringLiteral("checkpoint"));
        writeFile(source + QStringLiteral("/config.json"),
                  R"({"model_type": "whisper", "num_mel_bins": 80})");
        writeFile(source + QStringLiteral("/model.safetensors"), QByteArray(64, '\0'));
        ModelRepository models(dir_.filePath(QStringLiteral("models")), ModelCatalog::builtin());
        QVERIFY(models.installedModels().isEmpty());
        const InstalledModel installed =
            models.installFromFolder(QStringLiteral("my-whisper"), source);
        QCOMPARE(installed.architecture, QStringLiteral("whisper"));
        QVERIFY(QFile::exists(installed.directory + QStringLiteral("/model.safetensors")));
        QCOMPARE(models.installedModels().size(), 1);
        QCOMPARE(
            models.require(QStringLiteral("my-whisper"), {QStringLiteral("whisper")}).directory,
            installed.directory);
        QVERIFY_EXCEPTION_THROWN(
            models.require(QStringLiteral("my-whisper"), {QStringLiteral("vits")}),
            ValidationError);
        models.remove(QStringLiteral("my-whisper"));
        QVERIFY(!models.find(QStringLiteral("my-whisper")));
        QVERIFY_EXCEPTION_THROWN(models.require(QStringLiteral("my-whisper"), {}),
                                 ModelNotInstalledError);
    }

    void refusesFoldersItCannotIdentify() {
        const QString source = dir_.filePath(QStringLiteral("mystery"));
        writeFile(source + QStringLiteral("/config.json"), R"({"model_type": "llama"})");
        ModelRepository models(dir_.filePath(QStringLiteral("models2")), ModelCatalog::builtin());
        QVERIFY_EXCEPTION_THROWN(models.installFromFolder(QStringLiteral("mystery"), source),
                                 ValidationError);
        QVERIFY_EXCEPTION_THROWN(models.installFromFolder(QStringLiteral("../escape"), source),
                                 ValidationError);
        QVERIFY(models.installedModels().isEmpty());
    }

    void modelCacheEvictsLeastRecentlyUsed() {
        ModelCache cache(100);
        int loads = 0;
        auto loader = [&](int value) {
            return std::function<std::shared_ptr<int>()>([&loads, value] {
                ++loads;
                return std::make_shared<int>(value);
            });
        };
        QCOMPARE(*cache.get<int>(QStringLiteral("a"), 40, loader(1)), 1);
        QCOMPARE(*cache.get<int>(QStringLiteral("b"), 40, loader(2)), 2);
        QCOMPARE(*cache.get<int>(QStringLiteral("a"), 40, loader(9)), 1);  // hit, now most recent
        QCOMPARE(loads, 2);
        cache.get<int>(QStringLiteral("c"), 40, loader(3));  // evicts b
        QCOMPARE(cache.keys(), (QStringList{QStringLiteral("c"), QStringLiteral("a")}));
        QCOMPARE(cache.usedBytes(), 80);
        cache.setBudget(50);
        QCOMPARE(cache.keys(), QStringList{QStringLiteral("c")});
    }

    void segmentsWordsAtPauses() {
        const Transcript transcript = sampleTranscript();
        QCOMPARE(transcript.segments.size(), 2);
        QCOMPARE(transcript.segments.at(0).text, QStringLiteral("hello world"));
        QCOMPARE(transcript.segments.at(1).start, 3.2);
        QCOMPARE(transcript.text(), QStringLiteral("hello world second part"));
    }

    void rendersSubtitles() {
        const Transcript transcript = sampleTranscript();
        QCOMPARE(QString::fromUtf8(transcript.toSrt()),
                 QStringLiteral("1\n00:00:00,500 --> 00:00:01,400\nhello world\n\n"
                                "2\n00:00:03,200 --> 00:00:04,100\nsecond part\n\n"));
        QCOMPARE(QString::fromUtf8(transcript.toVtt()),
                 QStringLiteral("WEBVTT\n\n00:00:00.500 --> 00:00:01.400\nhello world\n\n"
                                "00:00:03.200 --> 00:00:04.100\nsecond part\n\n"));
        QCOMPARE(QString::fromUtf8(transcript.toTxt()),
                 QStringLiteral("hello world\nsecond part\n"));
        const Transcript parsed = Transcript::fromJson(
            QJsonDocument::fromJson(transcript.render(QStringLiteral("json"))).object());
        QCOMPARE(parsed.segments.size(), 2);
        QCOMPARE(parsed.segments.at(1).words.at(1).text, QStringLiteral("part"));
        QCOMPARE(parsed.segments.at(1).words.at(1).probability, 0.95);
    }
};

QTEST_GUILESS_MAIN(TestModelsAndTranscripts)
#include "test_models_and_transcripts.moc"
