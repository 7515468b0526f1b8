#include "app/studio/transcript_view.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

namespace sonara::studio {
namespace {

QString clockText(double seconds) {
    const int whole = static_cast<int>(std::floor(std::max(0.0, seconds)));
    const int hours = whole / 3600;
    const int minutes = whole / 60 % 60;
    const int rest = whole % 60;
    return hours > 0 ? QStringLiteral("%1:%2:%3")
                           .arg(hours)
                           .arg(minutes, 2, 10, QLatin1Char('0'))
                           .arg(rest, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

// The letters and digits of a word, which is what its text and the segment's text share
// (engines differ in the spaces and punctuation they attach to words).
QString core(const QString& text) {
    QString letters;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('\'')) {
            letters += c;
        }
    }
    return letters;
}

// Finds each word of a segment in the segment's text, in order: word i covers [from, to) of
// `text`, stretched over the punctuation that follows it; -1 where a word is not found.
QList<QPair<int, int>> locateWords(const QString& text, const QList<core::TranscriptWord>& words) {
    QList<QPair<int, int>> spans;
    qsizetype cursor = 0;
    for (const core::TranscriptWord& word : words) {
        const QString letters = core(word.text);
        const qsizetype at =
            letters.isEmpty() ? -1 : text.indexOf(letters, cursor, Qt::CaseInsensitive);
        if (at < 0) {
            spans.append({-1, -1});
            continue;
        }
        qsizetype end = at + letters.size();
        while (end < text.size() && !text.at(end).isSpace() && !text.at(end).isLetterOrNumber()) {
            ++end;
        }
        spans.append({static_cast<int>(at), static_cast<int>(end)});
        cursor = end;
    }
    return spans;
}

}  // namespace

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent), heading_(new QLabel), text_(new QTextEdit), export_(new QPushButton) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    heading_->setObjectName(QStringLiteral("transcriptHeading"));
    heading_->setWordWrap(true);
    layout->addWidget(heading_);
    text_->setObjectName(QStringLiteral("transcriptText"));
    text_->setReadOnly(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text_->viewport()->setCursor(Qt::PointingHandCursor);
    text_->viewport()->installEventFilter(this);
    text_->installEventFilter(this);
    layout->addWidget(text_, 1);
    export_->setText(tr("Export transcript…"));
    export_->setObjectName(QStringLiteral("exportTranscript"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(export_);
    layout->addLayout(buttons);
    connect(export_, &QPushButton::clicked, this, &TranscriptView::exportWithDialog);
    showTrack(QString());
}

bool TranscriptView::loadFile(const QString& path, const QString& sourceName) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error_ = tr("Could not read the transcript %1: %2").arg(name, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        error_ = tr("%1 is not a transcript: it is not a JSON object.").arg(name);
        return false;
    }
    QStringList speakers;
    for (const QJsonValue& segment :
         document.object().value(QStringLiteral("segments")).toArray()) {
        speakers.append(segment.toObject().value(QStringLiteral("speaker")).toString());
    }
    error_.clear();
    setTranscript(core::Transcript::fromJson(document.object()), sourceName, speakers);
    return true;
}

void TranscriptView::setTranscript(const core::Transcript& transcript, const QString& sourceName,
                                   const QStringList& speakers) {
    entries_.insert(sourceName, Entry{transcript, speakers});
    shownSource_ = sourceName;
    render();
}

void TranscriptView::showTrack(const QString& sourceName) {
    if (sourceName == shownSource_ && !words_.isEmpty()) {
        return;
    }
    shownSource_ = sourceName;
    render();
}

const core::Transcript& TranscriptView::transcript() const {
    static const core::Transcript none;
    const auto entry = entries_.constFind(shownSource_);
    return entry == entries_.constEnd() ? none : entry->transcript;
}

void TranscriptView::render() {
    words_.clear();
    segmentStarts_.clear();
    current_ = -1;
    marks_.clear();
    text_->setExtraSelections({});
    text_->clear();
    const auto entry = entries_.constFind(shownSource_);
    export_->setEnabled(entry != entries_.constEnd());
    if (entry == entries_.constEnd()) {
        heading_->setText(
            shownSource_.isEmpty()
                ? tr("Open a track and run Speech to text on it: its transcript "
                     "appears here.")
                : tr("No transcript of %1 yet: run Speech to text on it.").arg(shownSource_));
        Q_EMIT transcriptShown(shownSource_);
        return;
    }
    heading_->setText(shownSource_.isEmpty() ? tr("Transcript")
                                             : tr("Transcript of %1").arg(shownSource_));
    const QList<core::TranscriptSegment>& segments = entry->transcript.segments;
    for (int i = 0; i < segments.size(); ++i) {
        renderSegment(i, segments.at(i), entry->speakers.value(i));
    }
    text_->moveCursor(QTextCursor::Start);
    Q_EMIT transcriptShown(shownSource_);
}

void TranscriptView::renderSegment(int index, const core::TranscriptSegment& segment,
                                   const QString& speaker) {
    QTextCursor cursor(text_->document());
    cursor.movePosition(QTextCursor::End);
    if (index > 0) {
        cursor.insertBlock();
    }
    QTextCharFormat stamp;
    stamp.setForeground(palette().color(QPalette::PlaceholderText));
    stamp.setFontWeight(QFont::DemiBold);
    segmentStarts_.append({cursor.position(), segment.start});
    cursor.insertText(clockText(segment.start) + QLatin1Char(' '), stamp);
    if (!speaker.isEmpty()) {
        QTextCharFormat name;
        name.setFontWeight(QFont::Bold);
        cursor.insertText(speaker + QStringLiteral(": "), name);
    }
    QString text = segment.text.trimmed();
    if (text.isEmpty()) {
        QStringList parts;
        for (const core::TranscriptWord& word : segment.words) {
            parts.append(word.text.trimmed());
        }
        text = parts.join(QLatin1Char(' '));
    }
    const int base = cursor.position();
    cursor.insertText(text, QTextCharFormat());
    // A segment without word timings is one word: it still seeks and highlights.
    const QList<core::TranscriptWord> words =
        segment.words.isEmpty()
            ? QList<core::TranscriptWord>{{segment.start, segment.end, text, 1.0}}
            : segment.words;
    const QList<QPair<int, int>> spans = segment.words.isEmpty()
                                             ? QList<QPair<int, int>>{{0, int(text.size())}}
                                             : locateWords(text, words);
    for (int i = 0; i < words.size(); ++i) {
        const auto [from, to] = spans.at(i);
        const int lastEnd = words_.isEmpty() ? base : words_.last().to;
        TranscriptWordItem item{index,
                                i,
                                words.at(i).start,
                                words.at(i).end,
                                words.at(i).text.trimmed(),
                                from < 0 ? std::max(lastEnd, base) : base + from,
                                from < 0 ? std::max(lastEnd, base) : base + to};
        words_.append(item);
    }
}

QString TranscriptView::segmentLine(int segment) const {
    return text_->document()->findBlockByNumber(segment).text();
}

int TranscriptView::wordAt(int position) const {
    for (int i = 0; i < words_.size(); ++i) {
        if (words_[i].from <= position && position < words_[i].to) {
            return i;
        }
    }
    return -1;
}

int TranscriptView::wordAtTime(double seconds) const {
    const auto after = std::upper_bound(
        words_.begin(), words_.end(), seconds,
        [](double time, const TranscriptWordItem& word) { return time < word.start; });
    return static_cast<int>(after - words_.begin()) - 1;
}

QList<int> TranscriptView::selectedWords() const {
    const QTextCursor cursor = text_->textCursor();
    QList<int> selected;
    if (!cursor.hasSelection()) {
        return selected;
    }
    for (int i = 0; i < words_.size(); ++i) {
        if (words_[i].to > cursor.selectionStart() && words_[i].from < cursor.selectionEnd()) {
            selected.append(i);
        }
    }
    return selected;
}

void TranscriptView::selectWords(int first, int last) {
    if (first < 0 || last >= words_.size() || first > last) {
        return;
    }
    QTextCursor cursor(text_->document());
    cursor.setPosition(words_[first].from);
    cursor.setPosition(words_[last].to, QTextCursor::KeepAnchor);
    text_->setTextCursor(cursor);
}

void TranscriptView::setPlaybackPosition(double seconds) {
    highlight(wordAtTime(seconds));
}

void TranscriptView::highlight(int index) {
    if (index == current_) {
        return;
    }
    current_ = index;
    if (index >= 0 && words_[index].to > words_[index].from) {
        QTextCursor cursor(text_->document());
        cursor.setPosition(words_[index].from);
        // Keep the word in sight without moving the text cursor (a selection may be in use).
        const QRect where = text_->cursorRect(cursor);
        if (!text_->viewport()->rect().contains(where)) {
            QScrollBar* bar = text_->verticalScrollBar();
            bar->setValue(bar->value() + where.top() - text_->viewport()->height() / 3);
        }
    }
    updateExtraSelections();
    Q_EMIT currentWordChanged(index);
}

void TranscriptView::setMarks(const QList<TextMark>& marks) {
    marks_ = marks;
    updateExtraSelections();
}

QPair<int, int> TranscriptView::gapAfter(int index) const {
    const int end = text_->document()->characterCount() - 1;
    const int from = index < 0 || words_.isEmpty() ? 0 : words_.value(index).to;
    const int to = index + 1 < words_.size() ? words_.at(index + 1).from : end;
    // A pause between words that touch (no space between them) still shows as one character.
    return {std::min(from, std::max(0, to - 1)), std::max(to, std::min(from + 1, end))};
}

void TranscriptView::updateExtraSelections() {
    using core::voice_editor::EditAction;
    QList<QTextEdit::ExtraSelection> selections;
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const TextMark& mark : marks_) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(text_->document());
        selection.cursor.setPosition(mark.from);
        selection.cursor.setPosition(mark.to, QTextCursor::KeepAnchor);
        QColor colour = mark.action == EditAction::Cut     ? QColor(0xd3, 0x2f, 0x2f)
                        : mark.action == EditAction::Bleep ? QColor(0xef, 0x8a, 0x00)
                                                           : muted;
        if (mark.action == EditAction::Cut) {
            selection.format.setFontStrikeOut(!mark.proposed);
        }
        if (mark.action == EditAction::Mute) {
            selection.format.setFontItalic(true);
        }
        selection.format.setForeground(colour);
        colour.setAlpha(mark.proposed ? 30 : 60);
        selection.format.setBackground(colour);
        if (mark.proposed) {
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(selection.format.foreground().color());
        }
        selections.append(selection);
    }
    if (current_ >= 0 && words_[current_].to > words_[current_].from) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(text_->document());
        selection.cursor.setPosition(words_[current_].from);
        selection.cursor.setPosition(words_[current_].to, QTextCursor::KeepAnchor);
        selection.format.setBackground(palette().color(QPalette::Highlight));
        selection.format.setForeground(palette().color(QPalette::HighlightedText));
        selections.append(selection);
    }
    text_->setExtraSelections(selections);
}

