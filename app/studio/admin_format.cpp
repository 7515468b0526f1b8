#include "app/studio/admin_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace sonara::studio {
int currencyDecimals(const QString& currency) {
    static const QSet<QString> zeroDecimal{
        QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"), QStringLiteral("gnf"),
        QStringLiteral("jpy"), QStringLiteral("kmf"), QStringLiteral("krw"), QStringLiteral("mga"),
        QStringLiteral("pyg"), QStringLiteral("rwf"), QStringLiteral("ugx"), QStringLiteral("vnd"),
        QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"), QStringLiteral("xpf")};
    return zeroDecimal.contains(currency.toLower()) ? 0 : 2;
}

double toMajorUnits(qint64 minorUnits, const QString& currency) {
    return static_cast<double>(minorUnits) / std::pow(10.0, currencyDecimals(currency));
}

qint64 toMinorUnits(double majorUnits, const QString& currency) {
    return std::llround(majorUnits * std::pow(10.0, currencyDecimals(currency)));
}

QString formatAmount(qint64 minorUnits, const QString& currency) {
    return QLocale().toString(toMajorUnits(minorUnits, currency), 'f', currencyDecimals(currency));
}

QString formatMoney(qint64 minorUnits, const QString& currency) {
    return formatAmount(minorUnits, currency) + QLatin1Char(' ') + currency.toUpper();
}

std::optional<qint64> parseCreditSeconds(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([+\\-\u2212]?)\\s*(\\d{1,7})(?::([0-5]\\d))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const qint64 seconds = match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    return match.captured(1).isEmpty() || match.captured(1) == QLatin1String("+") ? seconds
                                                                                  : -seconds;
}

QString formatRenewal(int months) {
    if (months <= 0) {
        return QCoreApplication::translate("AdminFormat", "one-off purchase");
    }
    return QCoreApplication::translate("AdminFormat", "every %n month(s)", nullptr, months);
}

QString formatTimestamp(qint64 secondsSinceEpoch, const QString& missing) {
    // The service writes a missing time as null, and older answers as 0.
    if (secondsSinceEpoch <= 0) {
        return missing;
    }
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch),
                              QLocale::ShortFormat);
}

QString formatDay(qint64 secondsSinceEpoch) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

}  // namespace sonara::studio
