#include "app/studio/dubbing_panel.h"

#include "app/studio/capability_form.h"
#include "app/studio/user_message.h"

#include "core/engine/engine_host.h"
#include "core/engine/engines/dubbing_segments.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sonara::studio {
namespace {

using core::store::JobState;
namespace dubbing = core::dubbing;

const QString kStopAfter = QStringLiteral("stop_after");
const QString kSegments = QStringLiteral("segments");
const QString kTranslation = QStringLiteral("translation");

// The timing cell's data: the source slot and the fitted dub, in seconds.
constexpr int kSlotRole = Qt::UserRole;
constexpr int kFittedRole = Qt::UserRole + 1;
// How much longer than its slot a dub may be drawn before the bar ends.
constexpr double kBarSpan = 1.3;
constexpr int kBarHeight = 6;
// A fitted dub this close to its slot is in time (the issue's ±5%).
constexpr double kInTime = 0.05;

// Draws the source slot as a grey bar and the fitted dub over it, green when it keeps to the
// slot and amber when it does not, under the figures.
class TimingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem cell(option);
        initStyleOption(&cell, index);
        const QString text = cell.text;
        cell.text.clear();
        QStyle* style = cell.widget ? cell.widget->style() : nullptr;
        if (style) {
            style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
        }
        const double slot = index.data(kSlotRole).toDouble();
        const double fitted = index.data(kFittedRole).toDouble();
        const QRect area = cell.rect.adjusted(4, 3, -4, -4);
        painter->save();
        if (slot > 0) {
            const double scale = area.width() / (kBarSpan * slot);
            const int top = area.bottom() - kBarHeight;
            painter->fillRect(QRect(area.left(), top, int(slot * scale), kBarHeight),
                              cell.palette.color(QPalette::Mid));
            if (fitted > 0) {
                const bool inTime = std::abs(fitted / slot - 1.0) <= kInTime;
                painter->fillRect(
                    QRect(area.left(), top + 1, int(std::min(fitted, kBarSpan * slot) * scale),
                          kBarHeight - 2),
                    inTime ? QColor(0x2e, 0x9e, 0x5b) : QColor(0xe6, 0x9b, 0x1e));
            }
        }
        painter->setPen(cell.palette.color(
            cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area.adjusted(0, 0, 0, -kBarHeight - 2), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        const QSize text = QStyledItemDelegate::sizeHint(option, index);
        return {std::max(text.width(), 150), text.height() + kBarHeight + 6};
    }
};

QString clock(double seconds) {
    const int minutes = int(seconds / 60);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds - 60.0 * minutes, 5, 'f', 2,
                                                    QLatin1Char('0'));
}

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

}  // namespace

