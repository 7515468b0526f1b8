#include "core/engine/capability_registry.h"

#include "core/engine/errors.h"
#include "core/engine/input_validation.h"
#include "core/engine/model_catalog.h"

#include <cmath>

namespace sonara::core {
namespace {

using Kind = ValidationError::Kind;

QString rangeText(const ParameterSpec& spec) {
    QString text;
    if (spec.minimum && spec.maximum) {
        text = QStringLiteral("between %1 and %2").arg(*spec.minimum).arg(*spec.maximum);
    } else if (spec.minimum) {
        text = QStringLiteral("at least %1").arg(*spec.minimum);
    } else if (spec.maximum) {
        text = QStringLiteral("at most %1").arg(*spec.maximum);
    }
    if (!spec.unit.isEmpty()) {
        text += QStringLiteral(" %1").arg(spec.unit);
    }
    return text;
}

[[noreturn]] void throwType(const ParameterSpec& spec, const QVariant& value, const QString& what) {
    throw ValidationError(
        Kind::Malformed, spec.id,
        QStringLiteral("parameter '%1' must be %2; got '%3'").arg(spec.id, what, value.toString()));
}

bool toBoolean(const ParameterSpec& spec, const QVariant& value) {
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("yes"), QStringLiteral("on")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("no"), QStringLiteral("off")};
    if (yes.contains(text)) {
        return true;
    }
    if (no.contains(text)) {
        return false;
    }
    throwType(spec, value, QStringLiteral("true or false"));
}

double toNumber(const ParameterSpec& spec, const QVariant& value) {
    bool ok = false;
    const double number = value.typeId() == QMetaType::QString
                              ? value.toString().trimmed().toDouble(&ok)
                              : value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || value.typeId() == QMetaType::Bool) {
        throwType(spec, value, QStringLiteral("a number"));
    }
    return number;
}

void checkRange(const ParameterSpec& spec, double number) {
    if ((spec.minimum && number < *spec.minimum) || (spec.maximum && number > *spec.maximum)) {
        throw ValidationError(Kind::OutOfRange, spec.id,
                              QStringLiteral("parameter '%1' must be %2; got %3")
                                  .arg(spec.id, rangeText(spec))
                                  .arg(number));
    }
}

QStringList parameterIds(const QList<ParameterSpec>& specs) {
    QStringList ids;
    for (const ParameterSpec& spec : specs) {
        ids.append(spec.id);
    }
    return ids;
}

}  // namespace

QVariant validateParameterValue(const ParameterSpec& spec, const QVariant& value) {
    switch (spec.type) {
        case ParameterType::Boolean:
            return toBoolean(spec, value);
        case ParameterType::Integer: {
            const double number = toNumber(spec, value);
            if (number != std::floor(number)) {
                throwType(spec, value, QStringLiteral("a whole number"));
            }
            checkRange(spec, number);
            return static_cast<qlonglong>(number);
        }
        case ParameterType::Number: {
            const double number = toNumber(spec, value);
            checkRange(spec, number);
            return number;
        }
        case ParameterType::Choice: {
            const QString text = value.toString();
            if (!spec.choices.contains(text)) {
                throw ValidationError(
                    Kind::OutOfRange, spec.id,
                    QStringLiteral("parameter '%1' must be one of %2; got '%3'")
                        .arg(spec.id, spec.choices.join(QStringLiteral(", ")), text));
            }
            return text;
        }
        case ParameterType::String: {
            if (value.typeId() == QMetaType::QVariantMap ||
                value.typeId() == QMetaType::QVariantList) {
                throwType(spec, value, QStringLiteral("a text value"));
            }
            const QString text = value.toString();
            if (spec.required && text.trimmed().isEmpty()) {
                throw ValidationError(
                    Kind::Missing, spec.id,
                    QStringLiteral("parameter '%1' must not be empty").arg(spec.id));
            }
            return text;
        }
    }
    return value;
}

void CapabilityRegistry::addCapability(const CapabilityDescriptor& descriptor) {
    if (!entries_.contains(descriptor.id)) {
        order_.append(descriptor.id);
    }
    entries_[descriptor.id].descriptor = descriptor;
}

void CapabilityRegistry::addEngine(std::shared_ptr<Engine> engine) {
    const EngineInfo info = engine->info();
    auto it = entries_.find(info.capability);
    if (it == entries_.end()) {
        throw Error(QStringLiteral("engine %1 is for capability %2, which is not registered")
                        .arg(info.id, info.capability));
    }
    for (ParameterSpec spec : info.parameters) {
        spec.engines = QStringList{info.id};
        it->descriptor.parameters.append(spec);
    }
    it->engines.append(std::move(engine));
}

