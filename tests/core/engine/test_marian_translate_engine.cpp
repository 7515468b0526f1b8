// The `translate` capability's Marian engine on the tiny random-weight opus-mt of the fixtures,
// installed as real model folders: text and transcript inputs, segment times kept, the model
// chosen by language pair, the pivot through English, refusals and cancel.

#include "core/engine/capability_registry.h"
#include "core/engine/engines/marian_translate_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/model_catalog.h"
#include "core/engine/standard_capabilities.h"
#include "core/engine/transcript.h"
#include "models/marian/marian.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

#include "support/marian_fixtures.h"

using namespace sonara::core;
using sonara::test::writeTinyMarian;

class TestMarianTranslateEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<ModelRepository> models_;
    CapabilityRegistry registry_;
    int jobs_ = 0;

    void install(const QString& id, const QString& source, const QString& target) {
        const QString folder = dir_.filePath(QStringLiteral("src-") + id);
        QVERIFY(writeTinyMarian(folder, source, target));
        models_->installFromFolder(id, folder, QStringLiteral("marian"));
    }

    ValidatedJob job(QVariantMap parameters, const QString& model = QStringLiteral("tiny-en-de")) {
        ValidatedJob job;
        job.capability = QStringLiteral("translate");
        job.engine = QStringLiteral("marian");
        job.model = models_->find(model);
        parameters.insert(QStringLiteral("beam_size"),
                          parameters.value(QStringLiteral("beam_size"), 4));
        job.parameters = parameters;
        return job;
    }

    Transcript run(const ValidatedJob& request, std::atomic_bool* cancel = nullptr,
                   QString* work = nullptr) {
        const QString folder = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(folder);
        if (work) {
            *work = folder;
        }
        JobContext context(folder, cancel, [cancel](double fraction, const QString&) {
            if (cancel && fraction > 0.2) {
                cancel->store(true);
            }
        });
        context.setCapabilities(CapabilityAccess{&registry_, models_.get(), nullptr});
        const QList<EngineOutput> outputs = marianTranslateEngine()->run(request, context);
        if (outputs.size() != 1 || outputs[0].outputId != QLatin1String("transcript")) {
            return {};
        }
        QFile file(outputs[0].filePath);
        file.open(QIODevice::ReadOnly);
        return Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }

    // What the model itself gives for these lines, for comparison with the engine's output.
    std::vector<std::string> direct(const QString& model, const std::vector<std::string>& lines) {
        sonara::models::Marian::Options options;
        options.device = "cpu";
        const auto marian =
            sonara::models::Marian::load(models_->find(model)->directory.toStdString(), options);
        sonara::models::Marian::TranslateOptions translate;
        translate.beamSize = 4;
        return marian.translate(lines, translate);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        registerBuiltinEngines(registry_);
        models_ = std::make_unique<ModelRepository>(dir_.filePath(QStringLiteral("models")),
                                                    ModelCatalog::builtin());
        install(QStringLiteral("tiny-en-de"), QStringLiteral("en"), QStringLiteral("de"));
        install(QStringLiteral("tiny-de-en"), QStringLiteral("de"), QStringLiteral("en"));
        install(QStringLiteral("tiny-en-hi"), QStringLiteral("en"), QStringLiteral("hi"));
    }

    void descriptorTakesTextOrTranscript() {
        const CapabilityDescriptor* d = registry_.capability(QStringLiteral("translate"));
        QVERIFY(d);
        QVERIFY(d->input(QStringLiteral("text")) && !d->input(QStringLiteral("text"))->required);
        QVERIFY(d->input(QStringLiteral("transcript")) &&
                d->input(QStringLiteral("transcript"))->kind == InputKind::Document);
        QCOMPARE(d->outputs.value(0).kind, OutputKind::Transcript);
        QCOMPARE(registry_.defaultEngine(QStringLiteral("translate"), models_.get()),
                 QStringLiteral("marian"));
    }

    void translatesEachLineOfAText() {
        ValidatedJob request = job({{QStringLiteral("target_language"), QStringLiteral("de")}});
        request.inputs.setText(QStringLiteral("text"),
                               QStringLiteral("the cat sat\n\n  good morning  \nthank you\n"));
        const Transcript out = run(request);
        QCOMPARE(out.segments.size(), 3);
        QCOMPARE(out.language, QStringLiteral("de"));
        QCOMPARE(out.model, QStringLiteral("tiny-en-de"));
        const auto expected =
            direct(QStringLiteral("tiny-en-de"), {"the cat sat", "good morning", "thank you"});
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!out.segments[i].text.isEmpty());
            QCOMPARE(out.segments[i].text.toStdString(), expected[size_t(i)]);
        }
    }

    void keepsTheTimesOfATranscript() {
        Transcript source;
        source.language = QStringLiteral("en");
        TranscriptSegment first{1.5, 3.25, QStringLiteral("the cat sat"), {}, std::nullopt};
        TranscriptSegment second{4.0, 6.5, QString(), {}, std::nullopt};
        second.words = {TranscriptWord{4.0, 4.5, QStringLiteral("good"), 0.9},
                        TranscriptWord{4.6, 6.5, QStringLiteral("morning"), 0.8}};
        source.segments = {first, second};
        ValidatedJob request = job({});  // languages from the transcript and the model
        request.inputs.setDocument(QStringLiteral("transcript"), source.toJson());
        const Transcript out = run(request);
        QCOMPARE(out.segments.size(), 2);
        QCOMPARE(out.segments[0].start, 1.5);
        QCOMPARE(out.segments[0].end, 3.25);
        QCOMPARE(out.segments[1].start, 4.0);
        QCOMPARE(out.segments[1].end, 6.5);
        QVERIFY(out.segments[1].words.isEmpty());
        const auto expected = direct(QStringLiteral("tiny-en-de"), {"the cat sat", "good morning"});
        QCOMPARE(out.segments[1].text.toStdString(), expected[1]);
        const QByteArray srt = out.render(QStringLiteral("srt"));
        QVERIFY2(srt.contains("00:00:01,500 --> 00:00:03,250"), srt.constData());
    }

    void picksTheModelOfThePairAndPivotsThroughEnglish() {
        ValidatedJob toEnglish = job({{QStringLiteral("source_language"), QStringLiteral("de")},
                                      {QStringLiteral("target_language"), QStringLiteral("en")}});
        toEnglish.inputs.setText(QStringLiteral("text"), QStringLiteral("guten morgen"));
        QCOMPARE(run(toEnglish).model, QStringLiteral("tiny-de-en"));

        ValidatedJob pivot = job({{QStringLiteral("source_language"), QStringLiteral("de-DE")},
                                  {QStringLiteral("target_language"), QStringLiteral("hi")}});
        pivot.inputs.setText(QStringLiteral("text"), QStringLiteral("guten morgen"));
        const Transcript out = run(pivot);
        QCOMPARE(out.model, QStringLiteral("tiny-de-en+tiny-en-hi"));
        QCOMPARE(out.language, QStringLiteral("hi"));
        const auto english = direct(QStringLiteral("tiny-de-en"), {"guten morgen"});
        QCOMPARE(out.segments.value(0).text.toStdString(),
                 direct(QStringLiteral("tiny-en-hi"), english).front());
    }

    void refusesWhatItCannotDo() {
        ValidatedJob noPair = job({{QStringLiteral("source_language"), QStringLiteral("de")},
                                   {QStringLiteral("target_language"), QStringLiteral("es")}});
        noPair.inputs.setText(QStringLiteral("text"), QStringLiteral("hallo"));
        QString work;
        try {
            run(noPair, nullptr, &work);
            QFAIL("a pair without models was translated");
        } catch (const EngineError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(QStringLiteral("opus-mt-de-es")) &&
                         message.contains(QStringLiteral("opus-mt-en-es")),
                     qPrintable(message));
        }
        QVERIFY(QDir(work).isEmpty());

        ValidatedJob nothing = job({});
        QVERIFY_THROWS_EXCEPTION(EngineError, run(nothing));
        ValidatedJob both = job({});
        both.inputs.setText(QStringLiteral("text"), QStringLiteral("hello"));
        both.inputs.setDocument(QStringLiteral("transcript"), Transcript{}.toJson());
        try {
            run(both);
            QFAIL("text and transcript together were accepted");
        } catch (const EngineError& error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("not both")));
        }
        ValidatedJob same = job({{QStringLiteral("target_language"), QStringLiteral("en")},
                                 {QStringLiteral("source_language"), QStringLiteral("EN")}});
        same.inputs.setText(QStringLiteral("text"), QStringLiteral("hello"));
        QVERIFY_THROWS_EXCEPTION(EngineError, run(same));
    }

    void cancelStopsAndLeavesNothing() {
        ValidatedJob request = job({{QStringLiteral("target_language"), QStringLiteral("de")}});
        QStringList lines;
        for (int i = 0; i < 40; ++i) {
            lines.append(QStringLiteral("the cat sat on the mat %1").arg(i));
        }
        request.inputs.setText(QStringLiteral("text"), lines.join(QLatin1Char('\n')));
        std::atomic_bool cancel{false};
        QString work;
        QVERIFY_THROWS_EXCEPTION(JobCancelled, run(request, &cancel, &work));
        QVERIFY(!QFile::exists(QDir(work).filePath(QStringLiteral("transcript.json"))));
    }
};

QTEST_GUILESS_MAIN(TestMarianTranslateEngine)
#include "test_marian_translate_engine.moc"
