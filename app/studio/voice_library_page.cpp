#include "app/studio/voice_library_page.h"

#include "app/studio/cloud_session.h"
#include "app/studio/voice_add_dialog.h"
#include "app/studio/voice_share.h"
#include "core/account/credit_account.h"
#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/voice_archive.h"
#include "core/engine/voice_library.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sonara::studio {
namespace {

enum Column { kName, kLanguage, kSpeech, kConsent, kColumns };

QString minutes(double seconds) {
    const int whole = int(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

// What a refused change says, without the field name the API uses.
QString reasonOf(const std::exception& error) {
    if (const auto* known = dynamic_cast<const core::Error*>(&error)) {
        return known->message();
    }
    if (const auto* audio = dynamic_cast<const core::audio::AudioError*>(&error)) {
        return audio->reason();
    }
    return VoiceLibraryPage::tr(
        "The voice library could not be changed. Check the free space "
        "in the data folder and try again.");
}

}  // namespace

VoiceLibraryPage::VoiceLibraryPage(core::EngineHost& host,
                                   std::shared_ptr<core::account::CreditAccount> account,
                                   QWidget* parent)
    : QWidget(parent), host_(host), account_(std::move(account)) {
    setObjectName(QStringLiteral("voiceLibrary"));
    table_ = new QTableWidget(0, kColumns, this);
    table_->setObjectName(QStringLiteral("voices"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Language"), tr("Speech"), tr("Consent")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(kConsent, QHeaderView::Stretch);
    table_->verticalHeader()->hide();

    auto* tools = new QToolBar(this);
    const auto action = [this, tools](const QString& text, const char* name, auto slot) {
        auto* created = tools->addAction(text);
        created->setObjectName(QString::fromLatin1(name));
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    add_ = action(tr("Add voice…"), "addVoice", &VoiceLibraryPage::showAddDialog);
    import_ = action(tr("Import…"), "importVoice", &VoiceLibraryPage::chooseImport);
    rename_ = action(tr("Rename…"), "renameVoice", &VoiceLibraryPage::renameCurrent);
    consent_ = action(tr("Record consent…"), "recordConsent", &VoiceLibraryPage::recordConsent);
    export_ = action(tr("Export…"), "exportVoice", &VoiceLibraryPage::chooseExport);
    share_ = action(tr("Share voice…"), "shareVoice", &VoiceLibraryPage::showShareDialog);
    delete_ = action(tr("Delete"), "deleteVoice", &VoiceLibraryPage::deleteCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(table_, 1);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &VoiceLibraryPage::updateActions);
    refresh();
}

void VoiceLibraryPage::refresh() {
    const QString current = currentVoiceId();
    table_->setRowCount(0);
    QList<core::Voice> voices;
    try {
        voices = host_.voices().list();
    } catch (const std::exception& error) {
        Q_EMIT message(reasonOf(error));
    }
    for (const core::Voice& voice : voices) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto* name = new QTableWidgetItem(voice.name);
        name->setData(Qt::UserRole, voice.id);
        table_->setItem(row, kName, name);
        table_->setItem(row, kLanguage, new QTableWidgetItem(voice.language));
        table_->setItem(row, kSpeech, new QTableWidgetItem(minutes(voice.sampleSeconds)));
        auto* consent = new QTableWidgetItem(
            voice.consent.isGiven()
                ? tr("%1, %2").arg(
                      voice.consent.by,
                      QLocale().toString(voice.consent.at.toLocalTime(), QLocale::ShortFormat))
                : tr("Missing: record it before using the voice"));
        consent->setToolTip(voice.consent.statement);
        table_->setItem(row, kConsent, consent);
    }
    selectVoice(current);
    updateActions();
}

QString VoiceLibraryPage::currentVoiceId() const {
    const QList<QTableWidgetItem*> selected = table_->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    return table_->item(selected.first()->row(), kName)->data(Qt::UserRole).toString();
}

void VoiceLibraryPage::selectVoice(const QString& id) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, kName)->data(Qt::UserRole).toString() == id) {
            table_->selectRow(row);
            return;
        }
    }
    table_->clearSelection();
}

void VoiceLibraryPage::updateActions() {
    const bool chosen = !currentVoiceId().isEmpty();
    for (QAction* action : {rename_, consent_, export_, share_, delete_}) {
        action->setEnabled(chosen);
    }
    add_->setEnabled(!adding_);
    import_->setEnabled(!adding_);
}

