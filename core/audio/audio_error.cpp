#include "core/audio/audio_error.h"

#include <QDir>

namespace sonara::core::audio {

namespace {

std::string composeMessage(const QString& path, const QString& reason) {
    if (path.isEmpty())
        return reason.toStdString();
    return (QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason).toStdString();
}

}  // namespace

AudioError::AudioError(QString path, QString reason)
    : std::runtime_error(composeMessage(path, reason)),
      path_(std::move(path)),
      reason_(std::move(reason)) {}

const QString& AudioError::path() const {
    return path_;
}

const QString& AudioError::reason() const {
    return reason_;
}

}  // namespace sonara::core::audio
