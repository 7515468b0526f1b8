#include "app/studio/user_message.h"

#include "core/audio/audio_error.h"

#include <QCoreApplication>
#include <QException>
#include <QRegularExpression>

namespace sonara::studio {
namespace {

// Texts are marked with QT_TRANSLATE_NOOP so that lupdate finds them.
QString translated(const char* text) {
    return QCoreApplication::translate("sonara::studio::UserMessage", text);
}

// "/home/me/.local/share/sonara/assets/.incoming/1f3a.wav: bad" reads "1f3a.wav: bad".
QString withoutDirectories(QString text) {
    static const QRegularExpression absolutePath(QStringLiteral("(?:/[^/\\s:]+)+/([^/\\s:]+)"));
    return text.replace(absolutePath, QStringLiteral("\\1"));
}

}  // namespace

QString userMessage(const std::exception& failure) {
    if (const auto* audio = dynamic_cast<const core::audio::AudioError*>(&failure)) {
        return withoutDirectories(audio->reason());
    }
    if (const auto* unhandled = dynamic_cast<const QUnhandledException*>(&failure)) {
        if (unhandled->exception()) {
            return userMessage(unhandled->exception());
        }
        return translated(
            QT_TRANSLATE_NOOP("sonara::studio::UserMessage", "an unexpected error occurred"));
    }
    const QString text = QString::fromUtf8(failure.what()).trimmed();
    if (text.isEmpty() || text == QLatin1String("std::exception") ||
        text.startsWith(QLatin1String("std::"))) {
        return translated(
            QT_TRANSLATE_NOOP("sonara::studio::UserMessage", "an unexpected error occurred"));
    }
    return withoutDirectories(text);
}

QString userMessage(const std::exception_ptr& failure) {
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception& caught) {
        return userMessage(caught);
    } catch (...) {
        return translated(
            QT_TRANSLATE_NOOP("sonara::studio::UserMessage", "an unexpected error occurred"));
    }
}

}  // namespace sonara::studio
