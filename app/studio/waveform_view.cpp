#include "app/studio/waveform_view.h"

#include "app/studio/audio_document.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <complex>
#include <vector>

namespace sonara::studio {
namespace {

constexpr double kMinFramesPerPixel = 1.0 / 16.0;
constexpr double kZoomStep = 1.5;

constexpr int kSpectrumSize = 512;

// In-place radix-2 FFT of kSpectrumSize points; enough for a view-sized spectrogram without a
// dependency.
void fft(std::vector<std::complex<float>>& data) {
    const size_t n = data.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) {
            j ^= bit;
        }
        j ^= bit;
        if (i < j) {
            std::swap(data[i], data[j]);
        }
    }
    for (size_t length = 2; length <= n; length <<= 1) {
        const float angle = -2.0f * static_cast<float>(M_PI) / static_cast<float>(length);
        const std::complex<float> step(std::cos(angle), std::sin(angle));
        for (size_t start = 0; start < n; start += length) {
            std::complex<float> twiddle(1.0f, 0.0f);
            for (size_t k = 0; k < length / 2; ++k) {
                const std::complex<float> even = data[start + k];
                const std::complex<float> odd = data[start + k + length / 2] * twiddle;
                data[start + k] = even + odd;
                data[start + k + length / 2] = even - odd;
                twiddle *= step;
            }
        }
    }
}

QString rulerLabel(double seconds, double step) {
    const int minutes = static_cast<int>(seconds / 60.0);
    const double rest = seconds - minutes * 60.0;
    const int decimals = step < 0.1 ? 2 : (step < 1.0 ? 1 : 0);
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, decimals > 0 ? 3 + decimals : 2, 'f',
                                                    decimals, QLatin1Char('0'));
}

}  // namespace

WaveformView::WaveformView(QWidget* parent) : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(false);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

QSize WaveformView::sizeHint() const {
    return {800, 240};
}

void WaveformView::setDocument(AudioDocument* document) {
    if (document_) {
        disconnect(document_, nullptr, this, nullptr);
    }
    document_ = document;
    selectionStart_ = selectionEnd_ = cursor_ = 0;
    playhead_ = -1;
    if (document_) {
        connect(document_, &AudioDocument::changed, this, &WaveformView::onDocumentChanged);
        connect(document_, &AudioDocument::loaded, this, &WaveformView::zoomToFit);
    }
    zoomToFit();
    Q_EMIT selectionChanged(selectionStart_, selectionEnd_);
}

void WaveformView::onDocumentChanged() {
    const qint64 frames = document_ ? document_->frames() : 0;
    selectionStart_ = std::min(selectionStart_, frames);
    selectionEnd_ = std::min(selectionEnd_, frames);
    cursor_ = std::min(cursor_, frames);
    updateScrollRange();
    viewport()->update();
}

qint64 WaveformView::firstVisibleFrame() const {
    return static_cast<qint64>(std::llround(horizontalScrollBar()->value() * framesPerPixel_));
}

qint64 WaveformView::frameAt(int x) const {
    const qint64 frames = document_ ? document_->frames() : 0;
    const qint64 frame =
        static_cast<qint64>(std::llround((horizontalScrollBar()->value() + x) * framesPerPixel_));
    return std::clamp<qint64>(frame, 0, frames);
}

int WaveformView::xOf(qint64 frame) const {
    return static_cast<int>(std::floor(frame / framesPerPixel_)) - horizontalScrollBar()->value();
}

double WaveformView::fitFramesPerPixel() const {
    const qint64 frames = document_ ? document_->frames() : 0;
    const int width = std::max(viewport()->width(), 1);
    return std::max(kMinFramesPerPixel, static_cast<double>(std::max<qint64>(frames, 1)) / width);
}

void WaveformView::updateScrollRange() {
    const qint64 frames = document_ ? document_->frames() : 0;
    const qint64 totalPixels = static_cast<qint64>(std::ceil(frames / framesPerPixel_));
    const int width = viewport()->width();
    QScrollBar* bar = horizontalScrollBar();
    bar->setRange(0, static_cast<int>(std::clamp<qint64>(totalPixels - width, 0, INT_MAX)));
    bar->setPageStep(width);
    bar->setSingleStep(std::max(width / 10, 1));
}

void WaveformView::setFramesPerPixel(double framesPerPixel, qint64 anchorFrame) {
    framesPerPixel = std::clamp(framesPerPixel, kMinFramesPerPixel,
                                std::max(fitFramesPerPixel(), kMinFramesPerPixel));
    if (anchorFrame < 0) {
        anchorFrame = frameAt(viewport()->width() / 2);
    }
    const int anchorX = xOf(anchorFrame);
    framesPerPixel_ = framesPerPixel;
    updateScrollRange();
    horizontalScrollBar()->setValue(static_cast<int>(std::llround(anchorFrame / framesPerPixel_)) -
                                    anchorX);
    viewport()->update();
    Q_EMIT zoomChanged(framesPerPixel_);
}

