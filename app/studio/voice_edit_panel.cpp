#include "app/studio/voice_edit_panel.h"

#include "app/studio/audio_document.h"
#include "app/studio/replace_range_command.h"
#include "app/studio/transcript_view.h"
#include "app/studio/transport.h"
#include "app/studio/user_message.h"
#include "app/studio/waveform_view.h"
#include "core/audio/audio_reader.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engine_host.h"
#include "core/engine/engines/edit_render.h"
#include "core/engine/engines/edit_rules.h"
#include "core/engine/engines/room_tone.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sonara::studio {

using core::voice_editor::Edit;
using core::voice_editor::EditAction;
using core::voice_editor::TimeRange;

namespace {

// The pause the "Shorten silences" proposal looks for, and what it leaves.
constexpr double kLongestPause = 1.0;
constexpr double kShortenedPause = 0.3;
// How much of the track before the first edit Preview plays.
constexpr double kPreviewLeadIn = 1.0;

bool overlaps(const TimeRange& a, const TimeRange& b) {
    return a.start < b.end && b.start < a.end;
}

void sortByTime(QList<Edit>& edits) {
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit& a, const Edit& b) { return a.range.start < b.range.start; });
}

QColor colourOf(EditAction action) {
    switch (action) {
        case EditAction::Cut:
            return QColor(0xd3, 0x2f, 0x2f);
        case EditAction::Bleep:
            return QColor(0xef, 0x8a, 0x00);
        default:
            return QColor(0x75, 0x75, 0x75);
    }
}

QByteArray keyOf(const core::Transcript& transcript) {
    return QCryptographicHash::hash(QJsonDocument(transcript.toJson()).toJson(),
                                    QCryptographicHash::Md5);
}

}  // namespace

// One change of the marks (a mark, a proposal, an accept), undone by putting back the marks
// as they were.
class VoiceEditPanel::MarksCommand : public QUndoCommand {
public:
    MarksCommand(VoiceEditPanel* panel, QString source, Marks before, Marks after,
                 const QString& text)
        : QUndoCommand(text),
          panel_(panel),
          source_(std::move(source)),
          before_(std::move(before)),
          after_(std::move(after)) {}
    void redo() override {
        if (panel_) {
            panel_->setMarks(source_, after_);
        }
    }
    void undo() override {
        if (panel_) {
            panel_->setMarks(source_, before_);
        }
    }

private:
    QPointer<VoiceEditPanel> panel_;
    QString source_;
    Marks before_;
    Marks after_;
};

// The applied edit on the track's own undo stack: the audio replaced (a range replacement, so
// the edit journal keeps it) and the transcript swapped with it; undo brings back both and the
// marks.
class VoiceEditPanel::VoiceEditCommand : public ReplaceRangeCommand {
public:
    VoiceEditCommand(VoiceEditPanel* panel, AudioDocument* document, std::vector<float> samples,
                     QString source, core::Transcript before, core::Transcript after, Marks marks,
                     const QString& text)
        : ReplaceRangeCommand(document, 0, document->frames(), std::move(samples), text),
          panel_(panel),
          source_(std::move(source)),
          before_(std::move(before)),
          after_(std::move(after)),
          marks_(std::move(marks)) {}
    void redo() override {
        ReplaceRangeCommand::redo();
        show(after_, Marks{});
    }
    void undo() override {
        ReplaceRangeCommand::undo();
        show(before_, marks_);
    }

private:
    void show(const core::Transcript& transcript, Marks marks) {
        if (!panel_) {
            return;
        }
        marks.transcriptKey = keyOf(transcript);
        panel_->marks_.insert(source_, marks);
        panel_->history()->clear();
        panel_->transcript_->setTranscript(transcript, source_);
    }

    QPointer<VoiceEditPanel> panel_;
    QString source_;
    core::Transcript before_;
    core::Transcript after_;
    Marks marks_;
};

