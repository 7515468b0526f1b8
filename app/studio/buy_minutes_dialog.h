#pragma once

#include "core/account/wire_types.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace sonara::studio {

// Lists the service's plans with their minutes and price; Buy asks for the chosen plan's
// payment page, which opens in the browser. Whoever opens it answers planChosen and calls
// finishCheckout() with the outcome, as with the sign-in dialog.
class BuyMinutesDialog : public QDialog {
    Q_OBJECT
public:
    BuyMinutesDialog(const QList<core::account::Plan>& plans, QWidget* parent = nullptr);

    QListWidget* planList() const { return list_; }
    QString errorText() const;
    // Empty `error`: the payment page opened, the dialog closes; otherwise the error is shown.
    void finishCheckout(const QString& error);

    // "60 minutes · $20.00" (an amount in the plan's currency; the code when it has no sign).
    static QString describe(const core::account::Plan& plan);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void planChosen(const QString& planId);

private:
    QListWidget* list_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

}  // namespace sonara::studio
