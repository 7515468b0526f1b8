// MainWindow's side of unsaved edits: the save prompt before a track closes, the edit journal
// written shortly after each edit, and recovery of the journals a crash left behind.

#include "app/studio/audio_document.h"
#include "app/studio/edit_actions.h"
#include "app/studio/edit_journal.h"
#include "app/studio/main_window.h"
#include "app/studio/transport.h"
#include "app/studio/user_message.h"
#include "core/engine/engine_host.h"

#include <QDir>
#include <QFile>
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

void MainWindow::autosaveNow() {
    autosave_->stop();
    for (AudioDocument* document : tracks_) {
        if (document->path().isEmpty()) {
            continue;  // A recording or a result lives in the asset store already.
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

int MainWindow::offerRecovery() {
    int recovered = 0;
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
        QMessageBox box(
            QMessageBox::Question, tr("Recover edits"),
            tr("Sonara closed before your edits to %1 were saved. Recover them?").arg(journal.name),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryBox"));
        QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Discard);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() != recover) {
            QFile::remove(file);
            continue;
        }
        if (!openFile(journal.sourcePath)) {
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
