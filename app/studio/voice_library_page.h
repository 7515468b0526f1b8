#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QTableWidget;

namespace sonara::core {
class EngineHost;
struct VoiceConsent;
namespace account {
class CreditAccount;
}
}  // namespace sonara::core

namespace sonara::studio {

// The voice library: the user's voices with their speech length and consent; add (recordings
// plus the owner's consent), rename, record a missing consent, export to one .sonaravoice
// file, import one, delete, and share a voice with other users through the account service.
class VoiceLibraryPage : public QWidget {
    Q_OBJECT
public:
    VoiceLibraryPage(core::EngineHost& host, std::shared_ptr<core::account::CreditAccount> account,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QAction* addAction() const { return add_; }
    QAction* importAction() const { return import_; }
    QAction* renameAction() const { return rename_; }
    QAction* consentAction() const { return consent_; }
    QAction* exportAction() const { return export_; }
    QAction* shareAction() const { return share_; }
    QAction* deleteAction() const { return delete_; }

    QString currentVoiceId() const;
    void selectVoice(const QString& id);
    // What the Export… and Import… actions do once a file is chosen; false after telling the
    // user why not.
    bool exportVoiceTo(const QString& id, const QString& path);
    bool importVoiceFrom(const QString& path);
    // Sends the voice's first seconds to the moderators under `sharedName`; shareFinished
    // follows.
    void shareVoice(const QString& id, const QString& sharedName);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void voicesChanged();
    // A voice finished adding (or failed: empty id), after its recordings were cleaned.
    void addFinished(const QString& id);
    void shareFinished(bool shared);
    // For the status bar, in the user's terms.
    void message(const QString& text);

private Q_SLOTS:
    void showAddDialog();
    void chooseImport();
    void chooseExport();
    void renameCurrent();
    void recordConsent();
    void showShareDialog();
    void deleteCurrent();
    void updateActions();

private:
    void startAdd(const QString& name, const QString& language, const QStringList& files,
                  const core::VoiceConsent& consent);
    void warn(const QString& title, const QString& text);

    core::EngineHost& host_;
    std::shared_ptr<core::account::CreditAccount> account_;
    QTableWidget* table_;
    QAction* add_;
    QAction* import_;
    QAction* rename_;
    QAction* consent_;
    QAction* export_;
    QAction* share_;
    QAction* delete_;
    bool adding_ = false;
};

}  // namespace sonara::studio
