#include "core/engine/job_inputs.h"

#include <QJsonArray>

namespace sonara::core {

void JobInputs::setDocument(const QString& id, const QJsonValue& document) {
    values_.insert(id, document.toVariant());
}

QString JobInputs::text(const QString& id) const {
    const QVariant value = values_.value(id);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

QStringList JobInputs::files(const QString& id) const {
    if (auto samples = voiceSamples_.constFind(id); samples != voiceSamples_.constEnd()) {
        return *samples;
    }
    const QVariant value = values_.value(id);
    if (value.typeId() == QMetaType::QString) {
        return value.toString().isEmpty() ? QStringList() : QStringList{value.toString()};
    }
    return value.toStringList();
}

QJsonValue JobInputs::document(const QString& id) const {
    return QJsonValue::fromVariant(values_.value(id));
}

QJsonObject JobInputs::toJson() const {
    return QJsonObject::fromVariantMap(values_);
}

JobInputs JobInputs::fromJson(const QJsonObject& json) {
    return JobInputs(json.toVariantMap());
}

}  // namespace sonara::core
