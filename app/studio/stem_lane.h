#pragma once

#include "core/audio/audio_buffer.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;

namespace sonara::studio {

// One stem of a separation: its name, its waveform, solo and mute for listening, and whether
// it goes into the next export.
class StemLane : public QWidget {
    Q_OBJECT
public:
    StemLane(const QString& outputId, const QString& title, core::audio::AudioBuffer audio,
             QWidget* parent = nullptr);

    const QString& outputId() const { return outputId_; }
    const core::audio::AudioBuffer& audio() const { return audio_; }
    bool soloed() const;
    bool muted() const;
    bool exported() const;
    void setSoloed(bool soloed);
    void setMuted(bool muted);
    void setExported(bool exported);

    QToolButton* soloButton() const { return solo_; }
    QToolButton* muteButton() const { return mute_; }
    QCheckBox* exportBox() const { return export_; }

Q_SIGNALS:
    // Solo or mute changed: what is heard changed.
    void listeningChanged();
    void exportChanged();

private:
    QString outputId_;
    core::audio::AudioBuffer audio_;
    QLabel* title_;
    QToolButton* solo_;
    QToolButton* mute_;
    QCheckBox* export_;
};

}  // namespace sonara::studio
