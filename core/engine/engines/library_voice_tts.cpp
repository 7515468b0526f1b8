#include "core/engine/engines/library_voice_tts.h"

#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/model_catalog.h"
#include "core/engine/sub_job.h"

#include <QFile>
#include <QFileInfo>

namespace sonara::core {
namespace {

using namespace engine_support;

const QString kVoiceInput = QStringLiteral("voice");
// Where the synthesis ends on the job's progress bar; the conversion takes the rest.
constexpr double kSpokenAt = 0.4;

class LibraryVoiceTts : public Engine {
public:
    explicit LibraryVoiceTts(std::shared_ptr<Engine> tts) : tts_(std::move(tts)) {}

    EngineInfo info() const override { return tts_->info(); }
    void check(const ValidatedJob& job) const override { tts_->check(job); }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const QString voice = job.inputs.text(kVoiceInput);
        if (voice.isEmpty()) {
            return tts_->run(job, context);
        }
        const QString model = conversionModel(context, voice);
        JobContext speaking = context.subContext(QStringLiteral("speak"), 0.0, kSpokenAt);
        const QList<EngineOutput> spoken = tts_->run(job, speaking);
        if (spoken.isEmpty()) {
            throw EngineError(
                QStringLiteral("the %1 engine produced no speech to convert").arg(job.engine));
        }
        context.throwIfCancelled();

        JobRequest request;
        request.capability = QStringLiteral("voice-changer");
        request.engine = QStringLiteral("knn-vc");
        request.model = model;
        request.inputs.setFiles(QStringLiteral("audio"), {spoken.first().filePath});
        request.inputs.setText(kVoiceInput, voice);
        request.parameters = {{QStringLiteral("mix"), QStringLiteral("voice-only")}};
        const QList<EngineOutput> converted =
            runSubJob(request, context, QStringLiteral("convert"), kSpokenAt, 1.0);
        if (converted.isEmpty()) {
            throw EngineError(
                QStringLiteral("the conversion to voice %1 produced no audio").arg(voice));
        }
        OutputFileGuard output(context.outputPath(QStringLiteral("speech.") +
                                                  QFileInfo(converted.first().filePath).suffix()));
        QFile::remove(output.path());
        if (!QFile::rename(converted.first().filePath, output.path())) {
            throw EngineError(QStringLiteral(
                "the speech cannot be saved: check the free space of Sonara's data folder"));
        }
        output.release();
        context.workDone();
        return {EngineOutput{spoken.first().outputId, output.path()}};
    }

private:
    // The installed voice conversion model; without one, the job says what to install before
    // anything is synthesised.
    static QString conversionModel(const JobContext& context, const QString& voice) {
        if (const ModelRepository* models = context.capabilities().models) {
            for (const InstalledModel& model : models->installedModels()) {
                if (model.architecture == QLatin1String("knn-vc")) {
                    return model.id;
                }
            }
        }
        throw EngineError(
            QStringLiteral("speaking in voice %1 needs a voice conversion model: install knn-vc "
                           "(`sonara models install knn-vc` or the Models page), or leave the "
                           "voice empty for the engine's own voice")
                .arg(voice));
    }

    std::shared_ptr<Engine> tts_;
};

}  // namespace

std::shared_ptr<Engine> speakingInLibraryVoices(std::shared_ptr<Engine> tts) {
    if (!tts || tts->info().capability != QLatin1String("tts")) {
        return tts;
    }
    return std::make_shared<LibraryVoiceTts>(std::move(tts));
}

}  // namespace sonara::core
