#include "core/api/guarded_tcp_server.h"

#include "core/api/problem.h"

#include <sys/socket.h>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

namespace sonara::core::api {
namespace {

constexpr qint64 kMaxHeadBytes = 64 * 1024;
constexpr qint64 kChunkBytes = 256 * 1024;
// How long a refused client gets to read its answer before the connection is cut.
constexpr int kLingerMs = 5000;

QString seconds(int ms) {
    return QString::number(ms / 1000.0, 'g', 3);
}

// Watches one connection: deadlines for its request heads and bodies, an idle timeout, and the
// hand-over of streamed requests. Its slots run before Qt HTTP Server's, which connects later,
// so it sees each chunk before the chunk is consumed.
class GuardedConnection : public QObject {
public:
    GuardedConnection(QTcpSocket* socket, const ConnectionLimits& limits,
                      const GuardedTcpServer& server, QObject* httpServer)
        : QObject(socket),
          socket_(socket),
          limits_(limits),
          server_(server),
          httpServer_(httpServer) {
        idle_.setSingleShot(true);
        connect(&idle_, &QTimer::timeout, socket_, &QTcpSocket::abort);
        idle_.start(limits_.idleTimeoutMs);
        deadline_.setSingleShot(true);
        connect(&deadline_, &QTimer::timeout, this, &GuardedConnection::onDeadline);
        connect(socket_, &QTcpSocket::readyRead, this, &GuardedConnection::onReadyRead);
        connect(socket_, &QTcpSocket::bytesWritten, this, &GuardedConnection::onBytesWritten);
        startDeadline(limits_.headTimeoutMs, headTooSlow());
    }

private:
    enum class Stage { Head, Body, Streaming, Closing };

    QString headTooSlow() const {
        return QStringLiteral("the request head did not arrive within %1 s; send it whole")
            .arg(seconds(limits_.headTimeoutMs));
    }

    void onReadyRead() {
        idle_.start(limits_.idleTimeoutMs);
        switch (stage_) {
            case Stage::Head:
                watchHead();
                break;
            case Stage::Body:
                watchBody();
                break;
            case Stage::Streaming:
                streamBody();
                break;
            case Stage::Closing:
                socket_->readAll();
                break;
        }
    }

    void onBytesWritten() {
        idle_.start(limits_.idleTimeoutMs);
        if (stage_ == Stage::Closing && socket_->bytesToWrite() == 0) {
            // Half-close rather than close: closing with unread request bytes would reset the
            // connection and could destroy the answer before the client reads it.
            ::shutdown(int(socket_->socketDescriptor()), SHUT_WR);
            QTimer::singleShot(kLingerMs, socket_, &QTcpSocket::abort);
        }
    }

    void watchHead() {
        const qint64 available = socket_->bytesAvailable();
        if (head_.isEmpty() && !deadline_.isActive()) {
            startDeadline(limits_.headTimeoutMs, headTooSlow());
        }
        const qsizetype before = head_.size();
        head_ += socket_->peek(std::min(available, kMaxHeadBytes));
        const qsizetype end = head_.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head_.size() >= kMaxHeadBytes) {
                socket_->abort();
            }
            return;
        }
        const std::optional<RequestHead> head = RequestHead::parse(head_.left(end));
        const qint64 bodySeen = before + available - (end + 4);
        head_.clear();
        if (!head) {
            awaitNextHead();  // Qt HTTP Server answers what it cannot parse
            return;
        }
        if (const StreamedRoute* route = server_.streamedRouteFor(*head)) {
            takeOver(*head, *route);
            return;
        }
        if (head->contentLength > limits_.maxBodyBytes) {
            detachFromHttpServer();
            answerAndClose(problemFromException(RequestError(
                RequestError::Kind::TooLarge,
                QStringLiteral("the body declares %1 bytes and this endpoint accepts at most %2; "
                               "send a smaller request or split the work")
                    .arg(head->contentLength)
                    .arg(limits_.maxBodyBytes))));
            return;
        }
        // A chunked body has no length to check up front, and Qt HTTP Server would buffer it all.
        if (head->chunked) {
            detachFromHttpServer();
            answerAndClose(problemFromException(
                RequestError(RequestError::Kind::LengthRequired,
                             QStringLiteral("send the body with a Content-Length header, not "
                                            "chunked"))));
            return;
        }
        bodyLeft_ = std::max<qint64>(0, head->contentLength) - bodySeen;
        if (bodyLeft_ <= 0) {
            awaitNextHead();
            return;
        }
        stage_ = Stage::Body;
        startDeadline(bodyDeadlineMs(head->contentLength), bodyTooSlow());
    }