VoiceEditPanel::VoiceEditPanel(core::EngineHost& host, TranscriptView* transcript,
                               WaveformView* waveform, Transport* transport, QWidget* parent)
    : QWidget(parent),
      host_(host),
      transcript_(transcript),
      waveform_(waveform),
      transport_(transport),
      summary_(new QLabel) {
    setObjectName(QStringLiteral("voiceEditPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(transcript_, 1);
    auto addButton = [this](QHBoxLayout* row, const QString& name, const QString& text,
                            const QString& tip, auto slot) {
        auto* button = new QToolButton;
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
        buttons_.insert(name, button);
        connect(button, &QToolButton::clicked, this, slot);
    };
    auto* marks = new QHBoxLayout;
    marks->setContentsMargins(4, 0, 4, 0);
    addButton(marks, QStringLiteral("cut"), tr("Cut"), tr("Cut the selected words (Delete)"),
              [this] { mark(EditAction::Cut); });
    addButton(marks, QStringLiteral("mute"), tr("Mute"),
              tr("Mute the selected words with the room tone (M)"),
              [this] { mark(EditAction::Mute); });
    addButton(marks, QStringLiteral("bleep"), tr("Bleep"), tr("Bleep the selected words (B)"),
              [this] { mark(EditAction::Bleep); });
    addButton(marks, QStringLiteral("keep"), tr("Keep"),
              tr("Clear the marks of the selected words (K)"), [this] { mark(EditAction::Keep); });
    addButton(marks, QStringLiteral("roomTone"), tr("Room tone"),
              tr("Use the waveform's selection, a stretch without speech, as the room tone that "
                 "fills muted spans and cut joins (else the quietest stretch is used)"),
              &VoiceEditPanel::useSelectionAsRoomTone);
    addButton(marks, QStringLiteral("hearEdits"), tr("Hear edits"),
              tr("Play the track with its marks in place, live as you mark: cut spans are "
                 "skipped, muted and bleeped ones covered (off: the track as recorded)"),
              &VoiceEditPanel::updatePlaybackEdits);
    buttons_.value(QStringLiteral("hearEdits"))->setCheckable(true);
    buttons_.value(QStringLiteral("hearEdits"))->setChecked(true);
    marks->addStretch(1);
    addButton(marks, QStringLiteral("preview"), tr("Preview"),
              tr("Play the track as the marks make it; the A/B switch goes back"),
              [this] { preview(); });
    addButton(marks, QStringLiteral("apply"), tr("Apply edits"),
              tr("Render the marks with the voice editor into the track (one undo step)"),
              [this] { apply(); });
    auto* rules = new QHBoxLayout;
    rules->setContentsMargins(4, 0, 4, 0);
    addButton(rules, QStringLiteral("fillers"), tr("Remove fillers"),
              tr("Propose cutting filler words (um, uh, \"you know\"…) from the language's list "
                 "and yours"),
              &VoiceEditPanel::proposeFillers);
    addButton(rules, QStringLiteral("silences"), tr("Shorten silences"),
              tr("Propose shortening pauses longer than %1 s to %2 s")
                  .arg(kLongestPause)
                  .arg(kShortenedPause),
              &VoiceEditPanel::proposeSilences);
    addButton(rules, QStringLiteral("bloopers"), tr("Find bloopers"),
              tr("Propose cutting the earlier takes of a phrase started again"),
              &VoiceEditPanel::proposeBloopers);
    rules->addStretch(1);
    addButton(rules, QStringLiteral("accept"), tr("Accept"),
              tr("Accept the proposal at the selection, or the first one"),
              &VoiceEditPanel::acceptProposal);
    addButton(rules, QStringLiteral("acceptAll"), tr("Accept all"), tr("Accept every proposal"),
              &VoiceEditPanel::acceptAllProposals);
    addButton(rules, QStringLiteral("reject"), tr("Reject"),
              tr("Drop the proposal at the selection, or the first one"),
              &VoiceEditPanel::rejectProposals);
    layout->addLayout(marks);
    layout->addLayout(rules);
    summary_->setObjectName(QStringLiteral("voiceEditSummary"));
    summary_->setContentsMargins(6, 0, 6, 4);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);

    connect(transcript_, &TranscriptView::markRequested, this, &VoiceEditPanel::mark);
    connect(transcript_, &TranscriptView::undoMarksRequested, this, [this] { history()->undo(); });
    connect(transcript_, &TranscriptView::redoMarksRequested, this, [this] { history()->redo(); });
    connect(transcript_, &TranscriptView::transcriptShown, this, &VoiceEditPanel::refresh);
    connect(transcript_->textView(), &QTextEdit::selectionChanged, this,
            &VoiceEditPanel::syncWaveformSelection);
    connect(&host_.jobs(), &core::JobManager::jobFinished, this, &VoiceEditPanel::onJobFinished);
    refresh();
}

VoiceEditPanel::~VoiceEditPanel() = default;

void VoiceEditPanel::setDocument(AudioDocument* document) {
    document_ = document;
    refresh();
}

void VoiceEditPanel::setAudioInputProvider(std::function<QString()> provider) {
    audioInput_ = std::move(provider);
}

QString VoiceEditPanel::shownSource() const {
    return transcript_->sourceName();
}

QList<Edit> VoiceEditPanel::edits() const {
    return marks_.value(shownSource()).edits;
}

QList<Edit> VoiceEditPanel::proposals() const {
    return marks_.value(shownSource()).proposals;
}

core::voice_editor::EditList VoiceEditPanel::editList() const {
    core::voice_editor::EditList list;
    list.edits = edits();
    list.roomTone = marks_.value(shownSource()).roomTone;
    return list;
}

QUndoStack* VoiceEditPanel::history() {
    QUndoStack*& stack = histories_[shownSource()];
    if (!stack) {
        stack = new QUndoStack(this);
    }
    return stack;
}

QToolButton* VoiceEditPanel::button(const QString& name) const {
    return buttons_.value(name);
}

QString VoiceEditPanel::summaryText() const {
    return summary_->text();
}

VoiceEditPanel::Marks& VoiceEditPanel::marksOf(const QString& source) {
    auto found = marks_.find(source);
    if (found == marks_.end()) {
        found = marks_.insert(source, Marks{{}, {}, {}, keyOf(transcript_->transcript())});
    }
    return *found;
}

QList<core::TranscriptWord> VoiceEditPanel::words() const {
    return core::voice_editor::transcriptWords(transcript_->transcript());
}

QPair<int, int> VoiceEditPanel::wordsIn(const TimeRange& range) const {
    int first = -1;
    int last = -1;
    for (int i = 0; i < transcript_->wordCount(); ++i) {
        const TranscriptWordItem& word = transcript_->word(i);
        const double middle = (word.start + word.end) / 2;
        if (middle >= range.start && middle <= range.end) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    return {first, last};
}

// Selects a proposal's words, so that Accept and Reject take it; a pause has none, and then
// no selection leaves them to take the first proposal.
void VoiceEditPanel::selectProposal(const TimeRange& range) {
    const auto [from, to] = wordsIn(range);
    if (from >= 0) {
        transcript_->selectWords(from, to);
        return;
    }
    QTextCursor cursor = transcript_->textView()->textCursor();
    cursor.clearSelection();
    transcript_->textView()->setTextCursor(cursor);
}

void VoiceEditPanel::changeMarks(const Marks& after, const QString& text) {
    const QString source = shownSource();
    history()->push(new MarksCommand(this, source, marksOf(source), after, text));
}

void VoiceEditPanel::setMarks(const QString& source, const Marks& marks) {
    marks_.insert(source, marks);
    if (source == shownSource()) {
        refresh();
    }
}

void VoiceEditPanel::mark(EditAction action) {
    if (!transcript_->hasTranscript()) {
        return;
    }
    QList<int> selected = transcript_->selectedWords();
    if (selected.isEmpty() && transcript_->currentWord() >= 0) {
        selected.append(transcript_->currentWord());
    }
    if (selected.isEmpty()) {
        Q_EMIT message(tr("Select words in the transcript first."));
        return;
    }
    // Word numbers go to the voice editor only when they are the transcript's own.
    const bool numbered = words().size() == transcript_->wordCount();
    Marks after = marksOf(shownSource());
    for (qsizetype i = 0; i < selected.size();) {
        qsizetype j = i;
        while (j + 1 < selected.size() && selected.at(j + 1) == selected.at(j) + 1) {
            ++j;
        }
        Edit edit;
        edit.action = action;
        edit.range = TimeRange{transcript_->word(selected.at(i)).start,
                               transcript_->word(selected.at(j)).end};
        if (numbered) {
            edit.firstWord = selected.at(i);
            edit.lastWord = selected.at(j);
        }
        edit.reason = QStringLiteral("transcript");
        auto covered = [&](const Edit& other) { return overlaps(other.range, edit.range); };
        after.edits.removeIf(covered);
        after.proposals.removeIf(covered);
        if (action != EditAction::Keep) {
            after.edits.append(edit);
        }
        i = j + 1;
    }
    sortByTime(after.edits);
    const QString text = action == EditAction::Cut     ? tr("Cut words")
                         : action == EditAction::Mute  ? tr("Mute words")
                         : action == EditAction::Bleep ? tr("Bleep words")
                                                       : tr("Keep words");
    changeMarks(after, text);
}

void VoiceEditPanel::propose(QList<Edit> found, const QString& what) {
    if (!transcript_->hasTranscript()) {
        Q_EMIT message(tr("Run Speech to text on the track first: the rules read its words."));
        return;
    }
    Marks after = marksOf(shownSource());
    found.removeIf([&](const Edit& edit) {
        const auto taken = [&](const Edit& other) { return overlaps(other.range, edit.range); };
        return std::any_of(after.edits.begin(), after.edits.end(), taken) ||
               std::any_of(after.proposals.begin(), after.proposals.end(), taken);
    });
    if (found.isEmpty()) {
        Q_EMIT message(tr("%1: nothing to propose.").arg(what));
        return;
    }
    const TimeRange first = found.first().range;
    after.proposals += found;
    sortByTime(after.proposals);
    changeMarks(after, what);
    selectProposal(first);
    Q_EMIT message(
        tr("%1: %2 proposed; accept them one by one or all.").arg(what).arg(found.size()));
}

void VoiceEditPanel::proposeFillers() {
    const QString language = core::voice_editor::baseLanguage(transcript_->transcript().language);
    const core::voice_editor::WordLists lists = core::voice_editor::loadWordLists(
        language.isEmpty() ? QStringLiteral("en") : language,
        core::voice_editor::userWordListDirectory(host_.dataDirectory()));
    propose(core::voice_editor::phraseEdits(words(), lists.fillers, EditAction::Cut,
                                            QStringLiteral("filler")),
            tr("Remove fillers"));
}

void VoiceEditPanel::proposeSilences() {
    const double duration = document_ ? document_->duration() : transcript_->transcript().duration;
    propose(core::voice_editor::silenceEdits(words(), duration, kLongestPause, kShortenedPause),
            tr("Shorten silences"));
}

void VoiceEditPanel::proposeBloopers() {
    propose(core::voice_editor::blooperEdits(words()), tr("Find bloopers"));
}

void VoiceEditPanel::acceptProposal() {
    Marks after = marksOf(shownSource());
    if (after.proposals.isEmpty()) {
        Q_EMIT message(tr("No proposals: use Remove fillers, Shorten silences or Find bloopers."));
        return;
    }
    QList<int> chosen;
    const QList<int> selected = transcript_->selectedWords();
    if (!selected.isEmpty()) {
        const TimeRange range{transcript_->word(selected.first()).start,
                              transcript_->word(selected.last()).end};
        for (int i = 0; i < after.proposals.size(); ++i) {
            if (overlaps(after.proposals.at(i).range, range)) {
                chosen.append(i);
            }
        }
    }
    if (chosen.isEmpty()) {
        chosen.append(0);
    }
    double end = 0;
    for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {
        end = std::max(end, after.proposals.at(*it).range.end);
        after.edits.append(after.proposals.takeAt(*it));
    }
    sortByTime(after.edits);
    changeMarks(after, tr("Accept proposal"));
    // On to the next proposal, so that Accept walks through them.
    for (const Edit& next : after.proposals) {
        if (next.range.start >= end) {
            selectProposal(next.range);
            break;
        }
    }
}

void VoiceEditPanel::acceptAllProposals() {
    Marks after = marksOf(shownSource());
    if (after.proposals.isEmpty()) {
        return;
    }
    after.edits += after.proposals;
    after.proposals.clear();
    sortByTime(after.edits);
    changeMarks(after, tr("Accept all proposals"));
}

void VoiceEditPanel::rejectProposals() {
    Marks after = marksOf(shownSource());
    if (after.proposals.isEmpty()) {
        return;
    }
    const QList<int> selected = transcript_->selectedWords();
    const qsizetype before = after.proposals.size();
    if (!selected.isEmpty()) {
        const TimeRange range{transcript_->word(selected.first()).start,
                              transcript_->word(selected.last()).end};
        after.proposals.removeIf(
            [&](const Edit& proposal) { return overlaps(proposal.range, range); });
    }
    if (after.proposals.size() == before) {
        after.proposals.removeFirst();
    }
    changeMarks(after, tr("Reject proposal"));
}

void VoiceEditPanel::useSelectionAsRoomTone() {
    if (!document_ || !waveform_->hasSelection() ||
        double(waveform_->selectionEnd() - waveform_->selectionStart()) <
            0.05 * document_->sampleRate()) {
        Q_EMIT message(tr("Select a quiet stretch of at least 0.05 s on the waveform first."));
        return;
    }
    Marks after = marksOf(shownSource());
    const double rate = document_->sampleRate();
    after.roomTone =
        TimeRange{waveform_->selectionStart() / rate, waveform_->selectionEnd() / rate};
    changeMarks(after, tr("Set room tone"));
}

bool VoiceEditPanel::preview() {
    const QList<Edit> marked = edits();
    if (!document_ || document_->frames() == 0 || marked.isEmpty()) {
        Q_EMIT message(tr("Mark words to cut, mute or bleep first."));
        return false;
    }
    try {
        const core::audio::AudioBuffer& track = document_->buffer();
        const core::voice_editor::EditPlan plan =
            core::voice_editor::planEdits(marked, track.durationSeconds());
        transport_->setComparison(renderPlan(track, plan, marks_.value(shownSource()).roomTone),
                                  tr("%1 with the voice edit").arg(document_->name()));
        if (!transport_->comparing()) {
            transport_->toggleComparison();
        }
        const double from = core::voice_editor::shiftTime(
            std::max(0.0, marked.first().range.start - kPreviewLeadIn), plan.cuts);
        transport_->play(std::llround(from * track.sampleRate));
        Q_EMIT message(tr("Playing the voice edit; the A/B switch goes back to the track."));
    } catch (const std::exception& failure) {
        Q_EMIT message(tr("Preview: %1").arg(userMessage(failure)));
        return transport_->comparing();
    }
    return true;
}

QString VoiceEditPanel::apply() {
    const QList<Edit> marked = edits();
    if (!document_ || !transcript_->hasTranscript() || marked.isEmpty()) {
        Q_EMIT message(tr("Mark words to cut, mute or bleep first."));
        return {};
    }
    const QString audio = audioInput_ ? audioInput_() : QString();
    if (audio.isEmpty()) {
        Q_EMIT message(tr("The track could not be handed to the voice editor."));
        return {};
    }
    const core::Transcript& transcript = transcript_->transcript();
    core::JobRequest request;
    request.capability = QStringLiteral("voice-editor");
    request.inputs.setFiles(QStringLiteral("audio"), {audio});
    request.inputs.setDocument(QStringLiteral("edits"), editList().toJson());
    request.inputs.setDocument(QStringLiteral("transcript"), transcript.toJson());
    request.parameters.insert(QStringLiteral("language"), transcript.language.isEmpty()
                                                              ? QStringLiteral("auto")
                                                              : transcript.language);
    QString id;
    try {
        id = host_.jobs().submit(request);
    } catch (const std::exception& failure) {
        Q_EMIT message(tr("Apply edits: %1").arg(userMessage(failure)));
        return {};
    }
    pending_.insert(id, PendingApply{document_, document_->revision(), shownSource()});
    Q_EMIT jobSubmitted(id);
    Q_EMIT message(tr("Applying the voice edit to %1…").arg(document_->name()));
    return id;
}

void VoiceEditPanel::onJobFinished(const QString& id, core::store::JobState state,
                                   const QString& error) {
    const auto found = pending_.constFind(id);
    if (found == pending_.constEnd()) {
        return;
    }
    const PendingApply pending = *found;
    pending_.erase(found);
    if (state != core::store::JobState::Succeeded) {
        Q_EMIT message(state == core::store::JobState::Cancelled
                           ? tr("The voice edit was cancelled; the track is unchanged.")
                           : tr("The voice edit failed: %1").arg(error));
        Q_EMIT applyFinished(false);
        return;
    }
    finishApply(id, pending);
}

void VoiceEditPanel::finishApply(const QString& id, const PendingApply& pending) {
    AudioDocument* document = pending.document;
    if (!document || document->revision() != pending.revision) {
        Q_EMIT message(
            tr("The track changed while the voice edit ran, so it was left as it is; "
               "the edited audio is in the Jobs panel."));
        Q_EMIT applyFinished(false);
        return;
    }
    const auto record = host_.jobs().job(id);
    const auto audio = host_.assets().find(record->outputs.value(QStringLiteral("audio")));
    const auto shifted = host_.assets().find(record->outputs.value(QStringLiteral("transcript")));
    QFile transcriptFile(shifted ? shifted->path : QString());
    if (!audio || !transcriptFile.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("The voice edit left no result; run it again."));
        Q_EMIT applyFinished(false);
        return;
    }
    try {
        const core::audio::AudioBuffer edited =
            document->conform(core::audio::decodeFile(audio->path));
        const double removed = document->duration() - edited.durationSeconds();
        const core::Transcript after =
            core::Transcript::fromJson(QJsonDocument::fromJson(transcriptFile.readAll()).object());
        document->undoStack()->push(new VoiceEditCommand(
            this, document, edited.samples, pending.source, transcript_->transcript(), after,
            marks_.value(pending.source), tr("Voice edit")));
        Q_EMIT message(tr("Voice edit applied: %1 s shorter.").arg(removed, 0, 'f', 1));
        Q_EMIT applyFinished(true);
    } catch (const std::exception& failure) {
        Q_EMIT message(tr("Apply edits: %1").arg(userMessage(failure)));
        Q_EMIT applyFinished(false);
    }
}

void VoiceEditPanel::syncWaveformSelection() {
    const QList<int> selected = transcript_->selectedWords();
    if (!document_ || selected.isEmpty() || document_->name() != shownSource()) {
        return;
    }
    const double rate = document_->sampleRate();
    waveform_->setSelection(std::llround(transcript_->word(selected.first()).start * rate),
                            std::llround(transcript_->word(selected.last()).end * rate));
}

void VoiceEditPanel::refresh() {
    const QString source = shownSource();
    auto found = marks_.find(source);
    if (found != marks_.end() && found->transcriptKey != keyOf(transcript_->transcript())) {
        // Another transcript of the track (a new speech to text run): its words are not the
        // ones marked.
        marks_.erase(found);
        history()->clear();
    }
    const Marks marks = marks_.value(source);
    QList<TextMark> text;
    QList<MarkedSpan> spans;
    const bool onTrack = document_ && document_->name() == source;
    const double rate = onTrack ? document_->sampleRate() : 0;
    double removed = 0;
    int counts[4] = {0, 0, 0, 0};
    auto add = [&](const Edit& edit, bool proposed) {
        const auto [first, last] = wordsIn(edit.range);
        if (first >= 0) {
            text.append(TextMark{transcript_->word(first).from, transcript_->word(last).to,
                                 edit.action, proposed});
        } else {
            const int before = transcript_->wordAtTime(edit.range.start);
            const auto [from, to] = transcript_->gapAfter(before);
            text.append(TextMark{from, to, edit.action, proposed});
        }
        if (onTrack) {
            spans.append(MarkedSpan{std::llround(edit.range.start * rate),
                                    std::llround(edit.range.end * rate), colourOf(edit.action),
                                    proposed});
        }
    };
    for (const Edit& edit : marks.edits) {
        add(edit, false);
        counts[int(edit.action)] += 1;
    }
    for (const Edit& edit : marks.proposals) {
        add(edit, true);
    }
    if (marks.roomTone && onTrack) {
        spans.append(MarkedSpan{std::llround(marks.roomTone->start * rate),
                                std::llround(marks.roomTone->end * rate), QColor(0x38, 0x8e, 0x3c),
                                false});
    }
    const core::voice_editor::EditPlan plan = core::voice_editor::planEdits(
        marks.edits, onTrack ? document_->duration() : transcript_->transcript().duration);
    for (const TimeRange& cut : plan.cuts) {
        removed += cut.length();
    }
    transcript_->setMarks(text);
    transcript_->setMarkHistory(history());
    if (waveform_ && (onTrack || !document_)) {
        waveform_->setMarkedSpans(spans);
    }
    const bool editable = transcript_->hasTranscript();
    for (QToolButton* button : std::as_const(buttons_)) {
        button->setEnabled(editable);
    }
    buttons_.value(QStringLiteral("accept"))->setEnabled(!marks.proposals.isEmpty());
    buttons_.value(QStringLiteral("acceptAll"))->setEnabled(!marks.proposals.isEmpty());
    buttons_.value(QStringLiteral("reject"))->setEnabled(!marks.proposals.isEmpty());
    buttons_.value(QStringLiteral("preview"))->setEnabled(onTrack && !marks.edits.isEmpty());
    buttons_.value(QStringLiteral("apply"))->setEnabled(onTrack && !marks.edits.isEmpty());
    QString summary = marks.edits.isEmpty() && marks.proposals.isEmpty()
                          ? tr("Select words, then Delete cuts them, M mutes, B bleeps.")
                          : tr("Cuts: %1 · muted: %2 · bleeped: %3 · proposed: %4 · %5 s shorter")
                                .arg(counts[int(EditAction::Cut)])
                                .arg(counts[int(EditAction::Mute)])
                                .arg(counts[int(EditAction::Bleep)])
                                .arg(marks.proposals.size())
                                .arg(removed, 0, 'f', 1);
    if (marks.roomTone) {
        summary += tr(" · room tone %1–%2 s")
                       .arg(marks.roomTone->start, 0, 'f', 2)
                       .arg(marks.roomTone->end, 0, 'f', 2);
    }
    summary_->setText(editable ? summary : QString());
    updatePlaybackEdits();
}

void VoiceEditPanel::updatePlaybackEdits() {
    const Marks marks = marks_.value(shownSource());
    const bool onTrack = document_ && document_->name() == shownSource();
    const bool hear = buttons_.value(QStringLiteral("hearEdits"))->isChecked();
    if (!onTrack || !hear || marks.edits.isEmpty()) {
        if (!transport_->playbackEdits().isEmpty()) {
            transport_->setPlaybackEdits({});
        }
        playbackKey_.clear();
        return;
    }
    core::voice_editor::EditList list;
    list.edits = marks.edits;
    list.roomTone = marks.roomTone;
    // Playing restarts on a new plan only: the same marks must not interrupt what is heard.
    const QByteArray key = QJsonDocument(list.toJson()).toJson(QJsonDocument::Compact) +
                           QByteArray::number(document_->revision());
    if (key == playbackKey_) {
        return;
    }
    playbackKey_ = key;
    const core::voice_editor::EditPlan plan =
        core::voice_editor::planEdits(marks.edits, document_->duration());
    const std::optional<TimeRange> roomTone = marks.roomTone;
    transport_->setPlaybackEdits(
        {plan.cuts, [plan, roomTone](const core::audio::AudioBuffer& track) {
             return renderPlan(track, plan, roomTone);
         }});
}

core::audio::AudioBuffer VoiceEditPanel::renderPlan(const core::audio::AudioBuffer& track,
                                                    const core::voice_editor::EditPlan& plan,
                                                    const std::optional<TimeRange>& roomTone) {
    const core::voice_editor::RoomTone tone(
        track, roomTone.value_or(core::voice_editor::findQuietestStretch(track)));
    return core::voice_editor::renderEdits(track, plan, {}, &tone);
}

bool VoiceEditPanel::hasMarksOn(const AudioDocument* document) const {
    return document && document == document_ && document->name() == shownSource() &&
           !edits().isEmpty();
}

core::audio::AudioBuffer VoiceEditPanel::renderMarks() const {
    const core::audio::AudioBuffer& track = document_->buffer();
    return renderPlan(track, core::voice_editor::planEdits(edits(), track.durationSeconds()),
                      marks_.value(shownSource()).roomTone);
}

}  // namespace sonara::studio
