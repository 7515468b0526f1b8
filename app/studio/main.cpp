#include "app/studio/admin_window.h"
#include "app/studio/main_window.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/studio_settings.h"
#include "core/engine/engine_host.h"
#include "core/store/settings_store.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace {

// The admin window needs no engine: it only talks to sonara-cloud.
int runAdmin() {
    sonara::studio::AdminWindow window;
    window.show();
    QTimer::singleShot(0, &window, &sonara::studio::AdminWindow::showSignIn);
    return QApplication::exec();
}

int runStudio() {
    try {
        sonara::core::EngineHostOptions options;
        options.dataDirectory = sonara::studio::configuredDataDirectory();
        sonara::core::EngineHost host(options);
        host.jobs().start();
        sonara::studio::MainWindow window(host);
        const sonara::core::store::SettingsStore settings(host.database());
        window.startLocalApi(static_cast<quint16>(
            settings
                .value(QStringLiteral("api_port"), sonara::studio::SettingsDialog::kDefaultApiPort)
                .toUInt()));
        for (const QString& path : QApplication::arguments().mid(1)) {
            window.openFileInBackground(path);
        }
        window.show();
        QTimer::singleShot(0, &window, &sonara::studio::MainWindow::offerRecovery);
        return QApplication::exec();
    } catch (const std::exception& failure) {
        QMessageBox::critical(
            nullptr, QObject::tr("Sonara Studio"),
            QObject::tr("The studio could not start: %1").arg(QString::fromUtf8(failure.what())));
        return 1;
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // The same name as `sonara`, so the studio, the CLI and `sonara serve` share one data
    // directory and one local API token.
    QApplication::setApplicationName(QStringLiteral("sonara"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sonara Studio"));
    QApplication::setDesktopFileName(QStringLiteral("sonara-studio"));
    QApplication::setApplicationVersion(QStringLiteral(SONARA_VERSION));
    sonara::studio::installTranslations(app, sonara::studio::configuredLanguage());
    sonara::studio::applyTheme(sonara::studio::configuredTheme());
    if (QApplication::arguments().contains(QStringLiteral("--admin"))) {
        return runAdmin();
    }
    return runStudio();
}