QList<CapabilityDescriptor> CapabilityRegistry::capabilities() const {
    QList<CapabilityDescriptor> result;
    for (const QString& id : order_) {
        result.append(entries_.value(id).descriptor);
    }
    return result;
}

const CapabilityDescriptor* CapabilityRegistry::capability(const QString& id) const {
    auto it = entries_.constFind(id);
    return it == entries_.constEnd() ? nullptr : &it->descriptor;
}

QList<EngineInfo> CapabilityRegistry::engines(const QString& capabilityId) const {
    QList<EngineInfo> result;
    for (const auto& engine : entries_.value(capabilityId).engines) {
        result.append(engine->info());
    }
    return result;
}

std::shared_ptr<Engine> CapabilityRegistry::engine(const QString& capabilityId,
                                                   const QString& engineId) const {
    for (const auto& engine : entries_.value(capabilityId).engines) {
        if (engine->info().id == engineId) {
            return engine;
        }
    }
    return nullptr;
}

QString CapabilityRegistry::defaultEngine(const QString& capabilityId,
                                          const ModelRepository* models) const {
    const QList<EngineInfo> infos = engines(capabilityId);
    for (const EngineInfo& info : infos) {
        if (!info.needsModel()) {
            return info.id;
        }
        if (models) {
            for (const InstalledModel& model : models->installedModels()) {
                if (info.architectures.contains(model.architecture)) {
                    return info.id;
                }
            }
        }
    }
    return infos.isEmpty() ? QString() : infos.first().id;
}

ValidatedJob CapabilityRegistry::validate(const JobRequest& request, const ModelRepository* models,
                                          const VoiceLibrary* voices) const {
    const CapabilityDescriptor* descriptor = capability(request.capability);
    if (!descriptor) {
        throw ValidationError(Kind::Unknown, QStringLiteral("capability"),
                              QStringLiteral("unknown capability '%1'; available: %2")
                                  .arg(request.capability, order_.join(QStringLiteral(", "))));
    }
    ValidatedJob job;
    job.capability = descriptor->id;
    job.engine = request.engine.isEmpty() ? defaultEngine(descriptor->id, models) : request.engine;
    const std::shared_ptr<Engine> selected = engine(descriptor->id, job.engine);
    if (!selected) {
        QStringList known;
        for (const EngineInfo& info : engines(descriptor->id)) {
            known.append(info.id);
        }
        throw ValidationError(
            Kind::Unknown, QStringLiteral("engine"),
            QStringLiteral("capability %1 has no engine '%2'; available: %3")
                .arg(descriptor->id, job.engine, known.join(QStringLiteral(", "))));
    }
    const EngineInfo info = selected->info();

    const auto anyInstalled = [&] {
        const QList<InstalledModel> installed =
            models ? models->installedModels() : QList<InstalledModel>();
        return std::any_of(installed.begin(), installed.end(), [&](const InstalledModel& model) {
            return info.architectures.contains(model.architecture);
        });
    };
    if (info.needsModel() && request.model.isEmpty() && info.choosesModel && anyInstalled()) {
        // The engine chooses its model when it runs; job.model stays empty.
    } else if (info.needsModel()) {
        if (request.model.isEmpty()) {
            throw ValidationError(Kind::Missing, QStringLiteral("model"),
                                  QStringLiteral("engine %1 needs a model (%2): choose one with "
                                                 "--model or on the Models page")
                                      .arg(info.id, info.architectures.join(QStringLiteral(", "))));
        }
        if (!models) {
            throw ModelNotInstalledError(request.model);
        }
        job.model = models->require(request.model, info.architectures);
    } else if (!request.model.isEmpty()) {
        throw ValidationError(
            Kind::Unknown, QStringLiteral("model"),
            QStringLiteral("engine %1 needs no model; remove '%2'").arg(info.id, request.model));
    }

    const QList<ParameterSpec> specs = descriptor->parametersFor(info.id);
    for (auto it = request.parameters.constBegin(); it != request.parameters.constEnd(); ++it) {
        const bool known = std::any_of(specs.begin(), specs.end(),
                                       [&](const ParameterSpec& s) { return s.id == it.key(); });
        if (!known) {
            throw ValidationError(
                Kind::Unknown, it.key(),
                QStringLiteral("unknown parameter '%1' for %2 with engine %3; known: %4")
                    .arg(it.key(), descriptor->id, info.id,
                         parameterIds(specs).join(QStringLiteral(", "))));
        }
    }
    for (const ParameterSpec& spec : specs) {
        const QVariant raw = request.parameters.value(spec.id, spec.defaultValue);
        job.parameters.insert(spec.id, validateParameterValue(spec, raw));
    }

    job.inputs = validateInputs(*descriptor, request.inputs, voices);
    selected->check(job);
    return job;
}

}  // namespace sonara::core
