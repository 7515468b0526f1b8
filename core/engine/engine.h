#pragma once

#include "core/engine/capability.h"
#include "core/engine/job_context.h"
#include "core/engine/job_inputs.h"
#include "core/engine/model_catalog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace sonara::core {

enum class ComputeLane { Cpu, Gpu };

struct EngineInfo {
    QString id;
    QString capability;
    QString title;
    QString summary;
    // Model architectures this engine loads; empty for classic engines that need no download.
    QStringList architectures;
    ComputeLane lane = ComputeLane::Cpu;
    // Memory the engine needs on the GPU lane while it runs, for the scheduler's budget.
    qint64 vramBytes = 0;
    // Parameters only this engine reads; the registry adds them to the capability's descriptor.
    QList<ParameterSpec> parameters;
    // The engine picks among the installed models of its architectures for each job (by the
    // job's values, e.g. a language pair), so a request may name none once one is installed.
    bool choosesModel = false;

    bool needsModel() const { return !architectures.isEmpty(); }
};

// A request after validation: every parameter present with its declared type, defaults filled;
// every input typed by its kind (files as absolute paths; see JobInputs).
struct ValidatedJob {
    QString capability;
    QString engine;
    std::optional<InstalledModel> model;
    QVariantMap parameters;
    JobInputs inputs;
};

// What an engine produced: a file it wrote into the job's work directory, for one output id
// of its capability's descriptor.
struct EngineOutput {
    QString outputId;
    QString filePath;
};

// One way to run a capability. run() is called on a worker thread; it may throw EngineError or
// audio::AudioError with a message for the user, and reports progress through the context.
class Engine {
public:
    virtual ~Engine() = default;
    virtual EngineInfo info() const = 0;
    // Rules the descriptor cannot state (one of two inputs, a rule across parameters), checked
    // before a job exists: throws ValidationError naming the field, so a client gets 422 and
    // nothing is queued.
    virtual void check(const ValidatedJob&) const {}
    virtual QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) = 0;
};

}  // namespace sonara::core
