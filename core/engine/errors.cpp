#include "core/engine/errors.h"

#include <QCoreApplication>

namespace sonara::core {

Error::Error(const QString& message) : std::runtime_error(message.toStdString()) {}

ValidationError::ValidationError(Kind kind, QString field, const QString& message)
    : Error(message), kind_(kind), field_(std::move(field)) {}

ModelNotInstalledError::ModelNotInstalledError(const QString& modelId, const QString& reason)
    : Error(QStringLiteral("model %1 is not installed%2: install it from the Models page or "
                           "`sonara models install %1`")
                .arg(modelId, reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason))),
      modelId_(modelId) {}

JobCancelled::JobCancelled() : Error(QStringLiteral("the job was cancelled")) {}

}  // namespace sonara::core
