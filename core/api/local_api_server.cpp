#include "core/api/local_api_server.h"

#include "core/api/api_token.h"
#include "core/api/problem.h"
#include "core/engine/descriptor_json.h"
#include "core/engine/job_manager.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr int kApiVersion = 1;

bool isLoopbackHost(const QByteArray& hostHeader, quint16 port) {
    const QByteArray expectedPort = QByteArray::number(port);
    for (const QByteArray name : {QByteArrayLiteral("127.0.0.1"), QByteArrayLiteral("localhost"),
                                  QByteArrayLiteral("[::1]")}) {
        if (hostHeader == name + ':' + expectedPort) {
            return true;
        }
    }
    return false;
}

}  // namespace

LocalApiServer::LocalApiServer(JobManager& jobs, QByteArray token, QObject* parent)
    : QObject(parent), jobs_(jobs), token_(std::move(token)), server_(std::make_unique<QHttpServer>()) {
    addRoutes();
}

LocalApiServer::~LocalApiServer() = default;

quint16 LocalApiServer::listen(quint16 port) {
    port_ = server_->listen(QHostAddress::LocalHost, port);
    if (port_ == 0) {
        throw std::runtime_error(
            QStringLiteral("cannot listen on 127.0.0.1:%1: the port is in use or not allowed; choose "
                           "another with --port")
                .arg(port)
                .toStdString());
    }
    return port_;
}

std::unique_ptr<QHttpServerResponse> LocalApiServer::refusal(const QHttpServerRequest& request) const {
    // A page in a browser can reach loopback too: refuse other Host names (DNS rebinding)
    // and anything a browser marks with an Origin.
    if (!isLoopbackHost(request.value("Host"), port_)) {
        return std::make_unique<QHttpServerResponse>(
            problem(Status::Forbidden, QStringLiteral("Forbidden host"),
                    QStringLiteral("the Host header must name 127.0.0.1, localhost or [::1] with this port")));
    }
    if (!request.value("Origin").isEmpty()) {
        return std::make_unique<QHttpServerResponse>(
            problem(Status::Forbidden, QStringLiteral("Browser requests are refused"),
                    QStringLiteral("the local API does not serve web pages; call it from a script")));
    }
    const QByteArray authorization = request.value("Authorization");
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

void LocalApiServer::addRoutes() {
    auto guarded = [this](auto handler) {
        return [this, handler](const QHttpServerRequest& request) -> QHttpServerResponse {
            if (auto refused = refusal(request)) {
                return std::move(*refused);
            }
            try {
                return handler(request);
            } catch (const std::exception& error) {
                return problemFromException(error);
            }
        };
    };

    server_->route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
                   guarded([](const QHttpServerRequest&) {
                       return QHttpServerResponse(QJsonObject{
                           {QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                           {QStringLiteral("api_version"), kApiVersion}});
                   }));
    server_->route(QStringLiteral("/v1/capabilities"), QHttpServerRequest::Method::Get,
                   guarded([this](const QHttpServerRequest&) {
                       QJsonArray capabilities;
                       const CapabilityRegistry& registry = jobs_.registry();
                       for (const CapabilityDescriptor& descriptor : registry.capabilities()) {
                           capabilities.append(capabilityToJson(registry, descriptor));
                       }
                       return QHttpServerResponse(
                           QJsonObject{{QStringLiteral("capabilities"), capabilities}});
                   }));
    server_->afterRequest([](QHttpServerResponse&& response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

}  // namespace sonara::core::api
