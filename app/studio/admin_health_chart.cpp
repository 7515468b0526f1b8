#include "app/studio/admin_health_chart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>

namespace sonara::studio {

namespace {

constexpr char kResponses[] = "sonara_cloud_http_responses_total";
constexpr char kOpenLeases[] = "sonara_cloud_open_leases";

// The status in `name{status="503"}`, or 0.
int statusOf(const QString& name) {
    static const QRegularExpression status(QStringLiteral("status=\"(\\d+)\""));
    const QRegularExpressionMatch match = status.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

}  // namespace

HealthCharts::HealthCharts(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize HealthCharts::sizeHint() const {
    return {800, 220};
}

QString HealthCharts::title(Series series) const {
    switch (series) {
        case Requests:
            return tr("Requests per second");
        case ServerErrors:
            return tr("Server errors (5xx) per second");
        case ClientErrors:
            return tr("Refused requests (4xx) per second");
        case OpenLeases:
            return tr("Open leases");
        case SeriesCount:
            break;
    }
    return {};
}

HealthCharts::Totals HealthCharts::totalsOf(const QList<std::pair<QString, double>>& metrics) {
    Totals totals;
    for (const auto& [name, value] : metrics) {
        if (!name.startsWith(QLatin1String(kResponses))) {
            continue;
        }
        const int status = statusOf(name);
        totals.requests += value;
        totals.serverErrors += status >= 500 ? value : 0;
        totals.clientErrors += status >= 400 && status < 500 ? value : 0;
    }
    return totals;
}

void HealthCharts::append(Series series, double x, double value) {
    QList<QPointF>& list = points_[series];
    list.append({x, value});
    while (list.size() > kMaxPoints) {
        list.removeFirst();
    }
}

void HealthCharts::addReading(qint64 msecsSinceEpoch,
                              const QList<std::pair<QString, double>>& metrics) {
    if (firstMs_ < 0) {
        firstMs_ = msecsSinceEpoch;
    }
    const double x = (msecsSinceEpoch - firstMs_) / 1000.0;
    for (const auto& [name, value] : metrics) {
        if (name == QLatin1String(kOpenLeases)) {
            append(OpenLeases, x, value);
        }
    }
    const Totals totals = totalsOf(metrics);
    const double seconds = (msecsSinceEpoch - lastMs_) / 1000.0;
    const bool restarted = totals.requests < last_.requests;
    if (lastMs_ >= 0 && seconds > 0 && !restarted) {
        append(Requests, x, (totals.requests - last_.requests) / seconds);
        append(ServerErrors, x, (totals.serverErrors - last_.serverErrors) / seconds);
        append(ClientErrors, x, (totals.clientErrors - last_.clientErrors) / seconds);
    }
    last_ = totals;
    lastMs_ = msecsSinceEpoch;
    update();
}

void HealthCharts::clear() {
    for (QList<QPointF>& list : points_) {
        list.clear();
    }
    firstMs_ = lastMs_ = -1;
    last_ = {};
    update();
}

void HealthCharts::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int columns = width() >= 700 ? SeriesCount : 2;
    const int rows = (SeriesCount + columns - 1) / columns;
    const double w = width() / double(columns);
    const double h = height() / double(rows);
    for (int series = 0; series < SeriesCount; ++series) {
        const QRectF cell((series % columns) * w, (series / columns) * h, w, h);
        paintChart(painter, cell.adjusted(6, 6, -6, -6), Series(series));
    }
}

void HealthCharts::paintChart(QPainter& painter, const QRectF& area, Series series) const {
    const QPalette colours = palette();
    painter.setPen(colours.color(QPalette::Mid));
    painter.setBrush(colours.color(QPalette::Base));
    painter.drawRoundedRect(area, 4, 4);
    const QList<QPointF>& list = points_[series];
    const QFontMetrics metrics = painter.fontMetrics();
    const QLocale locale;
    // Rates with two decimals, counts whole.
    const int decimals = series == OpenLeases ? 0 : 2;
    const QString latest =
        list.isEmpty() ? tr("no data yet") : locale.toString(list.last().y(), 'f', decimals);
    const QRectF heading = area.adjusted(8, 4, -8, 0);
    const qreal latestWidth = metrics.horizontalAdvance(latest) + 8;
    painter.setPen(colours.color(QPalette::Text));
    painter.drawText(
        heading.adjusted(0, 0, -latestWidth, 0), Qt::AlignLeft | Qt::AlignTop,
        metrics.elidedText(title(series), Qt::ElideRight, int(heading.width() - latestWidth)));
    painter.drawText(heading, Qt::AlignRight | Qt::AlignTop, latest);
    const QRectF plot = area.adjusted(8, metrics.height() + 10, -8, -metrics.height() - 6);
    double highest = 0;
    for (const QPointF& point : list) {
        highest = std::max(highest, point.y());
    }
    const double top = highest > 0 ? highest * 1.15 : 1;
    painter.setPen(QPen(colours.color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.topRight());
    painter.setPen(colours.color(QPalette::PlaceholderText));
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 2, plot.width(), metrics.height()), Qt::AlignLeft,
        list.size() > 1 ? tr("last %1 s").arg(qRound(list.last().x() - list.first().x()))
                        : QString());
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), metrics.height()),
                     Qt::AlignRight, tr("max %1").arg(locale.toString(highest, 'f', decimals)));
    if (list.size() < 2) {
        return;
    }
    const double left = list.first().x();
    const double span = std::max(list.last().x() - left, 1.0);
    QPainterPath line;
    for (int index = 0; index < list.size(); ++index) {
        const QPointF at(plot.left() + (list.at(index).x() - left) / span * plot.width(),
                         plot.bottom() - list.at(index).y() / top * plot.height());
        index == 0 ? line.moveTo(at) : line.lineTo(at);
    }
    const QColor stroke = series == ServerErrors   ? QColor(0xc6, 0x28, 0x28)
                          : series == ClientErrors ? QColor(0xef, 0x8f, 0x00)
                                                   : colours.color(QPalette::Highlight);
    painter.setPen(QPen(stroke, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
}

}  // namespace sonara::studio
