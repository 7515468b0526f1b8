#include "app/studio/takes_panel.h"

#include "app/studio/capability_form.h"
#include "app/studio/descriptor_translation.h"
#include "app/studio/transport.h"
#include "app/studio/user_message.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engine_host.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sonara::studio {
namespace {

using core::store::JobState;

enum Column { PlayColumn, StarColumn, PromptColumn, SeedColumn, LengthColumn, ModelColumn };

// Characters of a prompt shown in the list; the whole prompt is its tooltip.
constexpr int kShownCharacters = 70;
// The seed a variation draws, in the seed parameter's range.
constexpr quint32 kSeedLimit = 1'000'000'000;
const QString kSeed = QStringLiteral("seed");

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

QString keyOf(const TakesPanel::Take& take) {
    return take.jobId + QLatin1Char('/') + take.outputId;
}

// The generators write "prompt (seed N)" into the file's title: the seed a run of -1 drew.
qint64 seedInTitle(const QString& title) {
    static const QRegularExpression seed(QStringLiteral("\\(seed (\\d+)\\)$"));
    const QRegularExpressionMatch match = seed.match(title);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QJsonObject toJson(const TakesPanel::Take& take) {
    return {{QStringLiteral("job"), take.jobId},
            {QStringLiteral("output"), take.outputId},
            {QStringLiteral("path"), take.path},
            {QStringLiteral("prompt"), take.prompt},
            {QStringLiteral("seed"), take.seed},
            {QStringLiteral("seconds"), take.seconds},
            {QStringLiteral("engine"), take.engine},
            {QStringLiteral("model"), take.model},
            {QStringLiteral("parameters"), QJsonObject::fromVariantMap(take.parameters)},
            {QStringLiteral("inputs"), take.inputs},
            {QStringLiteral("starred"), take.starred},
            {QStringLiteral("created"), take.created.toString(Qt::ISODateWithMs)}};
}

TakesPanel::Take fromJson(const QJsonObject& json) {
    TakesPanel::Take take;
    take.jobId = json.value(QStringLiteral("job")).toString();
    take.outputId = json.value(QStringLiteral("output")).toString();
    take.path = json.value(QStringLiteral("path")).toString();
    take.prompt = json.value(QStringLiteral("prompt")).toString();
    take.seed = json.value(QStringLiteral("seed")).toInteger(-1);
    take.seconds = json.value(QStringLiteral("seconds")).toDouble();
    take.engine = json.value(QStringLiteral("engine")).toString();
    take.model = json.value(QStringLiteral("model")).toString();
    take.parameters = json.value(QStringLiteral("parameters")).toObject().toVariantMap();
    take.inputs = json.value(QStringLiteral("inputs")).toObject();
    take.starred = json.value(QStringLiteral("starred")).toBool();
    take.created =
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    return take;
}

}  // namespace

TakesPanel::TakesPanel(core::EngineHost& host, CapabilityForm& form, QWidget* parent)
    : CapabilityPanel(parent),
      host_(host),
      capabilityId_(form.capabilityId()),
      transport_(new Transport(this)) {
    setObjectName(QStringLiteral("takes"));
    auto* heading = new QLabel(tr("Takes"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    status_ =
        new QLabel(tr("Every run of the form is kept here as a take, to compare and "
                      "keep the best."));
    status_->setObjectName(QStringLiteral("takesStatus"));
    // One line that never widens the page: a word-wrapped label here made Qt's layout squeeze
    // the form above below its minimum; the whole text is also the tooltip.
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    view_ = new QTreeWidget;
    view_->setObjectName(QStringLiteral("takesList"));
    view_->setRootIsDecorated(false);
    view_->setHeaderLabels(
        {QString(), QString(), tr("Prompt"), tr("Seed"), tr("Length"), tr("Model")});
    view_->header()->setSectionResizeMode(PromptColumn, QHeaderView::Stretch);
    // The play buttons are row widgets, which ResizeToContents does not measure.
    view_->header()->setSectionResizeMode(PlayColumn, QHeaderView::Fixed);
    QToolButton measure;
    measure.setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    measure.setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    int playWidth = 0;
    for (const QString& text : {tr("Play"), tr("Stop")}) {
        measure.setText(text);
        playWidth = std::max(playWidth, measure.sizeHint().width());
    }
    view_->header()->resizeSection(PlayColumn, playWidth + 8);
    view_->header()->setSectionResizeMode(StarColumn, QHeaderView::ResizeToContents);
    view_->header()->setStretchLastSection(false);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    // On a short page the form above keeps its room; the list grows with the page.
    view_->setMinimumHeight(view_->fontMetrics().height() * 3);

    again_ = new QPushButton(tr("Again"));
    again_->setObjectName(QStringLiteral("takeAgain"));
    again_->setToolTip(
        tr("Makes the selected take again with the same settings (a seed of -1 "
           "draws a new one)"));
    variation_ = new QPushButton(tr("Variation"));
    variation_->setObjectName(QStringLiteral("takeVariation"));
    variation_->setToolTip(tr("Makes the selected take again with a new seed"));
    open_ = new QPushButton(tr("Open as track"));
    open_->setObjectName(QStringLiteral("takeOpen"));
    open_->setToolTip(tr("Opens the selected take in the editor as a new track"));
    delete_ = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
    delete_->setObjectName(QStringLiteral("takeDelete"));
    delete_->setToolTip(
        tr("Removes the selected take from the list; its file stays among the "
           "job's results"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(again_);
    buttons->addWidget(variation_);
    buttons->addStretch(1);
    buttons->addWidget(open_);
    buttons->addWidget(delete_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    // The heading and the latest news share a line: the form above needs the height.
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(status_, 1);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);

    connect(again_, &QPushButton::clicked, this, [this] { runAgain(selectedRow()); });
    connect(variation_, &QPushButton::clicked, this, [this] { runVariation(selectedRow()); });
    connect(open_, &QPushButton::clicked, this, [this] { openAsTrack(selectedRow()); });
    connect(delete_, &QPushButton::clicked, this, [this] { remove(selectedRow()); });
    connect(view_, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { play(view_->indexOfTopLevelItem(item)); });
    connect(view_, &QTreeWidget::itemSelectionChanged, this, &TakesPanel::updateButtons);
    connect(transport_, &Transport::playingChanged, this, [this](bool playing) {
        if (!playing) {
            playingKey_.clear();
        }
        refreshRows();
    });
    followFormJobs(host_, form);
    load();
    rebuild();
}

TakesPanel::~TakesPanel() = default;

QString TakesPanel::storePath(const QString& dataDirectory, const QString& capabilityId) {
    return QDir(dataDirectory).filePath(QStringLiteral("takes/%1.json").arg(capabilityId));
}

void TakesPanel::say(const QString& text) {
    status_->setText(text);
    status_->setToolTip(text);
}

QString TakesPanel::statusText() const {
    return status_->text();
}

bool TakesPanel::isPlaying() const {
    return transport_->isPlaying();
}

int TakesPanel::playingRow() const {
    for (int row = 0; row < takes_.size(); ++row) {
        if (!playingKey_.isEmpty() && keyOf(takes_.at(row)) == playingKey_) {
            return row;
        }
    }
    return -1;
}

void TakesPanel::followedJobQueued(const QString&) {
    say(tr("Generating…"));
}

void TakesPanel::followedJobProgress(const QString&, double fraction) {
    say(tr("Generating… %1%").arg(std::lround(fraction * 100)));
}

void TakesPanel::followedJobFailed(JobState state, const QString& error) {
    say(state == JobState::Cancelled ? tr("The run was cancelled.")
                                     : tr("The run failed: %1").arg(error));
}

void TakesPanel::followedJobSucceeded(const core::store::JobRecord& record) {
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(record.capability);
    QList<const core::OutputSpec*> audioOutputs;
    for (const core::OutputSpec& output : descriptor->outputs) {
        if (output.kind == core::OutputKind::Audio && record.outputs.contains(output.id)) {
            audioOutputs.append(&output);
        }
    }
    QString prompt = record.inputs.value(QStringLiteral("prompt")).toString().simplified();
    const QString vibe = record.inputs.value(QStringLiteral("vibe")).toString();
    if (!vibe.isEmpty()) {
        prompt = prompt.isEmpty() ? translateDescriptor(vibe)
                                  : translateDescriptor(vibe) + QStringLiteral(": ") + prompt;
    }
    int added = 0;
    // Last output first, so that the list, newest first, shows variation 1 on top.
    for (auto it = audioOutputs.rbegin(); it != audioOutputs.rend(); ++it) {
        const auto asset = host_.assets().find(record.outputs.value((*it)->id));
        if (!asset) {
            continue;
        }
        Take take;
        take.jobId = record.id;
        take.outputId = (*it)->id;
        take.path = asset->path;
        take.prompt = audioOutputs.size() > 1
                          ? QStringLiteral("%1 (%2)").arg(prompt, translateDescriptor((*it)->title))
                          : prompt;
        take.engine = record.engine;
        take.model = record.model;
        take.parameters = record.parameters;
        take.inputs = record.inputs;
        take.created = QDateTime::currentDateTimeUtc();
        take.seed = record.parameters.value(kSeed, -1).toLongLong();
        take.seconds = asset->duration.value_or(0.0);
        try {
            const core::audio::AudioInfo info = core::audio::probeFile(asset->path);
            take.seconds = info.durationSeconds;
            if (const qint64 drawn = seedInTitle(info.metadata.title); drawn >= 0) {
                take.seed = drawn;
            }
        } catch (const std::exception&) {
            // The length stays as stored; playing will say what is wrong with the file.
        }
        takes_.prepend(take);
        ++added;
    }
    if (added == 0) {
        say(tr("The run finished without audio."));
        return;
    }
    save();
    rebuild();
    view_->setCurrentItem(view_->topLevelItem(0));
    say(tr("New take ready: press its play button to hear it."));
    Q_EMIT message(tr("Take ready: %1").arg(shortened(prompt)));
}

void TakesPanel::play(int row) {
    if (row < 0 || row >= takes_.size()) {
        return;
    }
    const Take& take = takes_.at(row);
    try {
        transport_->stop();
        transport_->setComparison(core::audio::decodeFile(take.path), shortened(take.prompt));
        if (!transport_->comparing()) {
            transport_->toggleComparison();
        }
        transport_->play(0);
        playingKey_ = keyOf(take);
        say(tr("Playing: %1").arg(describe(take)));
    } catch (const std::exception& failure) {
        playingKey_.clear();
        const QString reason = userMessage(failure);
        say(reason);
        Q_EMIT message(reason);
    }
    refreshRows();
}

void TakesPanel::stop() {
    transport_->stop();
    playingKey_.clear();
    refreshRows();
}

void TakesPanel::setStarred(int row, bool starred) {
    if (row < 0 || row >= takes_.size() || takes_.at(row).starred == starred) {
        return;
    }
    takes_[row].starred = starred;
    save();
    refreshRows();
}

bool TakesPanel::remove(int row) {
    if (row < 0 || row >= takes_.size()) {
        return false;
    }
    if (takes_.at(row).starred) {
        say(tr("This take is starred to keep it: unstar it first to delete it."));
        return false;
    }
    if (keyOf(takes_.at(row)) == playingKey_) {
        stop();
    }
    takes_.removeAt(row);
    save();
    rebuild();
    say(tr("Take deleted."));
    return true;
}

QString TakesPanel::runAgain(int row) {
    if (row < 0 || row >= takes_.size()) {
        return {};
    }
    return submit(takes_.at(row), takes_.at(row).parameters);
}

QString TakesPanel::runVariation(int row) {
    if (row < 0 || row >= takes_.size()) {
        return {};
    }
    QVariantMap parameters = takes_.at(row).parameters;
    qint64 seed = takes_.at(row).seed;
    while (seed == takes_.at(row).seed) {
        seed = QRandomGenerator::global()->bounded(kSeedLimit);
    }
    parameters.insert(kSeed, seed);
    return submit(takes_.at(row), parameters);
}

QString TakesPanel::submit(const Take& take, const QVariantMap& parameters) {
    core::JobRequest request;
    request.capability = capabilityId_;
    request.engine = take.engine;
    request.model = take.model;
    request.parameters = parameters;
    try {
        request.inputs = core::JobInputs::fromJson(take.inputs);
        const QString id = host_.jobs().submit(request);
        follow(id);
        return id;
    } catch (const std::exception& failure) {
        const QString reason = userMessage(failure);
        say(reason);
        Q_EMIT message(reason);
        return {};
    }
}

void TakesPanel::openAsTrack(int row) {
    if (row >= 0 && row < takes_.size()) {
        Q_EMIT openAsTrackRequested(takes_.at(row).path, shortened(takes_.at(row).prompt));
    }
}

void TakesPanel::load() {
    QFile file(storePath(host_.dataDirectory(), capabilityId_));
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonArray stored = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : stored) {
        Take take = fromJson(value.toObject());
        // A result deleted since (with its job) is no take to play.
        if (!take.path.isEmpty() && QFileInfo(take.path).isFile()) {
            takes_.append(take);
        }
    }
}

void TakesPanel::save() {
    const QString path = storePath(host_.dataDirectory(), capabilityId_);
    QDir().mkpath(QFileInfo(path).path());
    QJsonArray stored;
    for (const Take& take : takes_) {
        stored.append(toJson(take));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(stored).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        say(
            tr("The takes could not be saved in the data folder: check that it "
               "is writable and has free space."));
    }
}

QString TakesPanel::describe(const Take& take) const {
    return take.seed >= 0 ? tr("%1, seed %2").arg(shortened(take.prompt)).arg(take.seed)
                          : shortened(take.prompt);
}

void TakesPanel::rebuild() {
    const int selected = selectedRow();
    view_->clear();
    for (int row = 0; row < takes_.size(); ++row) {
        const Take& take = takes_.at(row);
        auto* item = new QTreeWidgetItem(view_);
        item->setText(PromptColumn, shortened(take.prompt));
        item->setToolTip(PromptColumn, take.prompt);
        item->setText(SeedColumn, take.seed >= 0 ? QString::number(take.seed) : QString());
        item->setText(LengthColumn, take.seconds > 0 ? lengthText(take.seconds) : QString());
        item->setText(ModelColumn, take.model.isEmpty() ? take.engine : take.model);

        auto* playButton = new QToolButton;
        playButton->setObjectName(QStringLiteral("takePlay"));
        playButton->setAutoRaise(true);
        playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // Deciding when clicked: the button stays while what plays changes.
        connect(playButton, &QToolButton::clicked, this, [this, row] {
            if (row == playingRow() && transport_->isPlaying()) {
                stop();
            } else {
                play(row);
            }
        });
        view_->setItemWidget(item, PlayColumn, playButton);

        auto* star = new QToolButton;
        star->setObjectName(QStringLiteral("takeStar"));
        star->setAutoRaise(true);
        star->setCheckable(true);
        connect(star, &QToolButton::toggled, this, [this, row](bool on) { setStarred(row, on); });
        view_->setItemWidget(item, StarColumn, star);
    }
    if (selected >= 0 && selected < view_->topLevelItemCount()) {
        view_->setCurrentItem(view_->topLevelItem(selected));
    }
    refreshRows();
}

void TakesPanel::refreshRows() {
    const int playing = transport_->isPlaying() ? playingRow() : -1;
    for (int row = 0; row < takes_.size() && row < view_->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = view_->topLevelItem(row);
        if (auto* button = qobject_cast<QToolButton*>(view_->itemWidget(item, PlayColumn))) {
            button->setIcon(QIcon::fromTheme(row == playing
                                                 ? QStringLiteral("media-playback-stop")
                                                 : QStringLiteral("media-playback-start")));
            button->setText(row == playing ? tr("Stop") : tr("Play"));
            button->setToolTip(row == playing ? tr("Stops this take") : tr("Plays this take"));
        }
        if (auto* star = qobject_cast<QToolButton*>(view_->itemWidget(item, StarColumn))) {
            const bool starred = takes_.at(row).starred;
            star->setChecked(starred);
            star->setText(starred ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
            star->setToolTip(starred ? tr("Starred: kept. Click to unstar")
                                     : tr("Star this take to keep it"));
        }
    }
    updateButtons();
}

int TakesPanel::selectedRow() const {
    QTreeWidgetItem* item = view_->currentItem();
    return item ? view_->indexOfTopLevelItem(item) : -1;
}

void TakesPanel::updateButtons() {
    const int row = selectedRow();
    const bool any = row >= 0 && row < takes_.size();
    again_->setEnabled(any);
    variation_->setEnabled(any);
    open_->setEnabled(any);
    delete_->setEnabled(any && !takes_.at(row).starred);
}

}  // namespace sonara::studio
