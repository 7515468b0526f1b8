#pragma once

#include "core/engine/voice_library.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sonara::studio {

// Adds a voice to the library: a name, its recordings, and the owner's consent, confirmed by
// ticking the statement shown (the statement, who confirmed and when are stored with the
// voice). OK stays disabled until all of it is given.
class VoiceAddDialog : public QDialog {
    Q_OBJECT
public:
    explicit VoiceAddDialog(QWidget* parent = nullptr);

    // The statement the owner is shown, in the studio's language; stored as shown.
    static QString consentStatement();

    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* languageEdit() const { return language_; }
    QLineEdit* consentByEdit() const { return consentBy_; }
    QCheckBox* consentBox() const { return consentBox_; }
    void addRecordings(const QStringList& paths);
    QStringList recordings() const;
    QString name() const;
    QString language() const;
    core::VoiceConsent consent() const;

private Q_SLOTS:
    void chooseRecordings();
    void updateOk();

private:
    QLineEdit* name_;
    QLineEdit* language_;
    QListWidget* recordings_;
    QLineEdit* consentBy_;
    QCheckBox* consentBox_;
    QDialogButtonBox* buttons_;
};

// Records the consent of a voice that has none (one added before consent was asked for).
class VoiceConsentDialog : public QDialog {
    Q_OBJECT
public:
    explicit VoiceConsentDialog(const QString& voiceName, QWidget* parent = nullptr);
    QLineEdit* consentByEdit() const { return consentBy_; }
    QCheckBox* consentBox() const { return consentBox_; }
    core::VoiceConsent consent() const;

private:
    QLineEdit* consentBy_;
    QCheckBox* consentBox_;
};

}  // namespace sonara::studio