DubbingPanel::DubbingPanel(core::EngineHost& host, CapabilityForm& form, QWidget* parent)
    : CapabilityPanel(parent), host_(host) {
    setObjectName(QStringLiteral("dubbingPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);

    intro_ = new QLabel(
        tr("To review before anything is synthesised, set Stop after to translation and press "
           "Run: the segments appear here, and after your edits only the changed ones are "
           "synthesised again."));
    intro_->setWordWrap(true);
    layout->addWidget(intro_);

    auto* progressRow = new QHBoxLayout;
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("dubbingStatus"));
    status_->setWordWrap(true);
    progress_ = new QProgressBar;
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(220);
    progressRow->addWidget(status_, 1);
    progressRow->addWidget(progress_);
    layout->addLayout(progressRow);

    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("dubbingError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addWidget(error_);

    table_ = new QTableWidget(0, ColumnCount);
    table_->setObjectName(QStringLiteral("dubbingSegments"));
    table_->setHorizontalHeaderLabels({tr("#"), tr("Time"), tr("Source"),
                                       tr("Translation (double-click to edit)"), tr("Timing"),
                                       tr("Notes")});
    table_->verticalHeader()->hide();
    // Rows follow their wrapped text as the columns change width.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setWordWrap(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setItemDelegateForColumn(TimingColumn, new TimingDelegate(table_));
    QHeaderView* header = table_->horizontalHeader();
    for (int column : {IndexColumn, TimeColumn, TimingColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TranslationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NotesColumn, QHeaderView::Interactive);
    header->resizeSection(NotesColumn, 220);
    table_->setMinimumHeight(180);
    connect(table_, &QTableWidget::itemChanged, this, &DubbingPanel::onItemChanged);
    layout->addWidget(table_, 1);

    auto* actions = new QHBoxLayout;
    changes_ = new QLabel;
    changes_->setObjectName(QStringLiteral("dubbingChanges"));
    revert_ = new QPushButton(tr("Undo my edits"));
    revert_->setObjectName(QStringLiteral("dubbingRevert"));
    dub_ = new QPushButton(tr("Dub with these segments"));
    dub_->setObjectName(QStringLiteral("dubbingDub"));
    dub_->setToolTip(
        tr("Synthesises the segments whose translation changed and reuses the "
           "others, then mixes the dub again."));
    open_ = new QPushButton(tr("Open dubbed audio as track"));
    open_->setObjectName(QStringLiteral("dubbingOpen"));
    actions->addWidget(changes_, 1);
    actions->addWidget(revert_);
    actions->addWidget(dub_);
    actions->addWidget(open_);
    layout->addLayout(actions);
    connect(revert_, &QPushButton::clicked, this, &DubbingPanel::revertEdits);
    connect(dub_, &QPushButton::clicked, this, &DubbingPanel::dubAgain);
    connect(open_, &QPushButton::clicked, this, &DubbingPanel::openDubbedAudio);

    connect(&form, &CapabilityForm::jobSubmitted, this, [this](const QString& id) { follow(id); });
    connect(&host_.jobs(), &core::JobManager::jobProgress, this,
            [this](const QString& id, double fraction, const QString& stage, double) {
                onProgress(id, fraction, stage);
            });
    connect(&host_.jobs(), &core::JobManager::jobFinished, this, &DubbingPanel::onFinished);
    fillTable();
}

void DubbingPanel::follow(const QString& id, bool keepRows) {
    jobId_ = id;
    running_ = true;
    error_->clear();
    progress_->setValue(0);
    progress_->show();
    status_->setText(tr("Dubbing: queued"));
    if (!keepRows) {
        report_ = {};
        reportTranslations_.clear();
        reportJob_.clear();
        fillTable();
    }
    updateActions();
    // A dub that ended already (one picked from the jobs panel) is shown once control returns.
    const auto record = host_.jobs().job(id);
    if (record && core::store::isFinished(record->state) && !host_.jobs().isRunning(id)) {
        QTimer::singleShot(0, this, [this, id, state = record->state, error = record->error] {
            onFinished(id, state, error);
        });
    }
}

void DubbingPanel::onProgress(const QString& id, double fraction, const QString& stage) {
    if (id != jobId_ || !running_) {
        return;
    }
    progress_->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)));
    // The engine's stage, as the jobs panel shows it.
    status_->setText(tr("Dubbing: %1").arg(stage));
}

void DubbingPanel::onFinished(const QString& id, JobState state, const QString& error) {
    if (id != jobId_ || !running_) {
        return;
    }
    running_ = false;
    const auto record = host_.jobs().job(id);
    const bool succeeded = state == JobState::Succeeded && record;
    if (!succeeded) {
        showFailure(state, error);
    } else if (!loadReport(*record)) {
        error_->setText(
            tr("The dub finished, but its segment report cannot be read: press Run "
               "to dub again (the finished stages are reused)."));
    } else {
        progress_->setValue(100);
        const QList<dubbing::DubSegment> rows = dubbing::DubPlan::fromJson(report_).segments;
        int made = 0;
        for (const dubbing::DubSegment& row : rows) {
            made += row.reused ? 0 : 1;
        }
        status_->setText(outputPath(QStringLiteral("audio")).isEmpty()
                             ? tr("Segments ready for review: edit the translations, then press "
                                  "Dub with these segments.")
                             : tr("Dubbed. Segments synthesised this time: %1 of %2.")
                                   .arg(made)
                                   .arg(rows.size()));
    }
    updateActions();
    Q_EMIT jobEnded(succeeded && error_->text().isEmpty());
}

