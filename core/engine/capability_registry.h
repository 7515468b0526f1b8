#pragma once

#include "core/engine/capability.h"
#include "core/engine/engine.h"

#include <QJsonObject>
#include <QMap>
#include <QVariantMap>
#include <memory>

namespace sonara::core {

class ModelRepository;
class VoiceLibrary;

// What a client asks for, before validation. Parameter values may arrive as strings (CLI
// `--set k=v`) or typed (JSON); validation converts them to the declared type. Inputs are named
// by the descriptor's input ids; file inputs hold local paths.
struct JobRequest {
    QString capability;
    QString engine;
    QString model;
    QVariantMap parameters;
    JobInputs inputs;
    // What the client files the job under (stored with it; engines never see these): a label
    // and metadata to find it by, and the Idempotency-Key with a fingerprint of the request.
    QString label;
    QJsonObject metadata;
    QString idempotencyKey;
    QString requestFingerprint;
    // Scheduling: higher runs first (JobManager::kMinPriority..kMaxPriority), then first come
    // first served.
    int priority = 0;
};

class CapabilityRegistry {
public:
    void addCapability(const CapabilityDescriptor& descriptor);
    // The engine's own parameters join its capability's descriptor, restricted to it.
    void addEngine(std::shared_ptr<Engine> engine);

    QList<CapabilityDescriptor> capabilities() const;
    const CapabilityDescriptor* capability(const QString& id) const;
    QList<EngineInfo> engines(const QString& capabilityId) const;
    std::shared_ptr<Engine> engine(const QString& capabilityId, const QString& engineId) const;
    // The engine a request gets when it names none: the first registered whose model (if it
    // needs one) is installed.
    QString defaultEngine(const QString& capabilityId, const ModelRepository* models) const;

    // Checks a request against the descriptor and returns it typed and complete, or throws
    // ValidationError naming the offending field. Model lookup needs the repository, a voice
    // input the voice library; input files must exist and be readable.
    ValidatedJob validate(const JobRequest& request, const ModelRepository* models,
                          const VoiceLibrary* voices = nullptr) const;

private:
    struct Entry {
        CapabilityDescriptor descriptor;
        QList<std::shared_ptr<Engine>> engines;
    };
    QList<QString> order_;
    QMap<QString, Entry> entries_;
};

// Converts one raw value to the parameter's type, or throws ValidationError naming it.
QVariant validateParameterValue(const ParameterSpec& spec, const QVariant& value);

}  // namespace sonara::core
