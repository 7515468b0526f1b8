// The admin window's operations: moderation of shared voices (listening to their samples),
// the model catalog and the service's health (numbers and charts, read again while shown).

#include "app/studio/admin_dialogs.h"
#include "app/studio/admin_health_chart.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"
#include "app/studio/transport.h"
#include "app/studio/voice_share.h"
#include "core/audio/audio_error.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sonara::studio {

using core::account::AdminClient;
using Format = PagedTable::Format;

namespace {

QWidget* tabWith(PagedTable* table, const QList<QPushButton*>& buttons) {
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : buttons) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(actions);
    return page;
}

}  // namespace

void AdminWindow::createOperationTables() {
    moderation_ = new PagedTable({{QStringLiteral("created_at"), tr("Shared"), Format::Time},
                                  {QStringLiteral("email"), tr("Account")},
                                  {QStringLiteral("name"), tr("Voice")},
                                  {QStringLiteral("has_sample"), tr("Sample"), Format::Text,
                                   [](const QJsonObject& row) {
                                       return row.value(QStringLiteral("has_sample")).toInt() != 0
                                                  ? tr("ready to hear")
                                                  : tr("none (shared before samples were kept)");
                                   }},
                                  {QStringLiteral("sample_sha256"), tr("Sample (SHA-256)")}});
    catalog_ = new PagedTable({{QStringLiteral("id"), tr("Model")},
                               {QStringLiteral("capability"), tr("Capability")},
                               {QStringLiteral("architecture"), tr("Architecture")},
                               {QStringLiteral("licence"), tr("Licence")}});
    health_ = new PagedTable(
        {{QStringLiteral("name"), tr("Measure")},
         {QStringLiteral("value"), tr("Value"), Format::Text, [](const QJsonObject& row) {
              return QLocale().toString(row.value(QStringLiteral("value")).toDouble(), 'f',
                                        row.value(QStringLiteral("decimals")).toInt());
          }}});
    healthCharts_ = new HealthCharts;
    healthPoll_ = new QTimer(this);
    healthPoll_->setInterval(5000);
    connect(healthPoll_, &QTimer::timeout, this, &AdminWindow::pollHealth);
    healthPoll_->start();
}

QWidget* AdminWindow::createHealthTab() {
    auto* reload = new QPushButton(tr("Reload"));
    connect(reload, &QPushButton::clicked, this, &AdminWindow::reloadHealth);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(reload);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(healthCharts_);
    layout->addWidget(health_, 1);
    return page;
}

void AdminWindow::setHealthPollInterval(int milliseconds) {
    healthPoll_->setInterval(milliseconds);
}

void AdminWindow::pollHealth() {
    // Only while the tab is shown, and never behind calls that still wait for the service.
    if (isSignedIn() && tabs_->currentIndex() == tabs_->indexOf(health_->parentWidget()) &&
        connection_->pending() == 0) {
        reloadHealth();
    }
}

QWidget* AdminWindow::createModerationTab() {
    auto* listen = new QPushButton(tr("Listen"));
    auto* stop = new QPushButton(tr("Stop"));
    auto* approve = new QPushButton(tr("Approve"));
    auto* reject = new QPushButton(tr("Reject…"));
    auto* reload = new QPushButton(tr("Reload"));
    connect(listen, &QPushButton::clicked, this, &AdminWindow::listenToSelectedVoice);
    connect(stop, &QPushButton::clicked, this, &AdminWindow::stopListening);
    connect(approve, &QPushButton::clicked, this, &AdminWindow::approveSelectedVoice);
    connect(reject, &QPushButton::clicked, this, &AdminWindow::rejectSelectedVoice);
    connect(reload, &QPushButton::clicked, this, &AdminWindow::reloadModeration);
    connect(moderation_, &PagedTable::selectionChanged, this, [=] {
        const QJsonObject share = moderation_->selectedRow();
        const bool selected = !share.isEmpty();
        listen->setEnabled(share.value(QStringLiteral("has_sample")).toInt() != 0);
        approve->setEnabled(selected);
        reject->setEnabled(selected);
    });
    Q_EMIT moderation_->selectionChanged();
    return tabWith(moderation_, {listen, stop, approve, reject, reload});
}

QWidget* AdminWindow::createCatalogTab() {
    auto* withdraw = new QPushButton(tr("Withdraw…"));
    auto* reload = new QPushButton(tr("Reload"));
    connect(withdraw, &QPushButton::clicked, this, &AdminWindow::withdrawSelectedModel);
    connect(reload, &QPushButton::clicked, this, &AdminWindow::reloadCatalog);
    connect(catalog_, &PagedTable::selectionChanged, this,
            [=] { withdraw->setEnabled(!catalog_->selectedRow().isEmpty()); });
    Q_EMIT catalog_->selectionChanged();
    return tabWith(catalog_, {withdraw, reload});
}

void AdminWindow::reloadModeration() {
    load(moderation_, QStringLiteral("moderation"),
         [](AdminClient& client) { return client.moderationQueue(); });
}

