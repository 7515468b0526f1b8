#pragma once

#include <QHash>
#include <QStatusBar>

class QLabel;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

// The studio's status bar: a message too long for the room left of the permanent widgets is
// drawn on one line, cut with "…" at the width it has now, and the whole text is the bar's
// tooltip while it shows. QStatusBar would clip it mid-word; a label would grow the window.
class StudioStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit StudioStatusBar(QWidget* parent = nullptr);

    // The current message as it is drawn now (elided, on one line); empty when none shows.
    QString displayedMessage() const;

    // Shows where models run, as a permanent label: the device the compute setting picks, and
    // while jobs run, the device each one's models were placed on (the CPU after a fallback).
    void followDevices(core::EngineHost& host);
    QLabel* deviceLabel() const { return device_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Where QStatusBar draws its message: between the left edge and the first permanent widget.
    QRect messageRect() const;
    // While a message shows, QStatusBar hides the other widgets: the visible ones are permanent.
    QList<QWidget*> permanentWidgets() const;
    void showDevices();

    core::EngineHost* host_ = nullptr;
    QLabel* device_ = nullptr;
    // Running jobs by id -> the device id their models run on.
    QHash<QString, QString> running_;
};

}  // namespace sonara::studio
