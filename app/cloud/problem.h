#pragma once

#include <QHttpServerResponse>
#include <QString>

#include <stdexcept>

namespace sonara::cloud {

// An RFC 9457 problem response (the body is wire::Problem); `field` names the offending member
// when there is one.
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& title,
                            const QString& detail, const QString& field = {});

// Thrown by request handlers: the service's own mapping of a refusal to a status. The router
// turns it into a problem response.
class HttpError : public std::runtime_error {
public:
    HttpError(QHttpServerResponse::StatusCode status, QString title, const QString& detail,
              QString field = {});

    QHttpServerResponse::StatusCode status() const { return status_; }
    const QString& title() const { return title_; }
    const QString& field() const { return field_; }
    QHttpServerResponse response() const;
    // Seconds for a Retry-After header (429 and 503); 0 sends none.
    void setRetryAfter(qint64 seconds) { retryAfter_ = seconds; }

private:
    qint64 retryAfter_ = 0;
    QHttpServerResponse::StatusCode status_;
    QString title_;
    QString field_;
};

}  // namespace sonara::cloud
