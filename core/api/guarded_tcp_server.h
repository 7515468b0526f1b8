#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace sonara::core::api {

// How long and how much one client may take. Qt HTTP Server 6.4 has no timeouts of its own.
struct ConnectionLimits {
    // A request head must arrive whole within this, counted from the connection's opening or the
    // head's first byte; a client trickling a byte every few seconds is answered 408.
    int headTimeoutMs = 10000;
    // A body must arrive within bodyGraceMs plus its length at minBodyBytesPerSecond, else 408.
    int bodyGraceMs = 10000;
    qint64 minBodyBytesPerSecond = 256 * 1024;
    // A connection that sends and receives nothing for this long is closed (event streams send a
    // comment every 15 s, so they stay open).
    int idleTimeoutMs = 60000;
    // Connections beyond this many open at once are answered 503.
    int maxConnections = 128;
    // A request for Qt HTTP Server declaring a longer body is answered 413 before the body is
    // read, since Qt HTTP Server would hold it all in memory. Streamed routes set their own.
    qint64 maxBodyBytes = 1LL << 20;
};

// A request head as it came off the wire.
struct RequestHead {
    QByteArray method;
    QUrl url;  // path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1;  // -1 when the head declares none
    bool chunked = false;

    // Null when the bytes (without the final blank line) are not an HTTP/1.x request head.
    static std::optional<RequestHead> parse(const QByteArray& bytes);
    // The first value of a header, by case-insensitive name.
    QByteArray header(const QByteArray& name) const;
};

// Receives one streamed request's body, chunk by chunk.
class StreamedBody {
public:
    virtual ~StreamedBody() = default;
    // May throw; the exception is answered through problemFromException.
    virtual void append(const QByteArray& chunk) = 0;
    // The response once the whole body has arrived; may throw likewise.
    virtual QHttpServerResponse finish() = 0;
};

// What a streamed route makes of a request head: a refusal to send, or the body's receiver.
struct StreamedStart {
    std::unique_ptr<QHttpServerResponse> refusal;
    std::unique_ptr<StreamedBody> body;
};
using StreamedRoute = std::function<StreamedStart(const RequestHead&)>;

// A connection of the local API. It can send its next answer without the body, which is how a
// HEAD is answered: as its GET, headers and Content-Length included, body left out (RFC 9110
// section 9.3.2), whatever route and whatever kind of writer (a response, a file, a stream)
// answers it.
class ApiSocket : public QTcpSocket {
    Q_OBJECT

public:
    using QTcpSocket::QTcpSocket;

    // The next answer written goes out up to the end of its head; the body its Content-Length
    // announces (or, without one, everything until the connection closes) is dropped.
    void omitNextBody();
    // The answer whose body is being left out will write none (a HEAD of a file need not read
    // the file): what is written next goes out.
    void endOmittedBody();
    bool isOmittingBody() const { return omitting_ == Omitting::Body; }

protected:
    qint64 writeData(const char* data, qint64 size) override;

private:
    enum class Omitting { Nothing, AfterHead, Body };
    Omitting omitting_ = Omitting::Nothing;
    QByteArray head_;
    // Body bytes still to drop; -1: all of them.
    qint64 bodyLeft_ = 0;
};

// Marks the socket of a HEAD request (a no-op on any other kind of socket).
void omitNextBody(QTcpSocket* socket);
void endOmittedBody(QTcpSocket* socket);
// Whether the body being written to `socket` is left out (the answer to a HEAD).
bool isOmittingBody(const QTcpSocket* socket);

// The listening socket under the local API, which sees every connection before Qt HTTP Server
// does. It enforces ConnectionLimits, and takes the requests of streamed routes away from Qt
// HTTP Server, which would buffer their whole body in memory, to stream them instead.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT

public:
    // `httpServer` is the QHttpServer this listener is bound to; `openConnections` is shared by
    // the listeners of one API so that the limit holds across addresses.
    GuardedTcpServer(ConnectionLimits limits, std::shared_ptr<int> openConnections,
                     QObject* httpServer);

    void addStreamedRoute(const QByteArray& method, const QString& path, StreamedRoute route);
    // Null when Qt HTTP Server handles the request.
    const StreamedRoute* streamedRouteFor(const RequestHead& head) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Route {
        QByteArray method;
        QString path;
        StreamedRoute handler;
    };

    ConnectionLimits limits_;
    std::shared_ptr<int> openConnections_;
    QObject* httpServer_;
    QList<Route> routes_;
};

}  // namespace sonara::core::api
