#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <utility>

namespace sonara::studio {

// The admin window's small health charts, drawn from successive readings of the service's
// /metrics: requests and errors per second (from the response counters) and open leases,
// over the last readings. Painted with QPainter; no chart library.
class HealthCharts : public QWidget {
    Q_OBJECT
public:
    enum Series { Requests, ServerErrors, ClientErrors, OpenLeases, SeriesCount };
    static constexpr int kMaxPoints = 120;

    explicit HealthCharts(QWidget* parent = nullptr);

    // One reading of /metrics taken at `msecsSinceEpoch`. Rates need two readings; a counter
    // that went down (the service restarted) starts the rates again.
    void addReading(qint64 msecsSinceEpoch, const QList<std::pair<QString, double>>& metrics);
    void clear();

    QString title(Series series) const;
    // Points of `series`, x in seconds since the first reading.
    const QList<QPointF>& points(Series series) const { return points_[series]; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Totals {
        double requests = 0;
        double serverErrors = 0;
        double clientErrors = 0;
    };
    static Totals totalsOf(const QList<std::pair<QString, double>>& metrics);
    void append(Series series, double x, double value);
    void paintChart(class QPainter& painter, const QRectF& area, Series series) const;

    QList<QPointF> points_[SeriesCount];
    qint64 firstMs_ = -1;
    qint64 lastMs_ = -1;
    Totals last_;
};

}  // namespace sonara::studio
