#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace sonara::test {

// A minimal HTTP/1.1 file server on loopback for download tests: serves in-memory files, honours
// `Range: bytes=N-` with 206, and can drop the connection halfway through a file once, the way a
// flaky network does. Lives on the thread that calls listen().
class RangeFileServer : public QTcpServer {
public:
    void addFile(const QString& path, const QByteArray& content) {
        QMutexLocker lock(&mutex_);
        files_.insert(path, content);
    }
    // The next request for `path` gets the full Content-Length but only half the body.
    void dropOnce(const QString& path) {
        QMutexLocker lock(&mutex_);
        dropOnce_.insert(path);
    }
    // Later requests for `path` get its body at about this many bytes a second (0: at once), the
    // way a slow host does, so that a download can be watched and stopped halfway.
    void throttle(const QString& path, qint64 bytesPerSecond) {
        QMutexLocker lock(&mutex_);
        throttles_.insert(path, bytesPerSecond);
    }
    // Offsets requested for `path`, in order (0 for a request without Range).
    QList<qint64> requestedOffsets(const QString& path) const {
        QMutexLocker lock(&mutex_);
        return offsets_.value(path);
    }

protected:
    void incomingConnection(qintptr descriptor) override {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
    }

private:
    void serve(QTcpSocket* socket) {
        QByteArray& buffer = pending_[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = buffer.left(end);
        pending_.remove(socket);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        qint64 offset = 0;
        const auto range = QRegularExpression(QStringLiteral("(?i)\\r\\nRange: bytes=(\\d+)-"))
                               .match(QString::fromLatin1(head));
        if (range.hasMatch()) {
            offset = range.captured(1).toLongLong();
        }
        QByteArray content;
        bool found = false;
        bool drop = false;
        qint64 bytesPerSecond = 0;
        {
            QMutexLocker lock(&mutex_);
            found = files_.contains(path);
            content = files_.value(path);
            offsets_[path].append(offset);
            drop = dropOnce_.remove(path);
            bytesPerSecond = throttles_.value(path);
        }
        if (found && bytesPerSecond > 0 && offset < content.size()) {
            trickle(socket, offset, content, bytesPerSecond);
            return;
        }
        QByteArray response;
        if (!found) {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (offset >= content.size() && offset > 0) {
            response = "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" +
                       QByteArray::number(content.size()) +
                       "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            const QByteArray body = content.mid(offset);
            response = (offset > 0 ? QByteArray("HTTP/1.1 206 Partial Content\r\nContent-Range: "
                                                "bytes ") +
                                         QByteArray::number(offset) + '-' +
                                         QByteArray::number(content.size() - 1) + '/' +
                                         QByteArray::number(content.size()) + "\r\n"
                                   : QByteArray("HTTP/1.1 200 OK\r\n")) +
                       "Content-Type: application/octet-stream\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                       (drop ? body.left(body.size() / 2) : body);
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    void trickle(QTcpSocket* socket, qint64 offset, const QByteArray& content,
                 qint64 bytesPerSecond) {
        const QByteArray body = content.mid(offset);
        socket->write((offset > 0 ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " +
                                        QByteArray::number(offset) + '-' +
                                        QByteArray::number(content.size() - 1) + '/' +
                                        QByteArray::number(content.size()) + "\r\n"
                                  : QByteArray("HTTP/1.1 200 OK\r\n")) +
                      "Content-Type: application/octet-stream\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
        constexpr int kTickMs = 20;
        const qint64 perTick = std::max<qint64>(1, bytesPerSecond * kTickMs / 1000);
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, body, perTick, sent] {
            socket->write(body.mid(*sent, perTick));
            *sent += perTick;
            if (*sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(kTickMs);
    }

    mutable QMutex mutex_;
    QHash<QString, QByteArray> files_;
    QSet<QString> dropOnce_;
    QHash<QString, qint64> throttles_;
    QHash<QString, QList<qint64>> offsets_;
    QHash<QTcpSocket*, QByteArray> pending_;
};

}  // namespace sonara::test
