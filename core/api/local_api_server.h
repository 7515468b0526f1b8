#pragma once

#include <QByteArray>
#include <QObject>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace sonara::core {
class CapabilityRegistry;
class JobManager;
}  // namespace sonara::core

namespace sonara::core::api {

// The local automation API: loopback only, bearer token, DNS-rebinding and browser checks,
// RFC 9457 problem responses. `sonara serve` and the studio both run one.
class LocalApiServer : public QObject {
    Q_OBJECT

public:
    LocalApiServer(JobManager& jobs, QByteArray token, QObject* parent = nullptr);
    ~LocalApiServer() override;

    // Binds 127.0.0.1 (port 0 picks a free one); returns the port, or throws naming the reason.
    quint16 listen(quint16 port);
    quint16 port() const { return port_; }

private:
    void addRoutes();
    // Null when the request may proceed; otherwise the refusal to send.
    std::unique_ptr<QHttpServerResponse> refusal(const QHttpServerRequest& request) const;

    JobManager& jobs_;
    QByteArray token_;
    std::unique_ptr<QHttpServer> server_;
    quint16 port_ = 0;
};

}  // namespace sonara::core::api