// Whether `key` is one of the editing keys over the text (they win over the window's own
// shortcuts while the text has focus and words to act on); with `act`, does what it asks.
bool TranscriptView::handleKey(const QKeyEvent* key, bool act) {
    using core::voice_editor::EditAction;
    if (key->matches(QKeySequence::Undo)) {
        if (!markHistory_ || !markHistory_->canUndo()) {
            return false;
        }
        if (act) {
            Q_EMIT undoMarksRequested();
        }
        return true;
    }
    if (key->matches(QKeySequence::Redo)) {
        if (!markHistory_ || !markHistory_->canRedo()) {
            return false;
        }
        if (act) {
            Q_EMIT redoMarksRequested();
        }
        return true;
    }
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier ||
        (selectedWords().isEmpty() && current_ < 0)) {
        return false;
    }
    std::optional<EditAction> action;
    switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            action = EditAction::Cut;
            break;
        case Qt::Key_M:
            action = EditAction::Mute;
            break;
        case Qt::Key_B:
            action = EditAction::Bleep;
            break;
        case Qt::Key_K:
            action = EditAction::Keep;
            break;
        default:
            return false;
    }
    if (act) {
        Q_EMIT markRequested(*action);
    }
    return true;
}

bool TranscriptView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == text_ && !words_.isEmpty() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const bool press = event->type() == QEvent::KeyPress;
        if (handleKey(static_cast<QKeyEvent*>(event), press)) {
            // Accepting the override keeps the window's shortcuts (Delete, B for A/B) off
            // the key, which then arrives here as a press.
            event->accept();
            return true;
        }
    }
    if (watched == text_->viewport() && event->type() == QEvent::MouseButtonRelease &&
        !text_->textCursor().hasSelection()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const int position = text_->cursorForPosition(mouse->position().toPoint()).position();
        const int index = wordAt(position);
        if (index >= 0) {
            highlight(index);
            Q_EMIT seekRequested(words_[index].start);
        } else {
            // A click on a segment's time stamp seeks to the segment.
            for (const auto& [at, start] : segmentStarts_) {
                const QTextBlock block = text_->document()->findBlock(at);
                if (block.contains(position) && position < at + 8) {
                    Q_EMIT seekRequested(start);
                    break;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString TranscriptView::suggestedExportName(const QString& format) const {
    const QString base = QFileInfo(shownSource_).completeBaseName();
    return (base.isEmpty() ? tr("transcript") : base) + QLatin1Char('.') + format;
}

bool TranscriptView::exportTo(const QString& path) {
    const QString format = QFileInfo(path).suffix().toLower();
    if (!hasTranscript() || !core::Transcript::formats().contains(format)) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(transcript().render(format));
    return file.commit();
}

void TranscriptView::exportWithDialog() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export transcript"),
        QDir(folder).filePath(suggestedExportName(QStringLiteral("srt"))),
        tr("Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!exportTo(path)) {
        QMessageBox::warning(this, tr("Export transcript"),
                             tr("Could not write %1: choose a .srt, .vtt, .txt or .json file in "
                                "a folder you can write to.")
                                 .arg(QFileInfo(path).fileName()));
    }
}

}  // namespace sonara::studio