void VoiceLibraryPage::warn(const QString& title, const QString& text) {
    Q_EMIT message(text);
    QMessageBox::warning(this, title, text);
}

void VoiceLibraryPage::showAddDialog() {
    auto* dialog = new VoiceAddDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        startAdd(dialog->name(), dialog->language(), dialog->recordings(), dialog->consent());
    });
    dialog->open();
}

void VoiceLibraryPage::startAdd(const QString& name, const QString& language,
                                const QStringList& files, const core::VoiceConsent& consent) {
    adding_ = true;
    updateActions();
    Q_EMIT message(tr("Adding %1: cleaning its recordings…").arg(name));
    struct Outcome {
        QString id;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        adding_ = false;
        refresh();
        if (outcome.id.isEmpty()) {
            warn(tr("Add a voice"), tr("%1 was not added: %2").arg(name, outcome.error));
        } else {
            selectVoice(outcome.id);
            Q_EMIT message(tr("Added the voice %1").arg(name));
            Q_EMIT voicesChanged();
        }
        Q_EMIT addFinished(outcome.id);
    });
    core::EngineHost* host = &host_;
    // Cleaning decodes and filters every recording: off the UI thread.
    watcher->setFuture(QtConcurrent::run([host, name, language, files, consent] {
        Outcome outcome;
        QStringList added;
        try {
            core::VoiceRequest request;
            request.name = name;
            request.language = language;
            request.consent = consent;
            for (const QString& file : files) {
                core::store::AssetDescription description;
                description.name = QFileInfo(file).fileName();
                try {
                    const core::audio::AudioInfo info = core::audio::probeFile(file);
                    description.duration = info.durationSeconds;
                } catch (const core::audio::AudioError&) {
                    throw core::ValidationError(
                        core::ValidationError::Kind::OutOfRange, QStringLiteral("samples"),
                        VoiceLibraryPage::tr("%1 is not readable audio; choose a WAV, FLAC, MP3 "
                                             "or Ogg recording")
                            .arg(QFileInfo(file).fileName()));
                }
                request.samples << host->assets().add(file, description).id;
            }
            outcome.id = host->voices().create(request).id;
        } catch (const std::exception& error) {
            outcome.error = reasonOf(error);
        }
        return outcome;
    }));
}

void VoiceLibraryPage::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a voice"), {},
        tr("Sonara voices (*%1);;All files (*)").arg(QLatin1String(core::voice_archive::kSuffix)));
    if (!path.isEmpty()) {
        importVoiceFrom(path);
    }
}

bool VoiceLibraryPage::importVoiceFrom(const QString& path) {
    try {
        QString name;
        try {
            const core::Voice voice = host_.voices().importVoice(path);
            name = voice.name;
            refresh();
            selectVoice(voice.id);
        } catch (const core::ValidationError& error) {
            if (error.field() != QLatin1String("name")) {
                throw;
            }
            bool ok = false;
            const QString other =
                QInputDialog::getText(this, tr("Import a voice"),
                                      tr("%1\nImport it under another name:").arg(error.message()),
                                      QLineEdit::Normal, {}, &ok);
            if (!ok || other.trimmed().isEmpty()) {
                return false;
            }
            const core::Voice voice = host_.voices().importVoice(path, other);
            name = voice.name;
            refresh();
            selectVoice(voice.id);
        }
        Q_EMIT message(tr("Imported the voice %1").arg(name));
        Q_EMIT voicesChanged();
        return true;
    } catch (const std::exception& error) {
        warn(tr("Import a voice"), reasonOf(error));
        return false;
    }
}

void VoiceLibraryPage::chooseExport() {
    const std::optional<core::Voice> voice = host_.voices().find(currentVoiceId());
    if (!voice) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(voice->name),
        voice->name + QLatin1String(core::voice_archive::kSuffix),
        tr("Sonara voices (*%1)").arg(QLatin1String(core::voice_archive::kSuffix)));
    if (!path.isEmpty()) {
        exportVoiceTo(voice->id, path);
    }
}