void WaveformView::zoomIn() {
    setFramesPerPixel(framesPerPixel_ / kZoomStep, hasSelection() ? selectionStart_ : -1);
}

void WaveformView::zoomOut() {
    setFramesPerPixel(framesPerPixel_ * kZoomStep);
}

void WaveformView::zoomToFit() {
    fitPending_ = !isVisible();
    framesPerPixel_ = fitFramesPerPixel();
    updateScrollRange();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT zoomChanged(framesPerPixel_);
}

void WaveformView::setSpectrogram(bool on) {
    spectrogram_ = on;
    spectrogramKey_.clear();
    viewport()->update();
}

const QImage& WaveformView::spectrogramImage(const QSize& size) {
    const QString key = QStringLiteral("%1/%2/%3/%4x%5")
                            .arg(document_->revision())
                            .arg(firstVisibleFrame())
                            .arg(framesPerPixel_)
                            .arg(size.width())
                            .arg(size.height());
    if (key == spectrogramKey_) {
        return spectrogramCache_;
    }
    spectrogramKey_ = key;
    spectrogramCache_ = QImage(size, QImage::Format_RGB32);
    const QColor base = palette().color(QPalette::Base);
    const QColor ink = palette().color(QPalette::Highlight);
    spectrogramCache_.fill(base);
    const auto& buffer = document_->buffer();
    const int channels = std::max(buffer.channels, 1);
    std::vector<float> hann(kSpectrumSize);
    for (int i = 0; i < kSpectrumSize; ++i) {
        hann[static_cast<size_t>(i)] =
            0.5f - 0.5f * std::cos(2.0f * static_cast<float>(M_PI) * i / (kSpectrumSize - 1));
    }
    std::vector<std::complex<float>> bins(kSpectrumSize);
    const int height = size.height();
    for (int x = 0; x < size.width(); ++x) {
        const qint64 centre = frameAt(x);
        if (centre >= document_->frames()) {
            break;
        }
        for (int i = 0; i < kSpectrumSize; ++i) {
            const qint64 frame = centre - kSpectrumSize / 2 + i;
            float value = 0.0f;
            if (frame >= 0 && frame < document_->frames()) {
                for (int channel = 0; channel < channels; ++channel) {
                    value += buffer.samples[static_cast<size_t>(frame * channels + channel)];
                }
                value /= static_cast<float>(channels);
            }
            bins[static_cast<size_t>(i)] = value * hann[static_cast<size_t>(i)];
        }
        fft(bins);
        for (int y = 0; y < height; ++y) {
            const int bin =
                1 + (height - 1 - y) * (kSpectrumSize / 2 - 2) / std::max(height - 1, 1);
            const float magnitude = std::abs(bins[static_cast<size_t>(bin)]) / (kSpectrumSize / 4);
            const float db = 20.0f * std::log10(std::max(magnitude, 1e-6f));
            const float level = std::clamp((db + 90.0f) / 90.0f, 0.0f, 1.0f);
            const QColor colour =
                QColor::fromRgbF(base.redF() + (ink.redF() - base.redF()) * level,
                                 base.greenF() + (ink.greenF() - base.greenF()) * level,
                                 base.blueF() + (ink.blueF() - base.blueF()) * level);
            spectrogramCache_.setPixel(x, y, colour.rgb());
        }
    }
    return spectrogramCache_;
}

void WaveformView::setSelection(qint64 start, qint64 end) {
    const qint64 frames = document_ ? document_->frames() : 0;
    if (start > end) {
        std::swap(start, end);
    }
    selectionStart_ = std::clamp<qint64>(start, 0, frames);
    selectionEnd_ = std::clamp<qint64>(end, 0, frames);
    viewport()->update();
    Q_EMIT selectionChanged(selectionStart_, selectionEnd_);
}

void WaveformView::selectAll() {
    setSelection(0, document_ ? document_->frames() : 0);
}

void WaveformView::clearSelection() {
    setSelection(cursor_, cursor_);
}

void WaveformView::setCursorFrame(qint64 frame) {
    cursor_ = std::clamp<qint64>(frame, 0, document_ ? document_->frames() : 0);
    viewport()->update();
    Q_EMIT cursorChanged(cursor_);
}

void WaveformView::setPlayhead(qint64 frame) {
    if (frame == playhead_) {
        return;
    }
    playhead_ = frame;
    // Follow the playhead like a tape: page on when it leaves the view.
    if (frame >= 0 && (xOf(frame) > viewport()->width() || xOf(frame) < 0)) {
        horizontalScrollBar()->setValue(static_cast<int>(frame / framesPerPixel_));
    }
    viewport()->update();
}

