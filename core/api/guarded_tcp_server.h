#pragma once

#include <QTcpServer>

namespace sonara::core::api {

// The listening socket under the local API. Qt HTTP Server 6.4 has no timeouts and buffers a
// whole body before any handler sees it, so each connection gets a watchdog here: a connection
// silent for `idleTimeoutMs` is closed (streams stay alive through their keep-alive comments),
// and a request head declaring a body over `maxBodyBytes` is answered 413 before the body is read.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT

public:
    GuardedTcpServer(int idleTimeoutMs, qint64 maxBodyBytes, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int idleTimeoutMs_;
    qint64 maxBodyBytes_;
};

}  // namespace sonara::core::api