    void watchBody() {
        bodyLeft_ -= socket_->bytesAvailable();
        if (bodyLeft_ <= 0) {
            awaitNextHead();
        }
    }

    void awaitNextHead() {
        stage_ = Stage::Head;
        deadline_.stop();
    }

    // From here on this connection is ours: its request is streamed, answered, and closed.
    void takeOver(const RequestHead& head, const StreamedRoute& route) {
        detachFromHttpServer();
        stage_ = Stage::Streaming;
        const qsizetype headEnd = socket_->peek(kMaxHeadBytes).indexOf("\r\n\r\n");
        if (headEnd < 0) {
            socket_->abort();  // the head's bytes are no longer where the body must start
            return;
        }
        socket_->read(headEnd + 4);
        StreamedStart start;
        try {
            start = route(head);
        } catch (const std::exception& error) {
            answerAndClose(problemFromException(error));
            return;
        }
        if (start.refusal) {
            answerAndClose(*start.refusal);
            return;
        }
        if (head.chunked || head.contentLength < 0) {
            answerAndClose(problemFromException(RequestError(
                RequestError::Kind::LengthRequired,
                QStringLiteral("send the upload with a Content-Length header, not chunked"))));
            return;
        }
        body_ = std::move(start.body);
        bodyLeft_ = head.contentLength;
        if (head.header("expect").toLower() == "100-continue") {
            socket_->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        startDeadline(bodyDeadlineMs(head.contentLength), bodyTooSlow());
        streamBody();
    }

    void streamBody() {
        try {
            while (bodyLeft_ > 0 && socket_->bytesAvailable() > 0) {
                const QByteArray chunk = socket_->read(std::min(bodyLeft_, kChunkBytes));
                bodyLeft_ -= chunk.size();
                body_->append(chunk);
            }
            if (bodyLeft_ == 0) {
                deadline_.stop();
                answerAndClose(body_->finish());
            }
        } catch (const std::exception& error) {
            answerAndClose(problemFromException(error));
        }
    }

    // Qt HTTP Server reads a request inside a socket transaction until the request is complete;
    // rolling that back returns the bytes it had read of this one.
    void detachFromHttpServer() {
        QObject::disconnect(socket_, &QTcpSocket::readyRead, httpServer_, nullptr);
        if (socket_->isTransactionStarted()) {
            socket_->rollbackTransaction();
        }
    }

    void answerAndClose(const QHttpServerResponse& response) {
        stage_ = Stage::Closing;
        deadline_.stop();
        body_.reset();
        socket_->readAll();
        socket_->write(rawHttpResponse(response));
    }

    QString bodyTooSlow() const {
        return QStringLiteral(
                   "the request body arrived slower than %1/s; send it faster or in "
                   "smaller pieces")
            .arg(QLocale::c().formattedDataSize(limits_.minBodyBytesPerSecond));
    }

    int bodyDeadlineMs(qint64 length) const {
        const qint64 ms = limits_.bodyGraceMs +
                          length * 1000 / std::max<qint64>(1, limits_.minBodyBytesPerSecond);
        return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
    }

    void startDeadline(int ms, const QString& reason) {
        deadlineReason_ = reason;
        deadline_.start(ms);
    }

    void onDeadline() {
        detachFromHttpServer();
        answerAndClose(
            problemFromException(RequestError(RequestError::Kind::TimedOut, deadlineReason_)));
    }

    QTcpSocket* socket_;
    const ConnectionLimits& limits_;
    const GuardedTcpServer& server_;
    QObject* httpServer_;
    QTimer idle_;
    QTimer deadline_;
    QString deadlineReason_;
    Stage stage_ = Stage::Head;
    QByteArray head_;
    qint64 bodyLeft_ = 0;
    std::unique_ptr<StreamedBody> body_;
};

// The Content-Length of an answer's head; -1 when it has none (the body lasts until the close).
qint64 announcedLength(const QByteArray& head) {
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

void refuseBusy(QTcpSocket* socket, int limit) {
    QHttpServerResponse response = problemFromException(RequestError(
        RequestError::Kind::Busy,
        QStringLiteral("%1 connections are open, the most this server accepts; retry shortly")
            .arg(limit)));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kLingerMs, socket, &QTcpSocket::abort);
    socket->write(rawHttpResponse(response));
    socket->disconnectFromHost();
}

}  // namespace