void WaveformView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    if (fitPending_ || framesPerPixel_ > fitFramesPerPixel()) {
        zoomToFit();
        fitPending_ = false;
    } else {
        updateScrollRange();
    }
}

void WaveformView::changeEvent(QEvent* event) {
    // Colours come from the palette, so a switch between light and dark repaints correctly.
    if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void WaveformView::drawRuler(QPainter& painter, const QRect& area) const {
    const QPalette& colours = palette();
    painter.fillRect(area, colours.color(QPalette::Button));
    painter.setPen(colours.color(QPalette::ButtonText));
    const int rate = document_ ? std::max(document_->sampleRate(), 1) : 1;
    const double secondsPerPixel = framesPerPixel_ / rate;
    static const double steps[] = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5,  1,   2, 5,
                                   10,    15,    30,    60,   120,  300,  600, 900, 1800, 3600};
    double step = steps[std::size(steps) - 1];
    for (double candidate : steps) {
        if (candidate / secondsPerPixel >= 90) {
            step = candidate;
            break;
        }
    }
    const double firstSecond = firstVisibleFrame() / static_cast<double>(rate);
    const double lastSecond = firstSecond + area.width() * secondsPerPixel;
    for (double t = std::floor(firstSecond / step) * step; t <= lastSecond; t += step) {
        const int x = xOf(static_cast<qint64>(std::llround(t * rate)));
        painter.drawLine(x, area.bottom() - 6, x, area.bottom());
        painter.drawText(x + 3, area.top() + 2, 90, area.height() - 4,
                         Qt::AlignLeft | Qt::AlignVCenter, rulerLabel(t, step));
        for (int minor = 1; minor < 5; ++minor) {
            const int minorX =
                xOf(static_cast<qint64>(std::llround((t + minor * step / 5) * rate)));
            painter.drawLine(minorX, area.bottom() - 3, minorX, area.bottom());
        }
    }
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}

QList<QPair<int, double>> WaveformView::frequencyTicks() const {
    QList<QPair<int, double>> ticks;
    const int height = viewport()->height() - kRulerHeight;
    if (!document_ || height < 20) {
        return ticks;
    }
    // The spectrogram's rows are linear in frequency, from 0 at the bottom to Nyquist on top.
    const double nyquist = document_->sampleRate() / 2.0;
    double step = 20000;
    for (double candidate : {250.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0}) {
        if (candidate / nyquist * height >= 28) {
            step = candidate;
            break;
        }
    }
    for (double hz = 0; hz <= nyquist; hz += step) {
        const int y =
            kRulerHeight + height - 1 - static_cast<int>(std::lround(hz / nyquist * (height - 1)));
        ticks.append({y, hz});
    }
    return ticks;
}

