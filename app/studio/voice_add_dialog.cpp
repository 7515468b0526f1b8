#include "app/studio/voice_add_dialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sonara::studio {
namespace {

// The statement and the fields that confirm it, shared by both dialogs.
QWidget* consentBlock(QWidget* parent, QLineEdit** by, QCheckBox** box) {
    auto* block = new QWidget(parent);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* statement = new QLabel(VoiceAddDialog::consentStatement(), block);
    statement->setObjectName(QStringLiteral("consentStatement"));
    statement->setWordWrap(true);
    statement->setFrameShape(QFrame::StyledPanel);
    statement->setMargin(6);
    *by = new QLineEdit(block);
    (*by)->setObjectName(QStringLiteral("consentBy"));
    (*by)->setPlaceholderText(VoiceAddDialog::tr("Your full name"));
    *box = new QCheckBox(VoiceAddDialog::tr("The speaker agreed to the statement above"), block);
    (*box)->setObjectName(QStringLiteral("consentGiven"));
    auto* form = new QFormLayout;
    form->addRow(VoiceAddDialog::tr("Confirmed by:"), *by);
    layout->addWidget(new QLabel(VoiceAddDialog::tr("Consent"), block));
    layout->addWidget(statement);
    layout->addLayout(form);
    layout->addWidget(*box);
    return block;
}

core::VoiceConsent consentFrom(const QLineEdit* by, const QCheckBox* box) {
    core::VoiceConsent consent;
    if (box->isChecked()) {
        consent.by = by->text().trimmed();
        consent.statement = VoiceAddDialog::consentStatement();
        consent.at = QDateTime::currentDateTimeUtc();
    }
    return consent;
}

}  // namespace

QString VoiceAddDialog::consentStatement() {
    return tr(
        "I am the person whose voice is in these recordings, or I have their permission, "
        "and I agree that this voice may be used to make speech with Sonara Studio.");
}

VoiceAddDialog::VoiceAddDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Add a voice"));
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("voiceName"));
    language_ = new QLineEdit(this);
    language_->setPlaceholderText(tr("e.g. en-GB (optional)"));
    recordings_ = new QListWidget(this);
    recordings_->setObjectName(QStringLiteral("recordings"));
    auto* choose = new QPushButton(tr("Add recordings…"), this);
    connect(choose, &QPushButton::clicked, this, &VoiceAddDialog::chooseRecordings);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("Language:"), language_);
    auto* files = new QHBoxLayout;
    files->addWidget(recordings_, 1);
    files->addWidget(choose, 0, Qt::AlignTop);
    form->addRow(tr("Recordings:"), files);
    auto* hint = new QLabel(tr("Each recording 1 s to 5 min; silence is trimmed, noise reduced "
                               "and loudness evened out once, and the originals are kept."),
                            this);
    hint->setWordWrap(true);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add voice"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(consentBlock(this, &consentBy_, &consentBox_));
    layout->addWidget(buttons_);
    connect(name_, &QLineEdit::textChanged, this, &VoiceAddDialog::updateOk);
    connect(consentBy_, &QLineEdit::textChanged, this, &VoiceAddDialog::updateOk);
    connect(consentBox_, &QCheckBox::toggled, this, &VoiceAddDialog::updateOk);
    updateOk();
}

void VoiceAddDialog::chooseRecordings() {
    addRecordings(QFileDialog::getOpenFileNames(
        this, tr("Recordings of the voice"), {},
        tr("Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)")));
}

void VoiceAddDialog::addRecordings(const QStringList& paths) {
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), recordings_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    updateOk();
}

QStringList VoiceAddDialog::recordings() const {
    QStringList paths;
    for (int i = 0; i < recordings_->count(); ++i) {
        paths << recordings_->item(i)->data(Qt::UserRole).toString();
    }
    return paths;
}

QString VoiceAddDialog::name() const {
    return name_->text().trimmed();
}

QString VoiceAddDialog::language() const {
    return language_->text().trimmed();
}

core::VoiceConsent VoiceAddDialog::consent() const {
    return consentFrom(consentBy_, consentBox_);
}

void VoiceAddDialog::updateOk() {
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(!name().isEmpty() && recordings_->count() > 0 &&
                     !consentBy_->text().trimmed().isEmpty() && consentBox_->isChecked());
}

VoiceConsentDialog::VoiceConsentDialog(const QString& voiceName, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Consent for %1").arg(voiceName));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(consentBlock(this, &consentBy_, &consentBox_));
    layout->addWidget(buttons);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!consentBy_->text().trimmed().isEmpty() && consentBox_->isChecked());
    };
    connect(consentBy_, &QLineEdit::textChanged, this, update);
    connect(consentBox_, &QCheckBox::toggled, this, update);
    update();
}

core::VoiceConsent VoiceConsentDialog::consent() const {
    return consentFrom(consentBy_, consentBox_);
}

}  // namespace sonara::studio
