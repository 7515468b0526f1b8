#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QStringList>
#include <QTimer>

namespace sonara::studio::test {

// Answers the modal message boxes the studio opens (they run their own event loop), one
// answer each in order, by standard button or by a button's text; remembers what each said.
class MessageBoxAnswerer : public QObject {
public:
    explicit MessageBoxAnswerer(QStringList answers) : answers_(std::move(answers)) {
        connect(&timer_, &QTimer::timeout, this, [this] { answer(); });
        timer_.start(20);
    }

    // "Save", "Discard", "Cancel" or the text of a custom button ("Recover").
    const QStringList& texts() const { return texts_; }
    int answered() const { return texts_.size(); }

private:
    void answer() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->property("answered").toBool() || answers_.isEmpty()) {
            return;
        }
        const QString wanted = answers_.takeFirst();
        QAbstractButton* chosen = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            const QMessageBox::StandardButton standard = box->standardButton(button);
            const bool byStandard =
                (wanted == QLatin1String("Save") && standard == QMessageBox::Save) ||
                (wanted == QLatin1String("Discard") && standard == QMessageBox::Discard) ||
                (wanted == QLatin1String("Cancel") && standard == QMessageBox::Cancel) ||
                (wanted == QLatin1String("Ok") && standard == QMessageBox::Ok);
            if (byStandard || button->text().remove(QLatin1Char('&')) == wanted) {
                chosen = button;
            }
        }
        // A box on the stack may reuse the last one's address: mark it, do not compare.
        box->setProperty("answered", true);
        texts_ << box->text();
        if (chosen) {
            chosen->click();
        } else {
            box->reject();
        }
    }

    QStringList answers_;
    QStringList texts_;
    QTimer timer_;
};

}  // namespace sonara::studio::test
