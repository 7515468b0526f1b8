#include "core/api/guarded_tcp_server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace sonara::core::api {
namespace {

constexpr qint64 kMaxHeadBytes = 64 * 1024;

// The Content-Length a complete request head declares; -1 when it declares none.
qint64 declaredLength(const QByteArray& bytes) {
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        return -1;
    }
    for (const QByteArray& line : bytes.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

void refuseOversize(QTcpSocket* socket, qint64 declared, qint64 limit) {
    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("about:blank")},
                {QStringLiteral("title"), QStringLiteral("Request body too large")},
                {QStringLiteral("status"), 413},
                {QStringLiteral("detail"),
                 QStringLiteral("the body declares %1 bytes and the local API accepts at most %2; "
                                "send a smaller file or split the work")
                     .arg(declared)
                     .arg(limit)}})
            .toJson(QJsonDocument::Compact);
    socket->write(
        "HTTP/1.1 413 Payload Too Large\r\nContent-Type: "
        "application/problem+json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

}  // namespace

GuardedTcpServer::GuardedTcpServer(int idleTimeoutMs, qint64 maxBodyBytes, QObject* parent)
    : QTcpServer(parent), idleTimeoutMs_(idleTimeoutMs), maxBodyBytes_(maxBodyBytes) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    idle->start(idleTimeoutMs_);
    // Connected before the HTTP server takes the socket, so this sees each chunk before it is
    // consumed. A head arrives first on a connection and again after each complete body; it may
    // come in pieces, so it is gathered until its blank line.
    struct State {
        bool expectingHead = true;
        QByteArray head;
        qint64 bodyLeft = 0;
    };
    auto state = std::make_shared<State>();
    connect(socket, &QTcpSocket::readyRead, socket, [=] {
        idle->start(idleTimeoutMs_);
        const qint64 available = socket->bytesAvailable();
        if (!state->expectingHead) {
            state->bodyLeft -= available;
            state->expectingHead = state->bodyLeft <= 0;
            return;
        }
        const qsizetype before = state->head.size();
        state->head += socket->peek(std::min<qint64>(available, kMaxHeadBytes));
        const qsizetype end = state->head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (state->head.size() >= kMaxHeadBytes) {
                socket->abort();
            }
            return;
        }
        const qint64 length = declaredLength(state->head);
        if (length > maxBodyBytes_) {
            socket->readAll();
            refuseOversize(socket, length, maxBodyBytes_);
            return;
        }
        const qint64 bodySeen = before + available - (end + 4);
        state->bodyLeft = std::max<qint64>(0, length) - bodySeen;
        state->expectingHead = state->bodyLeft <= 0;
        state->head.clear();
    });
    connect(socket, &QTcpSocket::bytesWritten, idle, [=] { idle->start(idleTimeoutMs_); });
    addPendingConnection(socket);
}

}  // namespace sonara::core::api
