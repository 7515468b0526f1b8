#include "app/studio/url_install_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace sonara::studio {

UrlInstallDialog::UrlInstallDialog(const QStringList& architectures, QWidget* parent)
    : QDialog(parent),
      id_(new QLineEdit),
      url_(new QLineEdit),
      sha256_(new QLineEdit),
      architecture_(new QComboBox),
      error_(new QLabel) {
    setWindowTitle(tr("Install a model from a URL"));
    id_->setPlaceholderText(tr("my-model"));
    url_->setPlaceholderText(tr("https://example.com/model.safetensors"));
    sha256_->setPlaceholderText(tr("64 hexadecimal digits"));
    sha256_->setToolTip(tr("The download is refused unless its sha256 matches"));
    architecture_->addItems(architectures);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto* form = new QFormLayout;
    form->addRow(tr("Model id"), id_);
    form->addRow(tr("URL"), url_);
    form->addRow(tr("SHA-256"), sha256_);
    form->addRow(tr("Architecture"), architecture_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UrlInstallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UrlInstallDialog::reject);
}

QString UrlInstallDialog::modelId() const {
    return id_->text().trimmed();
}

QString UrlInstallDialog::url() const {
    return url_->text().trimmed();
}

QString UrlInstallDialog::sha256() const {
    return sha256_->text().trimmed().toLower();
}

QString UrlInstallDialog::architecture() const {
    return architecture_->currentText();
}

void UrlInstallDialog::accept() {
    static const QRegularExpression hexDigest(QStringLiteral("^[0-9a-f]{64}$"));
    const QUrl parsed(url());
    if (modelId().isEmpty() || modelId().contains(QLatin1Char('/'))) {
        error_->setText(tr("Enter a model id without slashes, such as my-model."));
    } else if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") &&
                                     parsed.scheme() != QLatin1String("https"))) {
        error_->setText(tr("Enter the http(s) address of the checkpoint file."));
    } else if (!hexDigest.match(sha256()).hasMatch()) {
        error_->setText(
            tr("Enter the file's sha256 (64 hexadecimal digits), so a damaged or "
               "changed download is refused."));
    } else if (architecture().isEmpty()) {
        error_->setText(tr("Choose the architecture the checkpoint holds."));
    } else {
        QDialog::accept();
    }
}

}  // namespace sonara::studio
