#include "core/api/request_gate.h"

#include "core/api/api_token.h"
#include "core/api/problem.h"

namespace sonara::core::api {

using Status = QHttpServerResponse::StatusCode;

void RequestGate::setAllowedOrigins(const QStringList& origins) {
    allowedOrigins_.clear();
    for (const QString& origin : origins) {
        allowedOrigins_.append(origin.toUtf8());
    }
}

bool RequestGate::allowsOrigin(const QByteArray& origin) const {
    return !origin.isEmpty() && allowedOrigins_.contains(origin);
}

bool RequestGate::isLoopbackHost(const QByteArray& host) const {
    const QByteArray expectedPort = QByteArray::number(port_);
    for (const QByteArray name : {QByteArrayLiteral("127.0.0.1"), QByteArrayLiteral("localhost"),
                                  QByteArrayLiteral("[::1]")}) {
        if (host == name + ':' + expectedPort) {
            return true;
        }
    }
    return false;
}

std::unique_ptr<QHttpServerResponse> RequestGate::refusal(const QByteArray& host,
                                                          const QByteArray& origin,
                                                          const QByteArray& authorization) const {
    if (!isLoopbackHost(host)) {
        return std::make_unique<QHttpServerResponse>(
            problem(Status::Forbidden, QStringLiteral("Forbidden host"),
                    QStringLiteral(
                        "the Host header must name 127.0.0.1, localhost or [::1] with this port")));
    }
    if (!origin.isEmpty() && !allowsOrigin(origin)) {
        return std::make_unique<QHttpServerResponse>(problem(
            Status::Forbidden, QStringLiteral("Browser requests are refused"),
            QStringLiteral("the local API does not serve web pages; call it from a script, or "
                           "allow this page's origin with `sonara serve --allow-origin ORIGIN` "
                           "(or SONARA_ORIGINS)")));
    }
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix) ||
        !ApiToken::matches(token_, authorization.mid(prefix.size()).trimmed())) {
        return std::make_unique<QHttpServerResponse>(
            problem(Status::Unauthorized, QStringLiteral("Unauthorized"),
                    QStringLiteral("send the token from %1 as 'Authorization: Bearer <token>'")
                        .arg(ApiToken::defaultPath())));
    }
    return nullptr;
}

}  // namespace sonara::core::api
