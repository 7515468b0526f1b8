#pragma once

#include <QSettings>
#include <QString>
#include <memory>

class QCoreApplication;

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

}  // namespace sonara::studio