std::optional<RequestHead> RequestHead::parse(const QByteArray& bytes) {
    const QList<QByteArray> lines = bytes.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return std::nullopt;
    }
    RequestHead head;
    head.method = requestLine.at(0);
    head.url = QUrl::fromEncoded(requestLine.at(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        head.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            head.contentLength = value.toLongLong(&ok);
            if (!ok || head.contentLength < 0) {
                return std::nullopt;
            }
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            head.chunked = value.toLower().contains("chunked");
        }
    }
    return head;
}

QByteArray RequestHead::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, std::shared_ptr<int> openConnections,
                                   QObject* httpServer)
    : QTcpServer(httpServer),
      limits_(limits),
      openConnections_(std::move(openConnections)),
      httpServer_(httpServer) {}

void GuardedTcpServer::addStreamedRoute(const QByteArray& method, const QString& path,
                                        StreamedRoute route) {
    routes_.append(Route{method, path, std::move(route)});
}

const StreamedRoute* GuardedTcpServer::streamedRouteFor(const RequestHead& head) const {
    for (const Route& route : routes_) {
        if (route.method == head.method && route.path == head.url.path()) {
            return &route.handler;
        }
    }
    return nullptr;
}

void ApiSocket::omitNextBody() {
    omitting_ = Omitting::AfterHead;
    head_.clear();
}

void ApiSocket::endOmittedBody() {
    if (omitting_ == Omitting::Body) {
        omitting_ = Omitting::Nothing;
    }
}

qint64 ApiSocket::writeData(const char* data, qint64 size) {
    qint64 at = 0;
    while (at < size && omitting_ != Omitting::Nothing) {
        if (omitting_ == Omitting::AfterHead) {
            // The head may arrive in pieces; the blank line may straddle two of them.
            const qsizetype before = head_.size();
            head_.append(data + at, size - at);
            const qsizetype end = head_.indexOf("\r\n\r\n");
            const qint64 headBytes = end < 0 ? size - at : end + 4 - before;
            if (QTcpSocket::writeData(data + at, headBytes) < 0) {
                return -1;
            }
            at += headBytes;
            if (end >= 0) {
                bodyLeft_ = announcedLength(head_.left(end));
                head_.clear();
                omitting_ = bodyLeft_ == 0 ? Omitting::Nothing : Omitting::Body;
            }
        } else {
            const qint64 dropped = bodyLeft_ < 0 ? size - at : std::min(bodyLeft_, size - at);
            at += dropped;
            if (bodyLeft_ > 0) {
                bodyLeft_ -= dropped;
                if (bodyLeft_ == 0) {
                    omitting_ = Omitting::Nothing;
                }
            }
        }
    }
    if (at < size && QTcpSocket::writeData(data + at, size - at) < 0) {
        return -1;
    }
    return size;
}

void omitNextBody(QTcpSocket* socket) {
    if (auto* api = qobject_cast<ApiSocket*>(socket)) {
        api->omitNextBody();
    }
}

void endOmittedBody(QTcpSocket* socket) {
    if (auto* api = qobject_cast<ApiSocket*>(socket)) {
        api->endOmittedBody();
    }
}

bool isOmittingBody(const QTcpSocket* socket) {
    const auto* api = qobject_cast<const ApiSocket*>(socket);
    return api && api->isOmittingBody();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto* socket = new ApiSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (*openConnections_ >= limits_.maxConnections) {
        refuseBusy(socket, limits_.maxConnections);
        return;
    }
    ++*openConnections_;
    connect(socket, &QObject::destroyed, [open = openConnections_] { --*open; });
    // Whatever still streams to a closed connection goes with it, and so does its place in the
    // count.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    new GuardedConnection(socket, limits_, *this, httpServer_);
    addPendingConnection(socket);
}

}  // namespace sonara::core::api