void AdminWindow::reloadCatalog() {
    load(catalog_, QStringLiteral("catalog"), [](AdminClient& client) { return client.catalog(); });
}

void AdminWindow::reloadHealth() {
    struct Reading {
        bool ready = false;
        QList<std::pair<QString, double>> metrics;
        qint64 atMs = 0;
    };
    const int sequence = ++loadSequence_[QStringLiteral("health")];
    call<Reading>(
        [](AdminClient& client) {
            Reading reading;
            reading.ready = client.ready();
            reading.metrics = client.metrics();
            reading.atMs = QDateTime::currentMSecsSinceEpoch();
            return reading;
        },
        [this, sequence](const Reading& reading) {
            healthCharts_->addReading(reading.atMs, reading.metrics);
            if (sequence != loadSequence_.value(QStringLiteral("health"))) {
                return;
            }
            QJsonArray rows;
            rows.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("ready")},
                                    {QStringLiteral("value"), reading.ready ? 1 : 0}});
            for (const auto& [name, value] : reading.metrics) {
                rows.append(
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("value"), value},
                                {QStringLiteral("decimals"), value == qint64(value) ? 0 : 2}});
            }
            health_->setRows(rows);
            Q_EMIT loaded(QStringLiteral("health"));
        });
}

void AdminWindow::listenToVoice(const QString& shareId) {
    struct Heard {
        core::audio::AudioBuffer audio;
        QString problem;
    };
    call<Heard>(
        [shareId](AdminClient& client) {
            // Decoded here, off the window's thread.
            Heard heard;
            try {
                heard.audio = VoiceShareSample::decode(client.voiceSample(shareId));
            } catch (const core::audio::AudioError&) {
                heard.problem =
                    tr("The sample cannot be played: it is not audio the studio "
                       "reads. Reject the share or ask its owner to share it again.");
            }
            return heard;
        },
        [this](const Heard& heard) {
            if (!heard.problem.isEmpty()) {
                error_->setText(heard.problem);
                return;
            }
            voiceSample_ = heard.audio;
            if (!listening_) {
                listening_ = new Transport(this);
            }
            listening_->stop();
            listening_->clearComparison();
            listening_->setComparison(voiceSample_, tr("Shared voice"));
            listening_->toggleComparison();
            try {
                listening_->play(0);
                showStatus(
                    tr("Playing the shared voice (%1 s)")
                        .arg(QLocale().toString(
                            double(voiceSample_.frames()) / voiceSample_.sampleRate, 'f', 1)));
            } catch (const core::audio::AudioError& error) {
                showStatus(error.reason());
            }
            Q_EMIT done(QStringLiteral("voice.listen"));
        });
}

void AdminWindow::listenToSelectedVoice() {
    const QString id = moderation_->selectedRow().value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        listenToVoice(id);
    }
}

void AdminWindow::stopListening() {
    if (listening_) {
        listening_->stop();
    }
}

void AdminWindow::decideVoice(const QString& shareId, bool approve, const QString& reason) {
    call<bool>(
        [=](AdminClient& client) {
            client.decideVoice(shareId, approve, reason);
            return true;
        },
        [this, approve](bool) {
            actionDone(approve ? QStringLiteral("voice.approve") : QStringLiteral("voice.reject"),
                       approve ? tr("The voice is approved and shared")
                               : tr("The voice is rejected; its owner is told why"),
                       {&AdminWindow::reloadModeration});
        },
        [=] { decideVoice(shareId, approve, reason); });
}

void AdminWindow::approveSelectedVoice() {
    const QString id = moderation_->selectedRow().value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        decideVoice(id, true, {});
    }
}

void AdminWindow::rejectSelectedVoice() {
    const QJsonObject share = moderation_->selectedRow();
    if (share.isEmpty()) {
        return;
    }
    ConfirmActionDialog dialog(tr("Reject a voice"),
                               tr("Reject \"%1\" shared by %2? The reason is shown to them.")
                                   .arg(share.value(QStringLiteral("name")).toString(),
                                        share.value(QStringLiteral("email")).toString()),
                               tr("Reject"), true, this);
    if (dialog.exec() == QDialog::Accepted) {
        decideVoice(share.value(QStringLiteral("id")).toString(), false, dialog.reason());
    }
}

void AdminWindow::withdrawModel(const QString& modelId) {
    call<bool>(
        [modelId](AdminClient& client) {
            client.withdrawModel(modelId);
            return true;
        },
        [this, modelId](bool) {
            actionDone(QStringLiteral("catalog.withdraw"),
                       tr("%1 is withdrawn from the catalog").arg(modelId),
                       {&AdminWindow::reloadCatalog});
        });
}

void AdminWindow::withdrawSelectedModel() {
    const QString id = catalog_->selectedRow().value(QStringLiteral("id")).toString();
    if (!id.isEmpty() &&
        QMessageBox::question(this, tr("Withdraw model"),
                              tr("Withdraw %1 from the catalog? Studios stop offering it for "
                                 "download.")
                                  .arg(id)) == QMessageBox::Yes) {
        withdrawModel(id);
    }
}

}  // namespace sonara::studio
