#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QImage>
#include <QList>

namespace sonara::studio {

class AudioDocument;

// A span of the track drawn over the waveform in its own colour: the voice editor's marked
// words (cut, muted, bleeped), dashed while they are only proposed.
struct MarkedSpan {
    qint64 start = 0;
    qint64 end = 0;
    QColor colour;
    bool proposed = false;
};

// The track's waveform under a time ruler: zoom (wheel with Ctrl, keys, fit), scroll, drag to
// select, click to place the cursor, and the playhead while playing. Drawing reads the peak
// cache, so its cost depends on the widget's width, not on the file's length.
class WaveformView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int kRulerHeight = 22;

    explicit WaveformView(QWidget* parent = nullptr);

    void setDocument(AudioDocument* document);
    void setMarkedSpans(const QList<MarkedSpan>& spans);
    const QList<MarkedSpan>& markedSpans() const { return markedSpans_; }
    AudioDocument* document() const { return document_; }

    double framesPerPixel() const { return framesPerPixel_; }
    qint64 firstVisibleFrame() const;
    qint64 frameAt(int x) const;
    int xOf(qint64 frame) const;

    bool hasSelection() const { return selectionEnd_ > selectionStart_; }
    qint64 selectionStart() const { return selectionStart_; }
    qint64 selectionEnd() const { return selectionEnd_; }
    qint64 cursorFrame() const { return cursor_; }
    qint64 playheadFrame() const { return playhead_; }
    bool showsSpectrogram() const { return spectrogram_; }
    // The frequency axis beside the spectrogram: (y in the viewport, Hz) per labelled tick.
    QList<QPair<int, double>> frequencyTicks() const;

    QSize sizeHint() const override;

public Q_SLOTS:
    void setSelection(qint64 start, qint64 end);
    void selectAll();
    void clearSelection();
    void setCursorFrame(qint64 frame);
    // -1 hides it.
    void setPlayhead(qint64 frame);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Draws a spectrogram (frequency up, time across) instead of the waveform.
    void setSpectrogram(bool on);
    // Keeps `anchorFrame` under the same pixel.
    void setFramesPerPixel(double framesPerPixel, qint64 anchorFrame = -1);

Q_SIGNALS:
    void selectionChanged(qint64 start, qint64 end);
    void cursorChanged(qint64 frame);
    void zoomChanged(double framesPerPixel);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onDocumentChanged();
    void updateScrollRange();
    void drawRuler(class QPainter& painter, const QRect& area) const;
    void drawFrequencyAxis(class QPainter& painter, const QRect& area) const;
    double fitFramesPerPixel() const;
    const QImage& spectrogramImage(const QSize& size);

    AudioDocument* document_ = nullptr;
    double framesPerPixel_ = 256.0;
    qint64 selectionStart_ = 0;
    qint64 selectionEnd_ = 0;
    qint64 cursor_ = 0;
    qint64 playhead_ = -1;
    qint64 dragAnchor_ = -1;
    bool fitPending_ = true;
    bool spectrogram_ = false;
    QList<MarkedSpan> markedSpans_;
    QImage spectrogramCache_;
    QString spectrogramKey_;
};

}  // namespace sonara::studio
