#include "app/studio/tts_preview_panel.h"

#include "app/studio/capability_form.h"
#include "app/studio/descriptor_translation.h"
#include "app/studio/transport.h"
#include "app/studio/user_message.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engine_host.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sonara::studio {
namespace {

using core::store::JobState;

// Characters of a take's text shown in the list; the whole text is its tooltip.
constexpr int kShownCharacters = 60;

QString shortened(const QString& text) {
    const QString oneLine = text.simplified();
    return oneLine.size() > kShownCharacters ? oneLine.left(kShownCharacters - 1) + QChar(0x2026)
                                             : oneLine;
}

QString lengthText(double seconds) {
    const int tenths = static_cast<int>(std::lround(seconds * 10));
    return QStringLiteral("%1:%2.%3")
        .arg(tenths / 600)
        .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

}  // namespace

TtsPreviewPanel::TtsPreviewPanel(core::EngineHost& host, CapabilityForm& form, QWidget* parent)
    : CapabilityPanel(parent), host_(host), transport_(new Transport(this)) {
    setObjectName(QStringLiteral("ttsPreview"));
    auto* heading = new QLabel(tr("Takes"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("ttsStatus"));
    // One line, elided, so the list keeps its room; the whole text is the tooltip.
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    takes_ = new QTreeWidget;
    takes_->setObjectName(QStringLiteral("ttsTakes"));
    takes_->setRootIsDecorated(false);
    takes_->setHeaderLabels({tr("Text"), tr("Voice"), tr("Engine"), tr("Length")});
    takes_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    takes_->header()->setStretchLastSection(false);
    takes_->setSelectionMode(QAbstractItemView::SingleSelection);
    // The form above comes first when the page is short (it has no scroll bar): the list
    // yields its room down to its header and a row, and takes what the form leaves.
    takes_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    takes_->setMinimumHeight(takes_->fontMetrics().height() * 3);

    play_ = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play"));
    stop_ = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"));
    open_ = new QPushButton(tr("Open as track"));
    play_->setObjectName(QStringLiteral("ttsPlay"));
    stop_->setObjectName(QStringLiteral("ttsStop"));
    open_->setObjectName(QStringLiteral("ttsOpen"));
    play_->setToolTip(tr("Plays the selected take"));
    open_->setToolTip(tr("Opens the selected take in the editor as a new track"));

    // Compact: the form above needs the height, so the buttons stand beside the list.
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 0, Qt::AlignTop);
    top->addWidget(status_, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(play_);
    buttons->addWidget(stop_);
    buttons->addWidget(open_);
    buttons->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(takes_, 1);
    body->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    setStatus(tr("Run the form to hear the text; every run is kept here as a take."));
    connect(play_, &QPushButton::clicked, this, &TtsPreviewPanel::playSelected);
    connect(stop_, &QPushButton::clicked, this, &TtsPreviewPanel::stop);
    connect(open_, &QPushButton::clicked, this, &TtsPreviewPanel::openSelected);
    connect(takes_, &QTreeWidget::itemDoubleClicked, this, &TtsPreviewPanel::playSelected);
    connect(takes_, &QTreeWidget::itemSelectionChanged, this, &TtsPreviewPanel::updateButtons);
    connect(transport_, &Transport::playingChanged, this, &TtsPreviewPanel::updateButtons);
    followFormJobs(host_, form);
    updateButtons();
}

TtsPreviewPanel::~TtsPreviewPanel() = default;

QString TtsPreviewPanel::statusText() const {
    return status_->toolTip();
}

void TtsPreviewPanel::setStatus(const QString& text) {
    status_->setToolTip(text);
    showStatus();
}

void TtsPreviewPanel::showStatus() {
    status_->setText(status_->fontMetrics().elidedText(status_->toolTip(), Qt::ElideRight,
                                                       std::max(status_->width(), 1)));
}

void TtsPreviewPanel::resizeEvent(QResizeEvent* event) {
    CapabilityPanel::resizeEvent(event);
    showStatus();
}

bool TtsPreviewPanel::isPlaying() const {
    return transport_->isPlaying();
}

void TtsPreviewPanel::followedJobQueued(const QString&) {
    setStatus(tr("Speaking…"));
}

void TtsPreviewPanel::followedJobProgress(const QString&, double fraction) {
    setStatus(tr("Speaking… %1%").arg(std::lround(fraction * 100)));
}

void TtsPreviewPanel::followedJobFailed(JobState state, const QString& error) {
    setStatus(state == JobState::Cancelled ? tr("The take was cancelled.")
                                           : tr("The take failed: %1").arg(error));
}

void TtsPreviewPanel::followedJobSucceeded(const core::store::JobRecord& record) {
    std::optional<core::store::Asset> audio;
    for (const QString& assetId : record.outputs) {
        audio = host_.assets().find(assetId);
        if (audio && audio->kind == QLatin1String("audio")) {
            break;
        }
        audio.reset();
    }
    if (!audio) {
        setStatus(tr("The take finished without audio."));
        return;
    }
    const QString text = record.inputs.value(QStringLiteral("text")).toString();
    QString voice = record.parameters.value(QStringLiteral("voice")).toString();
    if (voice.isEmpty()) {
        voice = record.model.isEmpty() ? tr("default") : record.model;
    }
    QString engine = record.engine;
    for (const core::EngineInfo& info : host_.registry().engines(record.capability)) {
        if (info.id == record.engine) {
            engine = translateDescriptor(info.title);
        }
    }
    double seconds = audio->duration.value_or(0.0);
    if (!audio->duration) {
        try {
            seconds = core::audio::probeFile(audio->path).durationSeconds;
        } catch (const std::exception&) {
            seconds = 0.0;  // the length column stays empty; playing will say what is wrong
        }
    }

    auto* item = new QTreeWidgetItem(
        {shortened(text), voice, engine, seconds > 0 ? lengthText(seconds) : QString()});
    item->setToolTip(0, text);
    takes_->insertTopLevelItem(0, item);
    entries_.prepend(Take{record.id, audio->path, text});
    takes_->setCurrentItem(item);
    setStatus(tr("New take ready: press Play to hear it."));
    Q_EMIT message(tr("Speech ready: %1").arg(shortened(text)));
    updateButtons();
}

int TtsPreviewPanel::selectedRow() const {
    QTreeWidgetItem* item = takes_->currentItem();
    const int row = item ? takes_->indexOfTopLevelItem(item) : 0;
    return row >= 0 && row < entries_.size() ? row : -1;
}

void TtsPreviewPanel::playSelected() {
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const Take& take = entries_.at(row);
    try {
        transport_->stop();
        transport_->setComparison(core::audio::decodeFile(take.path), shortened(take.text));
        if (!transport_->comparing()) {
            transport_->toggleComparison();
        }
        transport_->play(0);
        setStatus(tr("Playing: %1").arg(shortened(take.text)));
    } catch (const std::exception& failure) {
        const QString reason = userMessage(failure);
        setStatus(reason);
        Q_EMIT message(reason);
    }
    updateButtons();
}

void TtsPreviewPanel::stop() {
    transport_->stop();
    updateButtons();
}

void TtsPreviewPanel::openSelected() {
    const int row = selectedRow();
    if (row >= 0) {
        Q_EMIT openAsTrackRequested(entries_.at(row).path, shortened(entries_.at(row).text));
    }
}

void TtsPreviewPanel::updateButtons() {
    const bool any = !entries_.isEmpty();
    play_->setEnabled(any);
    open_->setEnabled(any);
    stop_->setEnabled(transport_->isPlaying());
}

}  // namespace sonara::studio
