#include "app/studio/job_row.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sonara::studio {

using core::store::JobState;

namespace {

QString stateText(JobState state) {
    switch (state) {
        case JobState::Queued:
            return JobRow::tr("queued");
        case JobState::Running:
            return JobRow::tr("running");
        case JobState::Succeeded:
            return JobRow::tr("done");
        case JobState::Failed:
            return JobRow::tr("failed");
        case JobState::Cancelled:
            return JobRow::tr("cancelled");
        case JobState::Interrupted:
            return JobRow::tr("interrupted");
    }
    return {};
}

}  // namespace

JobRow::JobRow(const core::store::JobRecord& record, const QString& title, bool audioResult,
               QWidget* parent)
    : QWidget(parent), jobId_(record.id), audioResult_(audioResult), state_(record.state) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    title_ = new QLabel(QStringLiteral("<b>%1</b> · %2").arg(title.toHtmlEscaped(), record.engine));
    layout->addWidget(title_);
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("jobSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    summary_->hide();
    layout->addWidget(summary_);
    progress_ = new QProgressBar;
    progress_->setRange(0, 100);
    progress_->setValue(static_cast<int>(std::lround(record.progress * 100)));
    layout->addWidget(progress_);
    auto* status = new QHBoxLayout;
    stage_ = new QLabel(record.stage);
    eta_ = new QLabel;
    status->addWidget(stage_, 1);
    status->addWidget(eta_);
    layout->addLayout(status);

    auto* buttons = new QHBoxLayout;
    cancel_ = new QPushButton(tr("Cancel"));
    retry_ = new QPushButton(tr("Retry"));
    open_ = new QPushButton(audioResult_ ? tr("Open as track") : tr("Show transcript"));
    apply_ = new QPushButton(tr("Apply to track"));
    compare_ = new QPushButton(tr("A/B"));
    compare_->setToolTip(tr("Compare the result with the track; B switches while playing"));
    for (QPushButton* button : {cancel_, retry_, open_, apply_, compare_}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(cancel_, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(jobId_); });
    connect(retry_, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(jobId_); });
    connect(open_, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(jobId_); });
    connect(apply_, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(jobId_); });
    connect(compare_, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(jobId_); });
    setState(record.state, record.error);
}

void JobRow::setSummary(const QString& input, const QStringList& outputs) {
    input_ = input;
    QString text = input;
    if (!outputs.isEmpty()) {
        text = input.isEmpty() ? tr("→ %1").arg(outputs.join(QStringLiteral(", ")))
                               : tr("%1 → %2").arg(input, outputs.join(QStringLiteral(", ")));
    }
    summary_->setText(text);
    summary_->setToolTip(text);
    summary_->setVisible(!text.isEmpty());
}

QString JobRow::summaryText() const {
    return summary_->text();
}

QString JobRow::titleText() const {
    return title_->text();
}

int JobRow::progressPercent() const {
    return progress_->value();
}

QString JobRow::stageText() const {
    return stage_->text();
}

QString JobRow::etaText() const {
    return eta_->text();
}

void JobRow::setProgress(double fraction, const QString& stage, double etaSeconds) {
    progress_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)));
    stage_->setText(stage);
    if (etaSeconds > 0 && std::isfinite(etaSeconds)) {
        eta_->setText(tr("%n s left", nullptr, static_cast<int>(std::ceil(etaSeconds))));
    } else {
        eta_->clear();
    }
}

void JobRow::setState(JobState state, const QString& error) {
    state_ = state;
    const bool finished = core::store::isFinished(state);
    const bool succeeded = state == JobState::Succeeded;
    if (succeeded) {
        progress_->setValue(100);
    }
    if (finished) {
        // Time left means nothing once a job has ended, however it ended.
        eta_->clear();
    }
    cancel_->setVisible(!finished);
    retry_->setVisible(finished && !succeeded);
    open_->setVisible(succeeded);
    apply_->setVisible(succeeded && audioResult_);
    compare_->setVisible(succeeded && audioResult_);
    if (!error.isEmpty()) {
        stage_->setText(error);
        stage_->setWordWrap(true);
    } else if (finished) {
        stage_->setText(stateText(state));
    }
    setToolTip(stateText(state));
}

}  // namespace sonara::studio
