#include "core/engine/engines/vits_text_hooks.h"

#include "core/engine/engines/espeak_library.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace sonara::core::vits_text {

QString romanize(const QString& text) {
    // Creating the compound transliterator takes milliseconds and an instance is not safe to
    // share between threads: one per thread.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    if (!transliterator) {
        return text;
    }
    icu::UnicodeString buffer(reinterpret_cast<const char16_t*>(text.utf16()),
                              static_cast<int32_t>(text.size()));
    transliterator->transliterate(buffer);
    return QString(reinterpret_cast<const QChar*>(buffer.getBuffer()), buffer.length());
}

models::VitsTextHooks hooks() {
    models::VitsTextHooks hooks;
    hooks.espeakIpa = [](const std::string& text) {
        return espeak::ipaPhonemes(text, QStringLiteral("en-us"));
    };
    hooks.romanize = [](const std::string& text) {
        return romanize(QString::fromStdString(text)).toStdString();
    };
    return hooks;
}

}  // namespace sonara::core::vits_text
