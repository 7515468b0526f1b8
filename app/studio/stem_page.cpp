#include "app/studio/stem_page.h"

#include "app/studio/audio_document.h"
#include "app/studio/cloud_session.h"
#include "app/studio/descriptor_translation.h"
#include "app/studio/stem_lane.h"
#include "app/studio/transport.h"
#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/dsp.h"
#include "core/engine/engine_host.h"
#include "core/engine/job_inputs.h"
#include "core/engine/result_export.h"
#include "core/store/asset_store.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

namespace sonara::studio {
namespace {

const QString kSeparate = QStringLiteral("separate");

// What one stem's export needs, gathered on the UI thread so the worker touches no store.
struct StemExport {
    core::store::Asset asset;
    core::OutputSpec output;
    QString destination;
};

// `buffer` at the rate and channel count of `like`, so that it can be summed with it.
core::audio::AudioBuffer conformed(core::audio::AudioBuffer buffer,
                                   const core::audio::AudioBuffer& like) {
    if (like.channels > 0 && buffer.channels != like.channels) {
        buffer = core::audio::remix(buffer, like.channels);
    }
    if (like.sampleRate > 0 && buffer.sampleRate != like.sampleRate) {
        buffer = core::audio::resample(buffer, like.sampleRate);
    }
    return buffer;
}

// Decodes on a worker thread: a long song's stems take seconds to read, and the window must
// keep painting meanwhile.
DecodedStems decodeStems(const QList<StemFile>& files, const QString& mixPath) {
    DecodedStems decoded;
    for (const StemFile& file : files) {
        try {
            decoded.stems.append({file.outputId, file.title, core::audio::decodeFile(file.path)});
        } catch (const core::audio::AudioError&) {
            decoded.unreadable << file.title;
        }
    }
    try {
        if (!mixPath.isEmpty() && QFileInfo::exists(mixPath)) {
            decoded.mix = core::audio::decodeFile(mixPath);
            decoded.mixName = QFileInfo(mixPath).fileName();
        }
    } catch (const core::audio::AudioError&) {
    }
    return decoded;
}

void addInto(core::audio::AudioBuffer& sum, const core::audio::AudioBuffer& part) {
    if (sum.samples.size() < part.samples.size()) {
        sum.samples.resize(part.samples.size(), 0.0f);
    }
    for (size_t i = 0; i < part.samples.size(); ++i) {
        sum.samples[i] += part.samples[i];
    }
}

}  // namespace

StemPage::StemPage(core::EngineHost& host, QWidget* parent)
    : QWidget(parent),
      host_(host),
      mix_(new AudioDocument(this)),
      transport_(new Transport(this)),
      heading_(new QLabel),
      error_(new QLabel),
      laneLayout_(new QVBoxLayout),
      play_(new QPushButton(tr("Play"))),
      ab_(new QPushButton(tr("A/B: stems"))),
      format_(new QComboBox),
      export_(new QPushButton(tr("Export selected stems…"))) {
    setObjectName(QStringLiteral("stemPage"));
    transport_->setDocument(mix_);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c62828"));
    ab_->setCheckable(true);
    ab_->setToolTip(
        tr("Switch between the stems you hear (solo and mute) and the original mix, "
           "at the same moment"));

    auto* lanes = new QWidget;
    laneLayout_->setContentsMargins(0, 0, 0, 0);
    laneLayout_->addStretch(1);
    lanes->setLayout(laneLayout_);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(lanes);

    auto* controls = new QHBoxLayout;
    controls->addWidget(play_);
    controls->addWidget(ab_);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Format")));
    controls->addWidget(format_);
    controls->addWidget(export_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(scroll, 1);
    layout->addLayout(controls);
    layout->addWidget(error_);

    connect(play_, &QPushButton::clicked, this, &StemPage::togglePlay);
    connect(ab_, &QPushButton::toggled, this, [this](bool mix) {
        // The transport's comparison is the stems; its document is the mix.
        if (transport_->comparing() == mix) {
            transport_->toggleComparison();
        }
        ab_->setText(mix ? tr("A/B: mix") : tr("A/B: stems"));
    });
    connect(export_, &QPushButton::clicked, this, &StemPage::chooseExportFolder);
    connect(transport_, &Transport::playingChanged, this,
            [this](bool playing) { play_->setText(playing ? tr("Stop") : tr("Play")); });
    clear();
}

StemPage::~StemPage() = default;

void StemPage::clear() {
    ++loadGeneration_;
    transport_->stop();
    transport_->clearComparison();
    for (StemLane* lane : lanes_) {
        lane->deleteLater();
    }
    lanes_.clear();
    jobId_.clear();
    heading_->setText(tr("Separate a song to see its stems here."));
    error_->clear();
    ab_->setChecked(false);
    for (QWidget* control : std::initializer_list<QWidget*>{play_, ab_, format_, export_}) {
        control->setEnabled(false);
    }
}

StemLane* StemPage::lane(const QString& outputId) const {
    for (StemLane* lane : lanes_) {
        if (lane->outputId() == outputId) {
            return lane;
        }
    }
    return nullptr;
}

QString StemPage::errorText() const {
    return error_->text();
}

void StemPage::setError(const QString& text) {
    error_->setText(text);
}

bool StemPage::showJob(const QString& jobId) {
    clear();
    const auto record = host_.jobs().job(jobId);
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(kSeparate);
    if (!record || record->capability != kSeparate || !descriptor ||
        record->state != core::store::JobState::Succeeded) {
        setError(tr("This job has no stems to show: only a finished separation has."));
        return false;
    }
    QList<StemFile> stems;
    for (const core::OutputSpec& output : descriptor->outputs) {
        const auto assetId = record->outputs.constFind(output.id);
        const auto asset =
            assetId == record->outputs.constEnd() ? std::nullopt : host_.assets().find(*assetId);
        if (asset) {
            stems.append({output.id, translateDescriptor(output.title), asset->path});
            if (format_->count() == 0) {
                format_->addItems(output.formats);
            }
        }
    }
    if (stems.isEmpty()) {
        setError(tr("The stems of this job are gone; run the separation again."));
        return false;
    }
    jobId_ = jobId;
    heading_->setText(tr("Loading the stems…"));
    const QString mixPath = core::JobInputs::fromJson(record->inputs).file(QStringLiteral("audio"));
    const int load = ++loadGeneration_;
    auto* watcher = new QFutureWatcher<DecodedStems>(this);
    connect(watcher, &QFutureWatcher<DecodedStems>::finished, this, [this, watcher, load] {
        watcher->deleteLater();
        if (load == loadGeneration_) {
            showDecoded(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([stems, mixPath] { return decodeStems(stems, mixPath); }));
    return true;
}

void StemPage::showDecoded(const DecodedStems& decoded) {
    for (const DecodedStem& stem : decoded.stems) {
        addLane(stem.outputId, stem.title, stem.audio);
    }
    if (!decoded.unreadable.isEmpty()) {
        setError(tr("The %1 stem of this job cannot be read any more; run the separation again.")
                     .arg(decoded.unreadable.join(QStringLiteral(", "))));
    }
    if (lanes_.isEmpty()) {
        heading_->setText(tr("Separate a song to see its stems here."));
        setError(tr("The stems of this job are gone; run the separation again."));
        Q_EMIT stemsLoaded(false);
        return;
    }
    showMix(decoded);
    for (QWidget* control : std::initializer_list<QWidget*>{play_, ab_, format_, export_}) {
        control->setEnabled(true);
    }
    refreshListening();
    Q_EMIT stemsLoaded(true);
}

void StemPage::addLane(const QString& outputId, const QString& title,
                       core::audio::AudioBuffer audio) {
    auto* lane = new StemLane(outputId, title, std::move(audio));
    laneLayout_->insertWidget(laneLayout_->count() - 1, lane);
    lanes_.append(lane);
    connect(lane, &StemLane::listeningChanged, this, &StemPage::refreshListening);
}

// The mix the job separated, to compare against; when it is gone, the sum of all stems
// stands in for it (which is what the stems add up to).
void StemPage::showMix(const DecodedStems& decoded) {
    if (decoded.mix) {
        mix_->setBuffer(conformed(*decoded.mix, lanes_.first()->audio()), decoded.mixName);
    } else {
        core::audio::AudioBuffer sum = lanes_.first()->audio();
        sum.samples.assign(sum.samples.size(), 0.0f);
        for (const StemLane* lane : lanes_) {
            addInto(sum, conformed(lane->audio(), sum));
        }
        mix_->setBuffer(std::move(sum), tr("the sum of the stems"));
        setError(
            tr("The original mix is no longer where it was, so A/B compares with the sum of "
               "all stems."));
    }
    heading_->setText(tr("Stems of %1").arg(mix_->name()));
}

const core::audio::AudioBuffer& StemPage::originalMix() const {
    return mix_->buffer();
}

bool StemPage::hearingMix() const {
    return !transport_->comparing();
}

core::audio::AudioBuffer StemPage::audibleMix() const {
    if (lanes_.isEmpty()) {
        return {};
    }
    const bool anySolo =
        std::any_of(lanes_.begin(), lanes_.end(), [](const StemLane* l) { return l->soloed(); });
    core::audio::AudioBuffer sum = lanes_.first()->audio();
    sum.samples.assign(sum.samples.size(), 0.0f);
    for (const StemLane* lane : lanes_) {
        if (anySolo ? lane->soloed() : !lane->muted()) {
            addInto(sum, conformed(lane->audio(), sum));
        }
    }
    return sum;
}

void StemPage::refreshListening() {
    const bool wasPlaying = transport_->isPlaying() && transport_->comparing();
    const qint64 at = transport_->positionFrame();
    transport_->setComparison(audibleMix(), tr("stems"));
    if (!transport_->comparing() && !ab_->isChecked()) {
        transport_->toggleComparison();
    }
    if (wasPlaying) {
        transport_->play(at);
    }
}

void StemPage::togglePlay() {
    if (transport_->isPlaying()) {
        transport_->stop();
        return;
    }
    try {
        transport_->play(0);
    } catch (const core::audio::AudioError& error) {
        setError(error.reason());
    }
}

void StemPage::chooseExportFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export the selected stems to"),
        QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    if (!folder.isEmpty()) {
        startExport(folder);
    }
}

void StemPage::startExport(const QString& folder) {
    const auto record = host_.jobs().job(jobId_);
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(kSeparate);
    if (!record || !descriptor) {
        setError(tr("Open a separation first."));
        Q_EMIT exportFinished(false, {});
        return;
    }
    const QString format = format_->currentText();
    QList<StemExport> exports;
    for (const StemLane* lane : lanes_) {
        if (!lane->exported()) {
            continue;
        }
        const auto asset = host_.assets().find(record->outputs.value(lane->outputId()));
        const core::OutputSpec* output = nullptr;
        for (const core::OutputSpec& spec : descriptor->outputs) {
            output = spec.id == lane->outputId() ? &spec : output;
        }
        if (!asset || !output) {
            continue;
        }
        exports.append(
            StemExport{*asset, *output,
                       QDir(folder).filePath(core::exportFileName(
                           *record, *descriptor, lane->outputId(), format, host_.assets()))});
    }
    if (exports.isEmpty()) {
        setError(tr("Tick Export on the stems to write."));
        Q_EMIT exportFinished(false, {});
        return;
    }
    error_->clear();
    export_->setEnabled(false);
    core::CreditPolicy* credits = &host_.credits();
    runAccountCall<QStringList>(
        this,
        [exports, credits] {
            QStringList written;
            for (const StemExport& stem : exports) {
                core::writeChargedExport(
                    *credits, core::resultCharge(stem.asset), stem.destination,
                    [&] { core::exportOutput(stem.asset, stem.output, stem.destination); });
                written << stem.destination;
            }
            return written;
        },
        [this](const QStringList& written) {
            export_->setEnabled(true);
            Q_EMIT message(tr("Stems exported: %1").arg(written.size()));
            Q_EMIT exportFinished(true, written);
        },
        [this](const CloudFailure& failure) {
            export_->setEnabled(true);
            setError(failure.message);
            Q_EMIT exportFinished(false, {});
        });
}

}  // namespace sonara::studio