void DubbingPanel::showFailure(JobState state, const QString& error) {
    progress_->hide();
    switch (state) {
        case JobState::Cancelled:
            status_->setText(tr("Dubbing: cancelled"));
            error_->setText(
                tr("The dub was cancelled. Press Run to start it again: the stages it "
                   "finished are reused."));
            break;
        case JobState::Interrupted:
            status_->setText(tr("Dubbing: interrupted"));
            error_->setText(
                tr("The dub was interrupted when Sonara closed: press Retry on it in "
                   "the Jobs panel."));
            break;
        default:
            status_->setText(tr("Dubbing: failed"));
            // The engine's message names the stage and what to do.
            error_->setText(error.isEmpty()
                                ? tr("The dub stopped without a reason: press Retry on it in the "
                                     "Jobs panel.")
                                : tr("The dub stopped: %1").arg(error));
            break;
    }
}

bool DubbingPanel::loadReport(const core::store::JobRecord& record) {
    const auto asset = record.outputs.contains(QStringLiteral("report"))
                           ? host_.assets().find(record.outputs.value(QStringLiteral("report")))
                           : std::nullopt;
    QFile file(asset ? asset->path : QString());
    if (!asset || !file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray rows = report.value(kSegments).toArray();
    if (rows.isEmpty()) {
        return false;
    }
    report_ = report;
    reportJob_ = record.id;
    reportTranslations_.clear();
    for (const QJsonValue& row : rows) {
        reportTranslations_.append(row.toObject().value(kTranslation).toString());
    }
    fillTable();
    return true;
}

void DubbingPanel::fillTable() {
    const QList<dubbing::DubSegment> rows = dubbing::DubPlan::fromJson(report_).segments;
    const QHash<QString, QString> flagNames = {
        {dubbing::kFlagFasterSpeech, tr("spoken faster to fit")},
        {dubbing::kFlagSlowerSpeech, tr("spoken slower to fit")},
        {dubbing::kFlagTooLong, tr("longer than its time: shorten the translation")},
        {dubbing::kFlagTooShort, tr("shorter than its time")},
        {dubbing::kFlagCut, tr("cut where the next segment starts")},
        {dubbing::kFlagVoiceNotConverted,
         tr("synthetic voice: install kNN-VC to keep the speaker's")},
        {dubbing::kFlagEmpty, tr("no translation: stays silent")}};
    const bool dubbed = !outputPath(QStringLiteral("audio")).isEmpty();
    const QSignalBlocker quiet(table_);
    table_->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const dubbing::DubSegment& row = rows[i];
        table_->setItem(i, IndexColumn, readOnly(QString::number(i + 1)));
        table_->setItem(i, TimeColumn,
                        readOnly(QStringLiteral("%1 – %2").arg(clock(row.start), clock(row.end))));
        table_->setItem(i, SourceColumn, readOnly(row.source));
        auto* translation = new QTableWidgetItem(row.translation);
        translation->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        table_->setItem(i, TranslationColumn, translation);
        const QString slot = QString::number(row.slotSeconds(), 'f', 2);
        auto* timing = readOnly(dubbed ? QStringLiteral("%1 s → %2 s")
                                             .arg(slot, QString::number(row.fittedSeconds, 'f', 2))
                                       : QStringLiteral("%1 s").arg(slot));
        timing->setData(kSlotRole, row.slotSeconds());
        timing->setData(kFittedRole, dubbed ? row.fittedSeconds : 0.0);
        timing->setToolTip(dubbed
                               ? tr("Source: %1 s. Dub: synthesised %2 s, stretched ×%3 to %4 s.")
                                     .arg(slot, QString::number(row.synthesizedSeconds, 'f', 2),
                                          QString::number(row.stretch, 'f', 2),
                                          QString::number(row.fittedSeconds, 'f', 2))
                               : tr("Source: %1 s. Not dubbed yet.").arg(slot));
        table_->setItem(i, TimingColumn, timing);
        QStringList notes;
        if (dubbed) {
            notes << (row.reused ? tr("reused from the last dub") : tr("synthesised"));
        }
        for (const QString& flag : row.flags) {
            notes << flagNames.value(flag, flag);
        }
        table_->setItem(i, NotesColumn, readOnly(notes.join(QStringLiteral("; "))));
    }
    table_->setVisible(!rows.isEmpty());
    intro_->setVisible(rows.isEmpty());
    updateActions();
}

void DubbingPanel::onItemChanged(QTableWidgetItem* item) {
    if (item->column() != TranslationColumn) {
        return;
    }
    const bool changed = item->text() != reportTranslations_.value(item->row());
    QFont font = item->font();
    font.setBold(changed);
    const QSignalBlocker quiet(table_);
    item->setFont(font);
    item->setBackground(changed ? QBrush(QColor(0xe6, 0x9b, 0x1e, 60)) : QBrush());
    item->setToolTip(changed ? tr("Edited: was “%1”").arg(reportTranslations_.value(item->row()))
                             : QString());
    updateActions();
}

