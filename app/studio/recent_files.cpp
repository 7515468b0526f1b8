#include "app/studio/recent_files.h"

#include "app/studio/studio_settings.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

namespace sonara::studio {
namespace {

constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("recent_files");

}  // namespace

RecentFiles::RecentFiles(QString dataDirectory, QMenu* menu, QObject* parent)
    : QObject(parent), dataDirectory_(std::move(dataDirectory)), menu_(menu) {
    rebuildMenu();
}

QStringList RecentFiles::files() const {
    return studioSettings()->value(kRecentKey).toStringList();
}

void RecentFiles::add(const QString& path) {
    if (path.startsWith(dataDirectory_)) {
        return;
    }
    QStringList recent = files();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles) {
        recent.removeLast();
    }
    studioSettings()->setValue(kRecentKey, recent);
    rebuildMenu();
}

void RecentFiles::rebuildMenu() {
    menu_->clear();
    const QStringList recent = files();
    for (const QString& path : recent) {
        QAction* entry = menu_->addAction(QFileInfo(path).fileName());
        entry->setToolTip(path);
        connect(entry, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    menu_->setEnabled(!recent.isEmpty());
}

}  // namespace sonara::studio
