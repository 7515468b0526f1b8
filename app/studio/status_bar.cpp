#include "app/studio/status_bar.h"

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
