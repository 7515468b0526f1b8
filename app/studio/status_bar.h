#pragma once

#include <QStatusBar>

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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Where QStatusBar draws its message: between the left edge and the first permanent widget.
    QRect messageRect() const;
    // While a message shows, QStatusBar hides the other widgets: the visible ones are permanent.
    QList<QWidget*> permanentWidgets() const;
};

}  // namespace sonara::studio
