#pragma once

#include "core/audio/audio_error.h"
#include "core/engine/engine.h"
#include "core/engine/errors.h"
#include "core/engine/model_cache.h"
#include "core/engine/parameter.h"
#include "core/engine/transcript.h"

#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace sonara::core::engine_support {

ParameterSpec integerParameter(const QString& id, const QString& title, qlonglong defaultValue,
                               qlonglong minimum, qlonglong maximum, const QString& unit,
                               const QString& help);
ParameterSpec numberParameter(const QString& id, const QString& title, double defaultValue,
                              double minimum, double maximum, const QString& unit,
                              const QString& help);
ParameterSpec choiceParameter(const QString& id, const QString& title, const QString& defaultValue,
                              const QStringList& choices, const QString& help);
ParameterSpec booleanParameter(const QString& id, const QString& title, bool defaultValue,
                               const QString& help);

// Engines can be called without the registry's validation (tests, scripts), so each value is
// checked again here; a bad one throws EngineError naming the parameter and its allowed range.
qlonglong integerValue(const QVariantMap& parameters, const ParameterSpec& spec);
double numberValue(const QVariantMap& parameters, const ParameterSpec& spec);
QString choiceValue(const QVariantMap& parameters, const ParameterSpec& spec);
bool booleanValue(const QVariantMap& parameters, const ParameterSpec& spec);

// Memory a model takes while it runs: its weights and about half again for activations.
inline qint64 modelMemoryEstimate(const InstalledModel& model) {
    return model.sizeBytes + model.sizeBytes / 2;
}

// An installed model loaded on the device the job's DeviceChoice places it on (the pinned one,
// the best CUDA device, or the CPU when it does not fit there, with a notice saying so), in the
// port's dtype for that device (fp16 on CUDA), kept in the job's model cache when it has one so
// that the next job reuses it. Every model engine loads through here: this is where the device
// setting is honoured.
template <typename Model>
std::shared_ptr<Model> loadCachedModel(const InstalledModel& model, JobContext& context) {
    const DeviceChoice::Placement placement =
        context.devices().placeModel(model.id, modelMemoryEstimate(model));
    context.addNotice(placement.notice);
    context.setDevice(placement.device);
    typename Model::Options options;
    options.device = placement.device.id.toStdString();
    auto load = [&] {
        return std::make_shared<Model>(Model::load(model.directory.toStdString(), options));
    };
    ModelCache* cache = context.modelCache();
    if (!cache) {
        return load();
    }
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(model.directory, QString::fromStdString(options.device),
                                 QString::fromStdString(options.dtype));
    return cache->get<Model>(key, model.sizeBytes, std::function<std::shared_ptr<Model>()>(load));
}

// Deletes a partly written output unless the engine reaches release(): a cancelled or failed
// job leaves nothing behind in its work directory.
class OutputFileGuard {
public:
    explicit OutputFileGuard(QString path);
    ~OutputFileGuard();
    OutputFileGuard(const OutputFileGuard&) = delete;
    OutputFileGuard& operator=(const OutputFileGuard&) = delete;

    const QString& path() const { return path_; }
    void release() { released_ = true; }

private:
    QString path_;
    bool released_ = false;
};

// Places "seconds of the recording done" on the job's progress bar between `from` and `to`, so
// that an engine's passes (loading, finding speech, recognising) share one rising bar.
class ProgressBand {
public:
    ProgressBand(JobContext& context, double from, double to, double totalSeconds, QString stage);
    // Returns false once the job is cancelled, like JobContext::progress.
    bool report(double seconds);

private:
    JobContext& context_;
    double from_;
    double to_;
    double total_;
    QString stage_;
};

// The recording an stt job transcribes, or EngineError asking for one.
QString recordingInput(const ValidatedJob& job);

// The error for an stt input FFmpeg cannot read, naming the file and what to do.
// `what` is the work that could not start ("transcribe", "separate", ...).
EngineError unreadableAudio(const QString& path, const audio::AudioError& error,
                            const QString& what = QStringLiteral("transcribe"));

// The end of every stt run: drops word timings unless the job's word_timestamps asks for them,
// saves the transcript JSON atomically (EngineError saying what to do when it cannot) and
// returns it as the job's output.
QList<EngineOutput> finishTranscript(const ValidatedJob& job, Transcript transcript,
                                     JobContext& context);

// GPU memory an stt checkpoint of this size on disk needs while it transcribes: the weights plus
// activations (and a decoder's key/value cache).
qint64 sttVramEstimate(qint64 modelBytes);

}  // namespace sonara::core::engine_support
