#include "app/studio/studio_settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sonara::studio {

std::unique_ptr<QSettings> studioSettings() {
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("sonara"), QStringLiteral("studio"));
}

QString configuredDataDirectory() {
    return studioSettings()->value(QStringLiteral("data_directory")).toString();
}

QString configuredLanguage() {
    return studioSettings()->value(QStringLiteral("language")).toString();
}

bool installTranslations(QCoreApplication& application, const QString& language) {
    auto* translator = new QTranslator(&application);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!translator->load(locale, QStringLiteral("sonara"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

}  // namespace sonara::studio
