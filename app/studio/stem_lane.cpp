#include "app/studio/stem_lane.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <algorithm>

namespace sonara::studio {
namespace {

constexpr int kWaveHeight = 44;
constexpr int kTitleWidth = 120;

// The stem's peaks across the lane's width: one column per pixel, channels folded together.
class StemWave : public QWidget {
public:
    explicit StemWave(const core::audio::AudioBuffer* audio, QWidget* parent = nullptr)
        : QWidget(parent), audio_(audio) {
        setMinimumHeight(kWaveHeight);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), palette().base());
        const qint64 frames = audio_->frames();
        if (frames == 0 || width() <= 0) {
            return;
        }
        painter.setPen(palette().highlight().color());
        const int middle = height() / 2;
        const int channels = std::max(audio_->channels, 1);
        for (int x = 0; x < width(); ++x) {
            const qint64 begin = frames * x / width();
            const qint64 end = std::max(begin + 1, frames * (x + 1) / width());
            float low = 0.0f;
            float high = 0.0f;
            for (qint64 i = begin * channels; i < end * channels; ++i) {
                low = std::min(low, audio_->samples[size_t(i)]);
                high = std::max(high, audio_->samples[size_t(i)]);
            }
            painter.drawLine(x, middle - int(high * middle), x, middle - int(low * middle));
        }
    }

private:
    const core::audio::AudioBuffer* audio_;
};

QToolButton* toggle(const QString& text, const QString& tip) {
    auto* button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    return button;
}

}  // namespace

StemLane::StemLane(const QString& outputId, const QString& title, core::audio::AudioBuffer audio,
                   QWidget* parent)
    : QWidget(parent),
      outputId_(outputId),
      audio_(std::move(audio)),
      title_(new QLabel(title)),
      solo_(toggle(tr("S", "solo"), tr("Solo: hear only the soloed stems"))),
      mute_(toggle(tr("M", "mute"), tr("Mute: leave this stem out of what you hear"))),
      export_(new QCheckBox(tr("Export"))) {
    setObjectName(QStringLiteral("stemLane-%1").arg(outputId));
    title_->setMinimumWidth(kTitleWidth);
    export_->setChecked(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(title_);
    layout->addWidget(solo_);
    layout->addWidget(mute_);
    layout->addWidget(new StemWave(&audio_), 1);
    layout->addWidget(export_);
    connect(solo_, &QToolButton::toggled, this, &StemLane::listeningChanged);
    connect(mute_, &QToolButton::toggled, this, &StemLane::listeningChanged);
    connect(export_, &QCheckBox::toggled, this, &StemLane::exportChanged);
}

bool StemLane::soloed() const {
    return solo_->isChecked();
}

bool StemLane::muted() const {
    return mute_->isChecked();
}

bool StemLane::exported() const {
    return export_->isChecked();
}

void StemLane::setSoloed(bool soloed) {
    solo_->setChecked(soloed);
}

void StemLane::setMuted(bool muted) {
    mute_->setChecked(muted);
}

void StemLane::setExported(bool exported) {
    export_->setChecked(exported);
}

}  // namespace sonara::studio
