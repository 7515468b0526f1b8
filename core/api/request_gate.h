#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QList>
#include <QStringList>
#include <memory>

namespace sonara::core::api {

// Who may call the local API. A page in a browser can reach loopback too, so besides the bearer
// token a request must name a loopback Host with this port (DNS rebinding) and carry no browser
// Origin but the ones opted in (core/api/cors.h). Both the routes Qt HTTP Server dispatches and the
// uploads streamed past it ask here.
class RequestGate {
public:
    explicit RequestGate(QByteArray token) : token_(std::move(token)) {}

    void setPort(quint16 port) { port_ = port; }
    // Origins (as browsers send them) whose pages may call the API, with the token.
    void setAllowedOrigins(const QStringList& origins);
    bool allowsOrigin(const QByteArray& origin) const;
    bool isLoopbackHost(const QByteArray& host) const;

    // Null when a request with these header values may proceed; otherwise the refusal to send.
    std::unique_ptr<QHttpServerResponse> refusal(const QByteArray& host, const QByteArray& origin,
                                                 const QByteArray& authorization) const;

private:
    QByteArray token_;
    QList<QByteArray> allowedOrigins_;
    quint16 port_ = 0;
};

}  // namespace sonara::core::api
