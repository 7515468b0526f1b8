#pragma once

#include "core/store/job_store.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sonara::studio {

// One job in the jobs dock: what it is, progress with stage and time left, and what can be done
// with it now (cancel while it runs, retry after a failure, use the result once it succeeded).
class JobRow : public QWidget {
    Q_OBJECT
public:
    JobRow(const core::store::JobRecord& record, const QString& title, bool audioResult,
           QWidget* parent = nullptr);

    const QString& jobId() const { return jobId_; }
    core::store::JobState state() const { return state_; }
    int progressPercent() const;
    QString stageText() const;
    QString etaText() const;

    void setProgress(double fraction, const QString& stage, double etaSeconds);
    void setState(core::store::JobState state, const QString& error);
    // What the job works on (a file name, the start of a text) and, once done, what it made.
    void setSummary(const QString& input, const QStringList& outputs);
    QString inputText() const { return input_; }
    QString summaryText() const;
    QString titleText() const;

    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* retryButton() const { return retry_; }
    QPushButton* openButton() const { return open_; }
    QPushButton* applyButton() const { return apply_; }
    QPushButton* compareButton() const { return compare_; }

Q_SIGNALS:
    void cancelRequested(const QString& jobId);
    void retryRequested(const QString& jobId);
    void openRequested(const QString& jobId);
    void applyRequested(const QString& jobId);
    void compareRequested(const QString& jobId);

private:
    QString jobId_;
    bool audioResult_;
    core::store::JobState state_;
    QLabel* title_;
    QLabel* summary_;
    QString input_;
    QProgressBar* progress_;
    QLabel* stage_;
    QLabel* eta_;
    QPushButton* cancel_;
    QPushButton* retry_;
    QPushButton* open_;
    QPushButton* apply_;
    QPushButton* compare_;
};

}  // namespace sonara::studio
