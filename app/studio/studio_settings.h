#pragma once

#include <QSettings>
#include <QString>
#include <memory>

class QCoreApplication;
class QPalette;

namespace sonara::studio {

// The studio's own settings ($XDG_CONFIG_HOME/sonara/studio.conf): what cannot live in the
// database, such as where the database is, plus window state and recent files.
std::unique_ptr<QSettings> studioSettings();

// The data directory chosen in the settings, or empty for the default.
QString configuredDataDirectory();
// The language chosen ("" follows the system locale).
QString configuredLanguage();
// Loads the compiled translation for `language` (or the system locale when empty) into the
// application; English needs none. Returns whether one was installed.
bool installTranslations(QCoreApplication& application, const QString& language);

// The theme chosen: "" follows the desktop (the palette its platform theme gives Qt), "light"
// or "dark".
QString configuredTheme();
// Applies a theme to the whole application; "" restores the desktop's palette.
void applyTheme(const QString& theme);
// Whether the palette in use is dark (light text on a dark window), for colours drawn by hand.
bool isDarkPalette(const QPalette& palette);

}  // namespace sonara::studio
