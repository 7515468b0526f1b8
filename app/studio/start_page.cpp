#include "app/studio/start_page.h"

#include "app/studio/descriptor_translation.h"
#include "core/engine/engine_host.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace sonara::studio {

QIcon capabilityIcon(const QString& capabilityId) {
    const QString path = QStringLiteral(":/studio/icons/cap_%1.svg").arg(capabilityId);
    return QIcon(QFile::exists(path) ? path : QStringLiteral(":/studio/icons/cap_default.svg"));
}

StartPage::StartPage(core::EngineHost& host, QWidget* parent)
    : QWidget(parent),
      host_(host),
      tiles_(new QGridLayout),
      open_(new QPushButton(QIcon(QStringLiteral(":/studio/icons/open.svg")), tr("Open a file…"))),
      recent_(new QListWidget) {
    setObjectName(QStringLiteral("startPage"));
    open_->setObjectName(QStringLiteral("startOpen"));
    connect(open_, &QPushButton::clicked, this, &StartPage::openRequested);
    recent_->setObjectName(QStringLiteral("startRecent"));
    recent_->setMaximumHeight(fontMetrics().height() * 8);
    recent_->setWordWrap(true);
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("What would you like to do?")));
    heading->setObjectName(QStringLiteral("startHeading"));
    auto* hint =
        new QLabel(tr("Open or drop an audio or video file to edit it, or pick what to "
                      "make. Results open as tracks you can compare, apply and export."));
    hint->setWordWrap(true);

    auto* side = new QVBoxLayout;
    side->addWidget(open_);
    side->addWidget(new QLabel(tr("Recent files")));
    side->addWidget(recent_);
    side->addStretch(1);

    auto* grid = new QWidget;
    grid->setLayout(tiles_);
    tiles_->setSpacing(10);
    auto* scroll = new QScrollArea;
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* body = new QHBoxLayout;
    body->addWidget(scroll, 3);
    body->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    refresh();
}

QWidget* StartPage::makeTile(const QString& capabilityId) {
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(capabilityId);
    auto* tile = new QToolButton;
    tile->setObjectName(QStringLiteral("tile:") + capabilityId);
    tile->setAutoRaise(false);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tile->setToolTip(tr("Open %1").arg(translateDescriptor(descriptor->title)));
    connect(tile, &QToolButton::clicked, this,
            [this, capabilityId] { Q_EMIT capabilityRequested(capabilityId); });
    auto* icon = new QLabel;
    icon->setPixmap(capabilityIcon(capabilityId).pixmap(32, 32));
    auto* title = new QLabel(
        QStringLiteral("<b>%1</b>").arg(translateDescriptor(descriptor->title).toHtmlEscaped()));
    auto* summary = new QLabel(translateDescriptor(descriptor->summary));
    summary->setWordWrap(true);
    auto* ready = new QLabel(readiness(capabilityId));
    ready->setObjectName(QStringLiteral("readiness"));
    ready->setWordWrap(true);
    ready->setEnabled(false);  // Drawn in the palette's secondary text colour.
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(ready);
    auto* row = new QHBoxLayout(tile);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    for (QLabel* label : {icon, title, summary, ready}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    tile->setMinimumHeight(row->sizeHint().height() + 8);
    return tile;
}

QString StartPage::readiness(const QString& capabilityId) const {
    QStringList ready;
    bool needsModel = false;
    const auto installed = host_.models().installedModels();
    for (const core::EngineInfo& info : host_.registry().engines(capabilityId)) {
        bool usable = !info.needsModel();
        for (const core::InstalledModel& model : installed) {
            usable = usable || info.architectures.contains(model.architecture);
        }
        if (usable) {
            ready << (info.title.isEmpty() ? info.id : translateDescriptor(info.title));
        } else {
            needsModel = true;
        }
    }
    if (!ready.isEmpty()) {
        return tr("Ready: %1").arg(ready.join(QStringLiteral(", ")));
    }
    return needsModel ? tr("Needs a model: install one from the Models page")
                      : tr("No engine installed");
}

void StartPage::refresh() {
    while (QLayoutItem* item = tiles_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int index = 0;
    for (const core::CapabilityDescriptor& descriptor : host_.registry().capabilities()) {
        tiles_->addWidget(makeTile(descriptor.id), index / 2, index % 2);
        ++index;
    }
    tiles_->setRowStretch(index / 2 + 1, 1);
}

void StartPage::setRecentFiles(const QStringList& paths) {
    recent_->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), recent_);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Files you open appear here."), recent_);
        item->setFlags(Qt::NoItemFlags);
    }
}

QWidget* StartPage::tile(const QString& capabilityId) const {
    return findChild<QWidget*>(QStringLiteral("tile:") + capabilityId);
}

void StartPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

}  // namespace sonara::studio
