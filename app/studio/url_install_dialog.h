#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sonara::studio {

// A model that is not in the catalog, from the address of its checkpoint file: its id, the
// URL, the sha256 the file must have, and the architecture it holds.
class UrlInstallDialog : public QDialog {
    Q_OBJECT
public:
    UrlInstallDialog(const QStringList& architectures, QWidget* parent = nullptr);

    QString modelId() const;
    QString url() const;
    QString sha256() const;
    QString architecture() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* id_;
    QLineEdit* url_;
    QLineEdit* sha256_;
    QComboBox* architecture_;
    QLabel* error_;
};

}  // namespace sonara::studio
