#include "app/studio/help_actions.h"

#include "app/studio/action_table.h"
#include "core/engine/engine_host.h"
#include "core/store/settings_store.h"
#include "models/common/device_list.h"

#include <torch/version.h>
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

extern "C" {
#include <libavutil/avutil.h>
}

namespace sonara::studio {

HelpActions::HelpActions(core::EngineHost& host, ActionTable& actions, QWidget* window)
    : QObject(window), host_(host), actions_(actions), window_(window) {
    connect(actions_.add(QStringLiteral("userGuide"), tr("&User guide"), QKeySequence::HelpContents,
                         QStringLiteral("help")),
            &QAction::triggered, this, &HelpActions::showUserGuide);
    connect(actions_.add(QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), QKeySequence()),
            &QAction::triggered, this, &HelpActions::showShortcuts);
    QAction* about =
        actions_.add(QStringLiteral("about"), tr("&About Sonara Studio"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpActions::showAbout);
}

void HelpActions::fillMenu(QMenu* menu) const {
    menu->addAction(actions_.value(QStringLiteral("userGuide")));
    menu->addAction(actions_.value(QStringLiteral("shortcuts")));
    menu->addSeparator();
    menu->addAction(actions_.value(QStringLiteral("about")));
}

QString HelpActions::userGuide() {
    QFile file(QStringLiteral(":/studio/docs/user-guide.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString HelpActions::deviceInUse() const {
    const core::store::SettingsStore settings(host_.database());
    const QString chosen =
        settings.value(QStringLiteral("compute_device"), QStringLiteral("auto")).toString();
    const std::vector<models::DeviceInfo> devices = models::availableDevices();
    const auto cuda = std::find_if(devices.begin(), devices.end(),
                                   [](const models::DeviceInfo& device) { return device.cuda; });
    for (const models::DeviceInfo& device : devices) {
        if (QString::fromStdString(device.id) == chosen) {
            return QString::fromStdString(device.name);
        }
    }
    return cuda != devices.end() ? QString::fromStdString(cuda->name) : tr("CPU");
}

QString HelpActions::aboutText() const {
    const QString version = QCoreApplication::applicationVersion();
    return tr("<h3>Sonara Studio %1</h3>"
              "<p>Edit, clean up, transcribe and make audio on your own computer.</p>"
              "<p>Qt %2<br>libtorch %3<br>FFmpeg %4<br>Compute device: %5</p>")
        .arg(version.isEmpty() ? QString() : version, QString::fromLatin1(qVersion()),
             QStringLiteral(TORCH_VERSION), QString::fromLatin1(av_version_info()),
             deviceInUse().toHtmlEscaped());
}

QStringList HelpActions::shortcutLines() const {
    QStringList lines;
    for (QAction* action : actions_.all()) {
        if (action->shortcut().isEmpty()) {
            continue;
        }
        lines << action->text().remove(QLatin1Char('&')) + QLatin1Char('\t') +
                     action->shortcut().toString(QKeySequence::NativeText);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

void HelpActions::showUserGuide() {
    auto* dialog = new QDialog(window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setWindowTitle(tr("Sonara Studio user guide"));
    auto* browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(userGuide());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    dialog->show();
}

void HelpActions::showShortcuts() {
    auto* dialog = new QDialog(window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcuts"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const QStringList lines = shortcutLines();
    auto* table = new QTableWidget(static_cast<int>(lines.size()), 2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < lines.size(); ++row) {
        const QStringList parts = lines[row].split(QLatin1Char('\t'));
        table->setItem(row, 0, new QTableWidgetItem(parts.value(0)));
        table->setItem(row, 1, new QTableWidgetItem(parts.value(1)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(480, 560);
    dialog->show();
}

void HelpActions::showAbout() {
    QMessageBox::about(window_, tr("About Sonara Studio"), aboutText());
}

}  // namespace sonara::studio
