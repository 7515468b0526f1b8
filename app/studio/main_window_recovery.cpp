// MainWindow's side of unsaved edits: the save prompt before a track closes, the edit journal
// written shortly after each edit, and recovery of the journals a crash left behind.

#include "app/studio/audio_document.h"
#include "app/studio/edit_actions.h"
#include "app/studio/edit_journal.h"
#include "app/studio/main_window.h"
#include "app/studio/recording_controller.h"
#include "app/studio/recording_journal.h"
#include "app/studio/transport.h"
#include "app/studio/user_message.h"
#include "core/engine/engine_host.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>
#include <QUndoStack>

namespace sonara::studio {

bool MainWindow::confirmClose(AudioDocument* document) {
    if (!document || document->undoStack()->isClean()) {
        return true;
    }
    const int index = tracks_.indexOf(document);
    if (index >= 0) {
        tabs_->setCurrentIndex(index);
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save changes to %1 before closing?").arg(document->name()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("saveChangesBox"));
    box.setInformativeText(
        tr("Your edits live only in the studio until you export them. Discard loses them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
        case QMessageBox::Save:
            return exportDocument(document);
        case QMessageBox::Discard:
            return true;
        default:
            return false;
    }
}

bool MainWindow::closeTrack(int index) {
    if (index < 0 || index >= tracks_.size() || !confirmClose(tracks_[index])) {
        return false;
    }
    AudioDocument* document = tracks_.takeAt(index);
    if (transport_->isPlaying()) {
        transport_->stop();
    }
    tabs_->removeTab(index);
    edit_->removeTrack(document);
    forgetJournal(document);
    if (tracks_.isEmpty()) {
        setCurrentTrack(-1);
    }
    document->deleteLater();
    return true;
}

QString MainWindow::recoveryDirectory() const {
    return QDir(host_.dataDirectory()).filePath(QStringLiteral("recovery"));
}

void MainWindow::forgetJournal(AudioDocument* document) {
    if (!document->path().isEmpty()) {
        QFile::remove(EditJournal::fileFor(recoveryDirectory(), document->path()));
    }
}

void MainWindow::openRecording(const core::audio::AudioBuffer& recording, const QString& name,
                               const QString& assetPath) {
    if (assetPath.isEmpty()) {
        openBuffer(recording, name);  // Not kept (RecordingController said why): edit it anyway.
        return;
    }
    auto* document = new AudioDocument(this);
    document->setSource(assetPath, recording, name);
    addTrack(document);
}

void MainWindow::autosaveNow() {
    autosave_->stop();
    for (AudioDocument* document : tracks_) {
        if (document->path().isEmpty()) {
            continue;  // No file to replay edits on.
        }
        if (document->undoStack()->isClean()) {
            forgetJournal(document);
            continue;
        }
        const QString file = EditJournal::fileFor(recoveryDirectory(), document->path());
        if (!EditJournal::of(*document).save(file)) {
            showStatus(tr("Could not keep a copy of your edits in %1: check that the folder can "
                          "be written.")
                           .arg(QDir::toNativeSeparators(recoveryDirectory())),
                       10000);
        }
    }
}

int MainWindow::offerRecordingRecovery() {
    int recovered = 0;
    for (const QString& file : RecordingJournal::pending(recoveryDirectory())) {
        QString name = QFileInfo(file).completeBaseName();
        double seconds = 0;
        try {
            const RecordingJournal::Recording recording = RecordingJournal::load(file);
            name = recording.name;
            seconds = recording.audio.durationSeconds();
        } catch (const std::exception&) {
            // recover() below says why it cannot be read.
        }
        if (!askToRecover(tr("Recover recording"),
                          tr("Sonara closed while recording %1. Keep the %2 that were recorded?")
                              .arg(name, formatTime(seconds)),
                          QStringLiteral("recordingRecoveryBox"))) {
            QFile::remove(file);
        } else if (recording_->recover(file)) {
            ++recovered;
        }
    }
    return recovered;
}

// Recover or Discard, Recover the default; the box's object name lets tests answer it.
bool MainWindow::askToRecover(const QString& title, const QString& text,
                              const QString& objectName) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box.setObjectName(objectName);
    QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

int MainWindow::offerRecovery() {
    // Recordings first: the edit journal of a recording's track replays on its stored copy.
    int recovered = offerRecordingRecovery();
    for (const QString& file : EditJournal::pending(recoveryDirectory())) {
        EditJournal journal;
        try {
            journal = EditJournal::load(file);
        } catch (const std::exception& failure) {
            QFile::remove(file);
            showStatus(
                tr("Unsaved edits from the last session were lost: %1.").arg(userMessage(failure)),
                10000);
            continue;
        }
        if (!askToRecover(tr("Recover edits"),
                          tr("Sonara closed before your edits to %1 were saved. Recover them?")
                              .arg(journal.name),
                          QStringLiteral("recoveryBox"))) {
            QFile::remove(file);
            continue;
        }
        if (!openFile(journal.sourcePath, journal.name)) {
            continue;  // openFile said why; the journal stays for when the file is back.
        }
        try {
            journal.replay(*currentDocument());
            ++recovered;
        } catch (const std::exception& failure) {
            showError(tr("Recover edits"),
                      tr("The edits to %1 cannot be recovered: %2. The file is open as it is "
                         "on disk.")
                          .arg(journal.name, userMessage(failure)));
            QFile::remove(file);
        }
    }
    return recovered;
}

}  // namespace sonara::studio
