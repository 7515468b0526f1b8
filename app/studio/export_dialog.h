#pragma once

#include "core/audio/audio_buffer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

// Writes the edited track to a file: format, sample rate and loudness target, with the credit
// cost shown before anything happens. The cost is charged through core's CreditPolicy, once,
// after the file is written; a balance too low refuses the export and says how to get more.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(core::EngineHost& host, const core::audio::AudioBuffer& buffer,
                 const QString& suggestedPath, QWidget* parent = nullptr);

    QComboBox* formatBox() const { return format_; }
    QComboBox* sampleRateBox() const { return sampleRate_; }
    QCheckBox* normalizeBox() const { return normalize_; }
    QDoubleSpinBox* loudnessBox() const { return loudness_; }
    QLineEdit* pathEdit() const { return path_; }

    qint64 costSeconds() const;
    QString costText() const;
    QString balanceText() const;
    QString errorText() const;
    bool canExport(QString* reason = nullptr) const;

    // Starts encoding, then charging, on a worker thread (runAccountCall) while the dialog keeps
    // painting with its inputs locked: an hour of audio, or a charge waiting on an unreachable
    // service, takes seconds. exportFinished tells the outcome; on failure the reason is shown.
    void startExport();
    bool isExporting() const { return exporting_; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void exported(const QString& path, qint64 chargedSeconds);
    void exportFinished(bool succeeded);

private:
    void refresh();
    void browse();
    // Read on the UI thread: the export's thread never touches a widget.
    struct ExportSettings {
        QString path;
        QString format;
        int sampleRate = 0;
        bool normalize = false;
        double loudness = 0.0;
    };
    qint64 encodeAndCharge(const ExportSettings& settings);
    void setExporting(bool exporting);

    core::EngineHost& host_;
    const core::audio::AudioBuffer& buffer_;
    QComboBox* format_;
    QComboBox* sampleRate_;
    QCheckBox* normalize_;
    QDoubleSpinBox* loudness_;
    QLineEdit* path_;
    QLabel* cost_;
    QLabel* balance_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    bool exporting_ = false;
};

// "m:ss" for a number of seconds of credit.
QString formatCredit(qint64 seconds);

}  // namespace sonara::studio
