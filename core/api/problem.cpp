#include "core/api/problem.h"

#include "core/audio/audio_error.h"
#include "core/engine/credit_policy.h"
#include "core/engine/errors.h"
#include "core/wire/problem.h"

#include <QJsonObject>
#include <QMetaEnum>

namespace sonara::core::api {

QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& title,
                            const QString& detail, const QString& field,
                            const QJsonObject& extensions) {
    const wire::Problem body{static_cast<int>(status), title, detail, field, extensions};
    return QHttpServerResponse(QByteArray(wire::kProblemContentType), body.toBytes(), status);
}

QString whereToBuyCredits() {
    return QStringLiteral(
        "the studio's account menu (Buy minutes…), or the account service the studio and "
        "`sonara account` are signed in to");
}

QHttpServerResponse problemFromException(const std::exception& error) {
    using Status = QHttpServerResponse::StatusCode;
    const QString detail = QString::fromUtf8(error.what());
    if (const auto* request = dynamic_cast<const RequestError*>(&error)) {
        switch (request->kind()) {
            case RequestError::Kind::TooLarge:
                return problem(Status::PayloadTooLarge, QStringLiteral("Request body too large"),
                               detail);
            case RequestError::Kind::LengthRequired:
                return problem(Status::LengthRequired, QStringLiteral("Length required"), detail);
            case RequestError::Kind::TimedOut:
                return problem(Status::RequestTimeout, QStringLiteral("Request timeout"), detail);
            case RequestError::Kind::Busy:
                return problem(Status::ServiceUnavailable, QStringLiteral("Too many connections"),
                               detail);
        }
    }
    if (const auto* validation = dynamic_cast<const ValidationError*>(&error)) {
        // 400 is for a request that cannot be read; a field of the wrong type is a value the
        // request cannot take, answered 422 like one out of range.
        const bool malformed = validation->kind() == ValidationError::Kind::BadBody;
        return problem(
            malformed ? Status::BadRequest : Status::UnprocessableEntity,
            malformed ? QStringLiteral("Malformed request") : QStringLiteral("Invalid request"),
            detail, validation->field());
    }
    if (const auto* credits = dynamic_cast<const InsufficientCreditsError*>(&error)) {
        return problem(
            Status::PaymentRequired, QStringLiteral("Not enough credits"), detail, {},
            {{QStringLiteral("needed_seconds"), credits->neededSeconds()},
             {QStringLiteral("balance_seconds"), std::max<qint64>(credits->balanceSeconds(), 0)},
             {QStringLiteral("buy"), whereToBuyCredits()}});
    }
    if (const auto* account = dynamic_cast<const AccountServiceError*>(&error)) {
        return account->kind() == AccountServiceError::Kind::Refused
                   ? problem(Status::Forbidden, QStringLiteral("Refused by the account service"),
                             detail)
                   : problem(Status::ServiceUnavailable,
                             QStringLiteral("Account service unreachable"), detail);
    }
    if (dynamic_cast<const NotFoundError*>(&error)) {
        return problem(Status::NotFound, QStringLiteral("Not found"), detail);
    }
    if (dynamic_cast<const ModelNotInstalledError*>(&error)) {
        return problem(Status::UnprocessableEntity, QStringLiteral("Model not installed"), detail,
                       QStringLiteral("model"));
    }
    if (dynamic_cast<const audio::AudioError*>(&error)) {
        return problem(Status::UnprocessableEntity, QStringLiteral("Unreadable audio"), detail);
    }
    return problem(Status::InternalServerError, QStringLiteral("Internal error"), detail);
}

QByteArray rawHttpResponse(const QHttpServerResponse& response) {
    const int status = static_cast<int>(response.statusCode());
    // Clients read the number; the phrase is informational (RFC 9112 section 4).
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' +
        QByteArray(QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status)) +
        "\r\n";
    if (!response.data().isEmpty()) {
        head += "Content-Type: " + response.mimeType() + "\r\n";
    }
    for (const QByteArray name :
         {QByteArrayLiteral("Location"), QByteArrayLiteral("Retry-After"),
          QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("Vary"),
          QByteArrayLiteral("Access-Control-Expose-Headers")}) {
        for (const QByteArray& value : response.headers(name)) {
            head += name + ": " + value + "\r\n";
        }
    }
    head +=
        "Cache-Control: no-store\r\nContent-Length: " + QByteArray::number(response.data().size()) +
        "\r\nConnection: close\r\n\r\n";
    return head + response.data();
}

}  // namespace sonara::core::api
