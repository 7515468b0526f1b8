#include "app/studio/export_dialog.h"

#include "app/studio/cloud_session.h"

#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/engine/credit_policy.h"
#include "core/engine/engine_host.h"
#include "core/engine/result_export.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include <initializer_list>
#include <optional>

namespace sonara::studio {

QString formatCredit(qint64 seconds) {
    const qint64 shown = std::max<qint64>(seconds, 0);
    return QStringLiteral("%1:%2").arg(shown / 60).arg(shown % 60, 2, 10, QLatin1Char('0'));
}

ExportDialog::ExportDialog(core::EngineHost& host, const core::audio::AudioBuffer& buffer,
                           const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), host_(host), buffer_(buffer) {
    setWindowTitle(tr("Export audio"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    format_ = new QComboBox;
    for (const QString& format :
         {QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("mp3"),
          QStringLiteral("ogg"), QStringLiteral("m4a")}) {
        format_->addItem(format.toUpper(), format);
    }
    form->addRow(tr("Format"), format_);
    sampleRate_ = new QComboBox;
    sampleRate_->addItem(tr("Same as the track (%1 Hz)").arg(buffer_.sampleRate), 0);
    for (int rate : {16000, 22050, 44100, 48000}) {
        sampleRate_->addItem(tr("%1 Hz").arg(rate), rate);
    }
    form->addRow(tr("Sample rate"), sampleRate_);
    auto* loudnessRow = new QHBoxLayout;
    normalize_ = new QCheckBox(tr("Normalize to"));
    loudness_ = new QDoubleSpinBox;
    loudness_->setRange(-40.0, -5.0);
    loudness_->setValue(-16.0);
    loudness_->setDecimals(1);
    loudness_->setSuffix(QStringLiteral(" LUFS"));
    loudness_->setToolTip(
        tr("Integrated loudness (EBU R128): -16 for podcasts, -14 for music "
           "streaming, -23 for broadcast"));
    loudness_->setEnabled(false);
    loudnessRow->addWidget(normalize_);
    loudnessRow->addWidget(loudness_, 1);
    form->addRow(tr("Loudness"), loudnessRow);
    auto* pathRow = new QHBoxLayout;
    path_ = new QLineEdit(suggestedPath);
    auto* browse = new QPushButton(tr("Browse…"));
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File"), pathRow);
    layout->addLayout(form);

    cost_ = new QLabel;
    cost_->setObjectName(QStringLiteral("cost"));
    balance_ = new QLabel;
    balance_->setObjectName(QStringLiteral("balance"));
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addWidget(cost_);
    layout->addWidget(balance_);
    layout->addWidget(error_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(this, &ExportDialog::exportFinished, this, [this](bool succeeded) {
        if (succeeded && isVisible()) {
            QDialog::accept();
        }
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(normalize_, &QCheckBox::toggled, loudness_, &QWidget::setEnabled);
    connect(path_, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(format_, &QComboBox::currentIndexChanged, this, [this] {
        const QString path = path_->text();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            path_->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                               format_->currentData().toString()));
        }
    });
    const int index = format_->findData(QFileInfo(suggestedPath).suffix().toLower());
    format_->setCurrentIndex(std::max(index, 0));
    refresh();
}

qint64 ExportDialog::costSeconds() const {
    return core::CreditPolicy::costSeconds(buffer_.durationSeconds());
}

QString ExportDialog::costText() const {
    return cost_->text();
}

QString ExportDialog::balanceText() const {
    return balance_->text();
}

QString ExportDialog::errorText() const {
    return error_->text();
}

bool ExportDialog::canExport(QString* reason) const {
    auto fail = [reason](const QString& why) {
        if (reason) {
            *reason = why;
        }
        return false;
    };
    if (buffer_.isEmpty()) {
        return fail(tr("The track is empty: there is nothing to export."));
    }
    if (path_->text().trimmed().isEmpty()) {
        return fail(tr("Choose a file to export to."));
    }
    const qint64 balance = host_.credits().balanceSeconds();
    if (balance < costSeconds()) {
        return fail(tr("Not enough credits: this export needs %1 and the balance is %2. Buy "
                       "more minutes for your Sonara account; editing and processing stay free.")
                        .arg(formatCredit(costSeconds()), formatCredit(balance)));
    }
    return true;
}

void ExportDialog::refresh() {
    const qint64 cost = costSeconds();
    const qint64 balance = host_.credits().balanceSeconds();
    cost_->setText(tr("Cost: %1 min of credit (%n second(s), billed per second, rounded up)",
                      nullptr, static_cast<int>(cost))
                       .arg(formatCredit(cost)));
    balance_->setText(tr("Balance: %1 min now, %2 min after this export")
                          .arg(formatCredit(balance), formatCredit(balance - cost)));
    QString reason;
    const bool ok = canExport(&reason);
    error_->setText(ok ? QString() : reason);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ExportDialog::browse() {
    const QString format = format_->currentData().toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export audio"), path_->text(),
                                     tr("%1 audio (*.%2)").arg(format.toUpper(), format));
    if (!path.isEmpty()) {
        path_->setText(path);
    }
}

void ExportDialog::startExport() {
    if (exporting_) {
        return;
    }
    QString reason;
    if (!canExport(&reason)) {
        error_->setText(reason);
        Q_EMIT exportFinished(false);
        return;
    }
    QString path = path_->text().trimmed();
    const QString format = format_->currentData().toString();
    if (QFileInfo(path).suffix().toLower() != format) {
        path += QLatin1Char('.') + format;
    }
    ExportSettings settings;
    settings.path = path;
    settings.format = format;
    settings.sampleRate = sampleRate_->currentData().toInt();
    settings.normalize = normalize_->isChecked();
    settings.loudness = loudness_->value();
    setExporting(true);
    runAccountCall<qint64>(
        this, [this, settings] { return encodeAndCharge(settings); },
        [this, path](const qint64& charged) {
            setExporting(false);
            refresh();
            Q_EMIT exported(path, charged);
            Q_EMIT exportFinished(true);
        },
        [this](const CloudFailure& failure) {
            setExporting(false);
            refresh();
            error_->setText(failure.message);
            Q_EMIT exportFinished(false);
        });
}

qint64 ExportDialog::encodeAndCharge(const ExportSettings& settings) {
    const QString& path = settings.path;
    core::audio::AudioBuffer output = buffer_;
    if (settings.sampleRate > 0 && settings.sampleRate != output.sampleRate) {
        output = core::audio::resample(output, settings.sampleRate);
    }
    if (settings.normalize) {
        output = core::audio::normalizeLoudness(output, settings.loudness);
    }
    core::ExportCharge charge;
    charge.durationSeconds = buffer_.durationSeconds();
    // Each export of an edit is a new result: charged under a key of its own.
    charge.idempotencyKey =
        QStringLiteral("studio-export:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    charge.details = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("source"), QStringLiteral("studio-export")},
                                  {QStringLiteral("file"), QFileInfo(path).fileName()}})
            .toJson(QJsonDocument::Compact));
    charge.capability = QStringLiteral("studio-export");
    return core::writeChargedExport(host_.credits(), charge, path, [&] {
        core::audio::EncodeOptions options;
        options.format = settings.format;
        core::audio::encodeFile(output, path, options);
    });
}

void ExportDialog::setExporting(bool exporting) {
    exporting_ = exporting;
    for (QWidget* input :
         std::initializer_list<QWidget*>{format_, sampleRate_, normalize_, path_, buttons_}) {
        input->setEnabled(!exporting);
    }
    loudness_->setEnabled(!exporting && normalize_->isChecked());
    if (exporting) {
        error_->clear();
        QApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
}

void ExportDialog::accept() {
    startExport();
}

void ExportDialog::reject() {
    // Closing mid-export would leave a file without its charge being known.
    if (!exporting_) {
        QDialog::reject();
    }
}

}  // namespace sonara::studio
