#include "app/studio/studio_settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
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
    // Switching languages replaces the translators installed before.
    const QString marker = QStringLiteral("sonaraTranslator");
    for (QTranslator* previous : application.findChildren<QTranslator*>(marker)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const auto install = [&](const QString& name, const QStringList& folders) {
        for (const QString& folder : folders) {
            auto* translator = new QTranslator(&application);
            translator->setObjectName(marker);
            if (translator->load(locale, name, QStringLiteral("_"), folder) &&
                QCoreApplication::installTranslator(translator)) {
                return true;
            }
            delete translator;
        }
        return false;
    };
    // English plural forms ("1 row", "2 rows") beneath every language: installed first, so
    // that the language's own translator, searched before it, wins where it has the text.
    auto* plurals = new QTranslator(&application);
    plurals->setObjectName(marker);
    if (!plurals->load(QStringLiteral("sonara_en"), QStringLiteral(":/i18n")) ||
        !QCoreApplication::installTranslator(plurals)) {
        delete plurals;
    }
    // Qt's own texts (dialog buttons, the file dialog, key names) come from Debian's
    // qt6-translations-l10n; the resources hold those of languages it lacks (Hindi).
    install(QStringLiteral("qtbase"),
            {QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral(":/i18n")});
    return install(QStringLiteral("sonara"), {QStringLiteral(":/i18n")});
}

QString configuredTheme() {
    return studioSettings()->value(QStringLiteral("theme")).toString();
}

namespace {

QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x1e, 0x20, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x85, 0x8c);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3f));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0x4d, 0x9d, 0xe0));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4f, 0x56));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    palette.setColor(QPalette::Light, QColor(0x50, 0x55, 0x5c));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

}  // namespace

void applyTheme(const QString& theme) {
    static const QString desktopStyle = QApplication::style()->name();
    if (theme == QLatin1String("dark") || theme == QLatin1String("light")) {
        // Fusion draws every control from the palette, so both themes look whole.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == QLatin1String("dark")
                                     ? darkPalette()
                                     : QApplication::style()->standardPalette());
        return;
    }
    // Qt 6.4 cannot ask the desktop for its colour scheme; its platform theme's palette
    // (GTK, KDE) already follows a dark desktop.
    QApplication::setStyle(QStyleFactory::create(desktopStyle));
    QApplication::setPalette(QPalette());
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

}  // namespace sonara::studio
