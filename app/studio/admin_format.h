#pragma once

#include <QString>

#include <optional>

namespace sonara::studio {

// How the admin window writes and reads money, minutes, times and renewals.

// Digits after the decimal point in `currency` (ISO 4217, any case): 0 for yen and the other
// zero-decimal currencies, which the payment providers count in whole units.
int currencyDecimals(const QString& currency);
// An amount in the currency's smallest unit as the currency writes it: "35.00", "1,200".
QString formatAmount(qint64 minorUnits, const QString& currency);
// "35.00 USD".
QString formatMoney(qint64 minorUnits, const QString& currency);
double toMajorUnits(qint64 minorUnits, const QString& currency);
qint64 toMinorUnits(double majorUnits, const QString& currency);

// Minutes as the admin types them, the way balances are shown: "25", "25:00", "-5:30",
// "+1:05"; nullopt when it is not such a number.
std::optional<qint64> parseCreditSeconds(const QString& text);

// "one-off purchase", "every month", "every 3 months".
QString formatRenewal(int months);
// A time from the service, or `missing` ("never", "—") for none.
QString formatTimestamp(qint64 secondsSinceEpoch, const QString& missing);
// A day from the service (seconds at midnight UTC) as a date.
QString formatDay(qint64 secondsSinceEpoch);

}  // namespace sonara::studio
