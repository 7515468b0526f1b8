#include "app/studio/edit_actions.h"

#include "app/studio/action_table.h"
#include "app/studio/audio_document.h"
#include "app/studio/user_message.h"
#include "app/studio/waveform_view.h"

#include <QAction>
#include <QInputDialog>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWidget>

namespace sonara::studio {

EditActions::EditActions(ActionTable& actions, WaveformView* view,
                         std::function<AudioDocument*()> currentDocument, QWidget* window)
    : QObject(window),
      actions_(actions),
      view_(view),
      currentDocument_(std::move(currentDocument)),
      window_(window),
      undoGroup_(new QUndoGroup(this)) {
    createActions();
}

void EditActions::createActions() {
    QAction* undo = undoGroup_->createUndoAction(window_, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/studio/icons/undo.svg")));
    QAction* redo = undoGroup_->createRedoAction(window_, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon(QStringLiteral(":/studio/icons/redo.svg")));
    actions_.adopt(QStringLiteral("undo"), undo);
    actions_.adopt(QStringLiteral("redo"), redo);

    connect(
        actions_.add(QStringLiteral("cut"), tr("Cu&t"), QKeySequence::Cut, QStringLiteral("cut")),
        &QAction::triggered, this, &EditActions::cut);
    connect(actions_.add(QStringLiteral("copy"), tr("&Copy"), QKeySequence::Copy,
                         QStringLiteral("copy")),
            &QAction::triggered, this, &EditActions::copy);
    connect(actions_.add(QStringLiteral("paste"), tr("&Paste"), QKeySequence::Paste,
                         QStringLiteral("paste")),
            &QAction::triggered, this, &EditActions::paste);
    connect(actions_.add(QStringLiteral("delete"), tr("&Delete"), QKeySequence::Delete,
                         QStringLiteral("delete")),
            &QAction::triggered, this, &EditActions::deleteSelection);
    connect(actions_.add(QStringLiteral("selectAll"), tr("Select &all"), QKeySequence::SelectAll),
            &QAction::triggered, view_, &WaveformView::selectAll);
    connect(
        actions_.add(QStringLiteral("silence"), tr("&Silence"), QKeySequence(Qt::CTRL | Qt::Key_L)),
        &QAction::triggered, this, &EditActions::silenceSelection);
    connect(actions_.add(QStringLiteral("fadeIn"), tr("Fade &in"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)),
            &QAction::triggered, this, &EditActions::fadeInSelection);
    connect(actions_.add(QStringLiteral("fadeOut"), tr("Fade &out"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
            &QAction::triggered, this, &EditActions::fadeOutSelection);
    connect(actions_.add(QStringLiteral("gain"), tr("&Gain…"), QKeySequence(Qt::CTRL | Qt::Key_G)),
            &QAction::triggered, this, &EditActions::gainSelection);
    connect(actions_.add(QStringLiteral("normalize"), tr("&Normalize…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, &EditActions::normalizeSelection);
}

void EditActions::addTrack(AudioDocument* document) {
    undoGroup_->addStack(document->undoStack());
}

void EditActions::removeTrack(AudioDocument* document) {
    undoGroup_->removeStack(document->undoStack());
}

void EditActions::setCurrentTrack(AudioDocument* document) {
    undoGroup_->setActiveStack(document ? document->undoStack() : nullptr);
}

std::pair<qint64, qint64> EditActions::editRange() const {
    if (view_->hasSelection()) {
        return {view_->selectionStart(), view_->selectionEnd()};
    }
    AudioDocument* document = currentDocument_();
    return {0, document ? document->frames() : 0};
}

void EditActions::updateActions() {
    AudioDocument* document = currentDocument_();
    const bool hasTrack = document && document->frames() > 0;
    const bool selection = hasTrack && view_->hasSelection();
    for (const char* name : {"cut", "copy", "delete", "silence", "fadeIn", "fadeOut"}) {
        actions_.value(QString::fromLatin1(name))->setEnabled(selection);
    }
    for (const char* name : {"gain", "normalize", "selectAll"}) {
        actions_.value(QString::fromLatin1(name))->setEnabled(hasTrack);
    }
    actions_.value(QStringLiteral("paste"))->setEnabled(document && !clipboard_.isEmpty());
}

void EditActions::cut() {
    copy();
    deleteSelection();
}

void EditActions::copy() {
    AudioDocument* document = currentDocument_();
    if (!document || !view_->hasSelection()) {
        return;
    }
    clipboard_ = document->copy(view_->selectionStart(), view_->selectionEnd());
    updateActions();
}

void EditActions::paste() {
    AudioDocument* document = currentDocument_();
    if (!document || clipboard_.isEmpty()) {
        return;
    }
    const bool overSelection = view_->hasSelection();
    const qint64 start = overSelection ? view_->selectionStart() : view_->cursorFrame();
    const qint64 end = overSelection ? view_->selectionEnd() : start;
    const qint64 before = document->frames();
    if (overSelection) {
        document->replace(start, end, clipboard_, tr("Paste"));
    } else {
        document->insert(start, clipboard_);
    }
    const qint64 pasted = document->frames() - before + (end - start);
    view_->setSelection(start, start + pasted);
}

void EditActions::deleteSelection() {
    AudioDocument* document = currentDocument_();
    if (!document || !view_->hasSelection()) {
        return;
    }
    const qint64 start = view_->selectionStart();
    document->remove(start, view_->selectionEnd());
    view_->setCursorFrame(start);
    view_->setSelection(start, start);
}

void EditActions::silenceSelection() {
    if (AudioDocument* document = currentDocument_(); document && view_->hasSelection()) {
        document->silence(view_->selectionStart(), view_->selectionEnd());
    }
}

void EditActions::fadeInSelection() {
    if (AudioDocument* document = currentDocument_(); document && view_->hasSelection()) {
        document->fadeIn(view_->selectionStart(), view_->selectionEnd());
    }
}

void EditActions::fadeOutSelection() {
    if (AudioDocument* document = currentDocument_(); document && view_->hasSelection()) {
        document->fadeOut(view_->selectionStart(), view_->selectionEnd());
    }
}

void EditActions::gainSelection() {
    AudioDocument* document = currentDocument_();
    if (!document) {
        return;
    }
    bool ok = false;
    const double db = QInputDialog::getDouble(window_, tr("Gain"),
                                              tr("Gain in dB (the selection, or the whole track):"),
                                              3.0, -48.0, 48.0, 1, &ok);
    if (ok) {
        const auto [start, end] = editRange();
        document->gain(start, end, db);
    }
}

void EditActions::normalizeSelection() {
    AudioDocument* document = currentDocument_();
    if (!document) {
        return;
    }
    bool ok = false;
    const double target =
        QInputDialog::getDouble(window_, tr("Normalize"),
                                tr("Target loudness in LUFS (the selection, or the whole track):"),
                                -16.0, -40.0, -5.0, 1, &ok);
    if (!ok) {
        return;
    }
    const auto [start, end] = editRange();
    try {
        document->normalize(start, end, target);
    } catch (const std::exception& failure) {
        Q_EMIT failed(tr("Normalize"), userMessage(failure));
    }
}

}  // namespace sonara::studio
