#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sonara::wire {

inline constexpr char kProblemContentType[] = "application/problem+json";

// An RFC 9457 problem body: how sonara-cloud and the local API answer a request they refuse,
// and what their clients show. Each server maps its own errors to a status; the body is this.
struct Problem {
    int status = 0;
    QString title;
    QString detail;
    // The offending member or parameter, when there is one.
    QString field;
    // Members a script can act on (RFC 9457 section 3.2).
    QJsonObject extensions;

    QJsonObject toJson() const;
    // The body as sent: compact JSON.
    QByteArray toBytes() const;
    // A problem answered with HTTP `status`; a body that is not one leaves title and detail
    // empty.
    static Problem fromJson(const QJsonObject& json, int status);
};

}  // namespace sonara::wire