void WaveformView::drawFrequencyAxis(QPainter& painter, const QRect& area) const {
    const QPalette& colours = palette();
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("20 kHz")) + 10;
    QColor band = colours.color(QPalette::Window);
    band.setAlpha(200);
    painter.fillRect(QRect(area.left(), area.top(), width, area.height()), band);
    painter.setPen(colours.color(QPalette::WindowText));
    for (const auto& [y, hz] : frequencyTicks()) {
        painter.drawLine(area.left() + width - 5, y, area.left() + width, y);
        const QString label =
            hz >= 1000 ? tr("%1 kHz").arg(hz / 1000, 0, 'g', 3) : tr("%1 Hz").arg(hz, 0, 'f', 0);
        const int top = std::clamp(y - fontMetrics().height() / 2, area.top(),
                                   area.bottom() - fontMetrics().height());
        painter.drawText(QRect(area.left() + 2, top, width - 8, fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.drawLine(area.left() + width, area.top(), area.left() + width, area.bottom());
}

void WaveformView::setMarkedSpans(const QList<MarkedSpan>& spans) {
    markedSpans_ = spans;
    viewport()->update();
}

void WaveformView::paintEvent(QPaintEvent*) {
    QPainter painter(viewport());
    const QRect all = viewport()->rect();
    const QRect ruler(0, 0, all.width(), kRulerHeight);
    const QRect wave(0, kRulerHeight, all.width(), all.height() - kRulerHeight);
    const QPalette& colours = palette();
    painter.fillRect(wave, colours.color(QPalette::Base));
    drawRuler(painter, ruler);
    if (!document_ || document_->frames() == 0) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(wave, Qt::AlignCenter,
                         tr("Open or drop an audio or video file to start (Ctrl+O)"));
        return;
    }

    if (spectrogram_) {
        painter.drawImage(wave.topLeft(), spectrogramImage(wave.size()));
    }
    for (const MarkedSpan& span : markedSpans_) {
        const int left = std::max(xOf(span.start), 0);
        const int right = std::min(xOf(span.end), all.width());
        if (right < 0 || left > all.width()) {
            continue;
        }
        QColor fill = span.colour;
        fill.setAlpha(span.proposed ? 35 : 80);
        const QRect area(left, wave.top(), std::max(right - left, 1), wave.height());
        painter.fillRect(area, fill);
        fill.setAlpha(255);
        painter.setPen(QPen(fill, 1, span.proposed ? Qt::DashLine : Qt::SolidLine));
        painter.drawRect(area.adjusted(0, 0, -1, -1));
    }
    if (hasSelection()) {
        // Over the spectrogram too, with edges that read on any background.
        const int left = std::max(xOf(selectionStart_), 0);
        const int right = std::min(xOf(selectionEnd_), all.width());
        QColor highlight = colours.color(QPalette::Highlight);
        highlight.setAlpha(spectrogram_ ? 90 : 60);
        painter.fillRect(QRect(left, wave.top(), std::max(right - left, 1), wave.height()),
                         highlight);
        highlight.setAlpha(255);
        painter.setPen(QPen(highlight, 1));
        painter.drawLine(left, wave.top(), left, wave.bottom());
        painter.drawLine(right, wave.top(), right, wave.bottom());
    }
    const int middle = wave.center().y();
    const double halfHeight = wave.height() / 2.0 - 2;
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(0, middle, all.width(), middle);
    QColor waveColour = colours.color(QPalette::Highlight);
    if (colours.color(QPalette::Base).lightness() > 128) {
        waveColour = waveColour.darker(130);
    } else {
        waveColour = waveColour.lighter(140);
    }
    painter.setPen(waveColour);
    const auto& buffer = document_->buffer();
    const auto& peaks = document_->peaks();
    for (int x = 0; x < all.width() && !spectrogram_; ++x) {
        const qint64 start = frameAt(x);
        const qint64 end = std::max(frameAt(x + 1), start + 1);
        if (start >= document_->frames()) {
            break;
        }
        const auto [low, high] = peaks.range(buffer, start, end);
        const int top =
            middle - static_cast<int>(std::lround(std::clamp(high, -1.0f, 1.0f) * halfHeight));
        const int bottom =
            middle - static_cast<int>(std::lround(std::clamp(low, -1.0f, 1.0f) * halfHeight));
        painter.drawLine(x, top, x, bottom);
    }

    if (spectrogram_) {
        drawFrequencyAxis(painter, wave);
    }
    painter.setPen(QPen(colours.color(QPalette::Text), 1, Qt::DashLine));
    const int cursorX = xOf(cursor_);
    painter.drawLine(cursorX, wave.top(), cursorX, wave.bottom());
    if (playhead_ >= 0) {
        painter.setPen(QPen(QColor(230, 60, 60), 2));
        const int x = xOf(playhead_);
        painter.drawLine(x, 0, x, wave.bottom());
    }
}

void WaveformView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !document_) {
        return;
    }
    const qint64 frame = frameAt(static_cast<int>(event->position().x()));
    if (event->modifiers() & Qt::ShiftModifier) {
        dragAnchor_ = hasSelection() ? selectionStart_ : cursor_;
        setSelection(dragAnchor_, frame);
        return;
    }
    dragAnchor_ = frame;
    setCursorFrame(frame);
    setSelection(frame, frame);
}

void WaveformView::mouseMoveEvent(QMouseEvent* event) {
    if (dragAnchor_ < 0 || !(event->buttons() & Qt::LeftButton)) {
        return;
    }
    setSelection(dragAnchor_, frameAt(static_cast<int>(event->position().x())));
}

void WaveformView::mouseReleaseEvent(QMouseEvent*) {
    dragAnchor_ = -1;
}

void WaveformView::wheelEvent(QWheelEvent* event) {
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        const qint64 anchor = frameAt(static_cast<int>(event->position().x()));
        setFramesPerPixel(delta > 0 ? framesPerPixel_ / kZoomStep : framesPerPixel_ * kZoomStep,
                          anchor);
    } else {
        QScrollBar* bar = horizontalScrollBar();
        bar->setValue(bar->value() - delta * viewport()->width() / 1200);
    }
    event->accept();
}

void WaveformView::keyPressEvent(QKeyEvent* event) {
    QScrollBar* bar = horizontalScrollBar();
    switch (event->key()) {
        case Qt::Key_Left:
            bar->setValue(bar->value() - bar->singleStep());
            break;
        case Qt::Key_Right:
            bar->setValue(bar->value() + bar->singleStep());
            break;
        case Qt::Key_Home:
            setCursorFrame(0);
            bar->setValue(0);
            break;
        case Qt::Key_End:
            setCursorFrame(document_ ? document_->frames() : 0);
            bar->setValue(bar->maximum());
            break;
        default:
            QAbstractScrollArea::keyPressEvent(event);
    }
}

}  // namespace sonara::studio