int DubbingPanel::changedCount() const {
    int changed = 0;
    for (int i = 0; i < table_->rowCount(); ++i) {
        const QTableWidgetItem* item = table_->item(i, TranslationColumn);
        changed += item && item->text() != reportTranslations_.value(i) ? 1 : 0;
    }
    return changed;
}

QJsonObject DubbingPanel::segmentsDocument() const {
    QJsonObject document = report_;
    QJsonArray rows = document.value(kSegments).toArray();
    for (int i = 0; i < rows.size() && i < table_->rowCount(); ++i) {
        QJsonObject row = rows[i].toObject();
        row.insert(kTranslation, table_->item(i, TranslationColumn)->text());
        rows[i] = row;
    }
    document.insert(kSegments, rows);
    return document;
}

void DubbingPanel::updateActions() {
    const bool rows = table_->rowCount() > 0;
    const int changed = changedCount();
    table_->setEnabled(rows && !running_);
    dub_->setVisible(rows);
    revert_->setVisible(rows);
    changes_->setVisible(rows);
    dub_->setEnabled(rows && !running_);
    revert_->setEnabled(changed > 0 && !running_);
    const bool dubbed = !outputPath(QStringLiteral("audio")).isEmpty();
    open_->setEnabled(!running_ && dubbed);
    open_->setVisible(!reportJob_.isEmpty());
    changes_->setText(
        changed > 0 ? tr("Edited segments: %1 (only these are synthesised again)").arg(changed)
        : dubbed    ? tr("No edits: dubbing again reuses every segment already "
                            "dubbed.")
                    : tr("No edits yet: double-click a translation to change it."));
    status_->setVisible(!jobId_.isEmpty());
    progress_->setVisible(running_);
}

QString DubbingPanel::dubAgain() {
    const auto record = host_.jobs().job(reportJob_.isEmpty() ? jobId_ : reportJob_);
    if (!record || report_.isEmpty()) {
        error_->setText(
            tr("There are no segments to dub yet: run a dub with Stop after set to "
               "translation first."));
        return {};
    }
    core::JobRequest request;
    request.capability = record->capability;
    request.engine = record->engine;
    request.model = record->model;
    request.parameters = record->parameters;
    request.parameters.insert(kStopAfter, QStringLiteral("none"));
    request.inputs = core::JobInputs::fromJson(record->inputs);
    request.inputs.setDocument(kSegments, segmentsDocument());
    try {
        const QString id = host_.jobs().submit(request);
        Q_EMIT message(tr("Dubbing the reviewed segments: queued"));
        follow(id, true);
        return id;
    } catch (const std::exception& failure) {
        error_->setText(tr("The segments cannot be dubbed: %1").arg(userMessage(failure)));
        return {};
    }
}

void DubbingPanel::revertEdits() {
    const QSignalBlocker quiet(table_);
    for (int i = 0; i < table_->rowCount(); ++i) {
        if (QTableWidgetItem* item = table_->item(i, TranslationColumn)) {
            item->setText(reportTranslations_.value(i));
            QFont font = item->font();
            font.setBold(false);
            item->setFont(font);
            item->setBackground(QBrush());
            item->setToolTip({});
        }
    }
    updateActions();
}

void DubbingPanel::openDubbedAudio() {
    const QString path = outputPath(QStringLiteral("audio"));
    if (path.isEmpty()) {
        error_->setText(tr("There is no dubbed audio yet: press Dub with these segments first."));
        return;
    }
    Q_EMIT openAsTrackRequested(path, tr("Dubbed audio"));
}

QString DubbingPanel::statusText() const {
    return status_->text();
}

QString DubbingPanel::errorText() const {
    return error_->text();
}

QString DubbingPanel::outputPath(const QString& outputId) const {
    if (reportJob_.isEmpty()) {
        return {};
    }
    const auto record = host_.jobs().job(reportJob_);
    if (!record || record->state != JobState::Succeeded || !record->outputs.contains(outputId)) {
        return {};
    }
    const auto asset = host_.assets().find(record->outputs.value(outputId));
    return asset ? asset->path : QString();
}

}  // namespace sonara::studio
