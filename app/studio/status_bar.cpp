#include "app/studio/status_bar.h"

#include "app/studio/settings_dialog.h"
#include "core/engine/engine_host.h"

#include <QLabel>
#include <QPainter>
#include <QSizeGrip>
#include <QStyle>
#include <QStyleOption>
#include <algorithm>

namespace sonara::studio {

StudioStatusBar::StudioStatusBar(QWidget* parent) : QStatusBar(parent) {
    connect(this, &QStatusBar::messageChanged, this,
            [this](const QString& message) { setToolTip(message.simplified()); });
}

void StudioStatusBar::followDevices(core::EngineHost& host) {
    host_ = &host;
    if (!device_) {
        device_ = new QLabel;
        device_->setObjectName(QStringLiteral("device"));
        addPermanentWidget(device_);
    }
    core::JobManager& jobs = host.jobs();
    connect(&jobs, &core::JobManager::jobDevice, device_,
            [this](const QString& id, const core::ComputeDevice& device) {
                running_.insert(id, device.id);
                showDevices();
            });
    connect(&jobs, &core::JobManager::jobFinished, device_, [this](const QString& id) {
        running_.remove(id);
        showDevices();
    });
    connect(&jobs, &core::JobManager::devicesChanged, device_, [this] { showDevices(); });
    showDevices();
}

void StudioStatusBar::showDevices() {
    QStringList ids = running_.values();
    ids.removeDuplicates();
    ids.sort();  // the CPU first, then the GPUs in order
    QStringList inUse;
    for (const QString& id : std::as_const(ids)) {
        inUse << computeDeviceName(id);
    }
    if (inUse.isEmpty()) {
        device_->setText(
            tr("Device: %1").arg(computeDeviceName(host_->devices().place().device.id)));
    } else {
        device_->setText(tr("Running on %1").arg(inUse.join(QStringLiteral(", "))));
    }
    device_->setToolTip(
        tr("Where models run. Choose the device in Settings; a job whose model "
           "does not fit the GPU runs on the CPU and says so"));
}

QList<QWidget*> StudioStatusBar::permanentWidgets() const {
    QList<QWidget*> widgets;
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !child->isWindow() && !qobject_cast<QSizeGrip*>(child)) {
            widgets << child;
        }
    }
    return widgets;
}

QRect StudioStatusBar::messageRect() const {
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = width() - 12;
    for (const QWidget* widget : permanentWidgets()) {
        if (rightToLeft) {
            left = std::max(left, widget->geometry().right() + 2);
        } else {
            right = std::min(right, widget->x() - 2);
        }
    }
    return QRect(left, 0, std::max(right - left, 0), height());
}

QString StudioStatusBar::displayedMessage() const {
    const QString message = currentMessage().simplified();
    if (message.isEmpty()) {
        return {};
    }
    return fontMetrics().elidedText(message, Qt::ElideRight, messageRect().width());
}

void StudioStatusBar::paintEvent(QPaintEvent* event) {
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // What QStatusBar::paintEvent draws, with the message elided instead of clipped.
    QPainter painter(this);
    QStyleOption panel;
    panel.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &panel, &painter, this);
    for (QWidget* widget : permanentWidgets()) {
        QStyleOption frame;
        frame.rect = widget->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &painter, widget);
    }
    painter.setPen(palette().windowText().color());
    painter.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
                     displayedMessage());
}

}  // namespace sonara::studio