bool VoiceLibraryPage::exportVoiceTo(const QString& id, const QString& path) {
    try {
        host_.voices().exportVoice(id, path);
        Q_EMIT message(tr("Exported the voice to %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const core::store::StoreError& error) {
        warn(tr("Export a voice"), QString::fromUtf8(error.what()));
    } catch (const std::exception& error) {
        warn(tr("Export a voice"), reasonOf(error));
    }
    return false;
}

void VoiceLibraryPage::renameCurrent() {
    const std::optional<core::Voice> voice = host_.voices().find(currentVoiceId());
    if (!voice) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename %1").arg(voice->name), tr("New name:"),
                              QLineEdit::Normal, voice->name, &ok);
    if (!ok || name.trimmed() == voice->name) {
        return;
    }
    try {
        host_.voices().rename(voice->id, name);
        refresh();
        Q_EMIT voicesChanged();
    } catch (const std::exception& error) {
        warn(tr("Rename a voice"), reasonOf(error));
    }
}

void VoiceLibraryPage::recordConsent() {
    const std::optional<core::Voice> voice = host_.voices().find(currentVoiceId());
    if (!voice) {
        return;
    }
    auto* dialog = new VoiceConsentDialog(voice->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = voice->id] {
        try {
            host_.voices().recordConsent(id, dialog->consent());
            refresh();
        } catch (const std::exception& error) {
            warn(tr("Record consent"), reasonOf(error));
        }
    });
    dialog->open();
}

void VoiceLibraryPage::showShareDialog() {
    const std::optional<core::Voice> voice = host_.voices().find(currentVoiceId());
    if (!voice) {
        return;
    }
    if (!voice->consent.isGiven()) {
        warn(tr("Share voice"), tr("%1 has no recorded consent: record it before sharing the "
                                   "voice.")
                                    .arg(voice->name));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shareVoiceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Share voice"));
    auto* explanation = new QLabel(
        tr("Other Sonara users will be able to use this voice once the moderators approve it. "
           "They receive its first %1 seconds to listen to; the rest stays on this computer.")
            .arg(VoiceShareSample::kSeconds),
        dialog);
    explanation->setWordWrap(true);
    auto* name = new QLineEdit(voice->name, dialog);
    name->setObjectName(QStringLiteral("sharedName"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Share"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, dialog, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addWidget(new QLabel(tr("Shared as:"), dialog));
    layout->addWidget(name);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this,
            [this, id = voice->id, name] { shareVoice(id, name->text().trimmed()); });
    dialog->open();
}

void VoiceLibraryPage::shareVoice(const QString& id, const QString& sharedName) {
    const std::optional<core::Voice> voice = host_.voices().find(id);
    const QStringList recordings = voice ? host_.voices().samplePaths(*voice) : QStringList();
    if (recordings.isEmpty()) {
        warn(tr("Share voice"), tr("The voice's recordings are missing: add the voice again."));
        Q_EMIT shareFinished(false);
        return;
    }
    QByteArray sample;
    try {
        sample = VoiceShareSample::fromFile(recordings.first());
    } catch (const core::audio::AudioError& error) {
        warn(tr("Share voice"), error.reason());
        Q_EMIT shareFinished(false);
        return;
    }
    share_->setEnabled(false);
    Q_EMIT message(tr("Sharing %1…").arg(sharedName));
    runAccountCall<QString>(
        this,
        [account = account_, sharedName, sample] {
            return account->shareVoice(sharedName, sample);
        },
        [this, sharedName](const QString&) {
            updateActions();
            const QString text = tr("%1 was sent to the moderators; other users can use it once "
                                    "they approve it.")
                                     .arg(sharedName);
            Q_EMIT message(text);
            Q_EMIT shareFinished(true);
            QMessageBox::information(this, tr("Share voice"), text);
        },
        [this](const CloudFailure& failure) {
            updateActions();
            const QString text = failure.httpStatus == 401
                                     ? tr("Sign in to your Sonara account to share a voice.")
                                     : describeCloudFailure(failure, configuredServiceUrl());
            Q_EMIT shareFinished(false);
            warn(tr("Share voice"), text);
        });
}

void VoiceLibraryPage::deleteCurrent() {
    const std::optional<core::Voice> voice = host_.voices().find(currentVoiceId());
    if (!voice) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete %1").arg(voice->name),
                              tr("Delete the voice %1 and its recordings? Export it first to "
                                 "keep a copy.")
                                  .arg(voice->name)) != QMessageBox::Yes) {
        return;
    }
    try {
        host_.voices().remove(voice->id);
        refresh();
        Q_EMIT voicesChanged();
    } catch (const std::exception& error) {
        warn(tr("Delete a voice"), reasonOf(error));
    }
}

}  // namespace sonara::studio
