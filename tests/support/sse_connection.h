#pragma once

// A server-sent-events connection for the local API tests, read as the events arrive: raw HTTP
// over a loopback socket, driven from the thread that also runs the server.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <functional>

namespace sonara::test {

struct SseEvent {
    qint64 id = 0;  // 0: the event had no id line
    QByteArray name;
    QJsonObject data;
};

class SseConnection {
public:
    SseConnection(quint16 port, const QByteArray& token, const QByteArray& path,
                  const QByteArray& lastEventId = {}) {
        socket_.connectToHost(QHostAddress::LocalHost, port);
        socket_.waitForConnected(5000);
        QByteArray request =
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
            "\r\nAuthorization: Bearer " + token + "\r\nAccept: text/event-stream\r\n";
        if (!lastEventId.isEmpty()) {
            request += "Last-Event-ID: " + lastEventId + "\r\n";
        }
        socket_.write(request + "\r\n");
    }

    // Reads until `done` holds for the events so far, the server closes, or the time is up;
    // returns whether `done` held.
    bool readUntil(const std::function<bool(const QList<SseEvent>&)>& done, int timeoutMs) {
        QElapsedTimer clock;
        clock.start();
        while (!done(events) && clock.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            if (socket_.bytesAvailable() || socket_.waitForReadyRead(10)) {
                parse(socket_.readAll());
            } else if (socket_.state() != QAbstractSocket::ConnectedState) {
                closed_ = true;
                break;
            }
        }
        return done(events);
    }
    // Reads until the server ends the stream; returns whether it did in time.
    bool readToEnd(int timeoutMs) {
        readUntil([this](const QList<SseEvent>&) { return closed_; }, timeoutMs);
        return closed_;
    }
    void close() { socket_.abort(); }

    int status = 0;
    QByteArray head;
    QByteArray body;  // everything after the head, as sent
    QList<SseEvent> events;

private:
    void parse(const QByteArray& bytes) {
        QByteArray rest = bytes;
        if (status == 0) {
            headBytes_ += bytes;
            const qsizetype end = headBytes_.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            head = headBytes_.left(end);
            rest = headBytes_.mid(end + 4);
            status = head.split(' ').value(1).toInt();
        }
        body += rest;
        pending_ += rest;
        for (qsizetype end; (end = pending_.indexOf("\n\n")) >= 0;) {
            SseEvent event;
            bool hasData = false;
            for (const QByteArray& line : pending_.left(end).split('\n')) {
                if (line.startsWith("id: ")) {
                    event.id = line.mid(4).toLongLong();
                } else if (line.startsWith("event: ")) {
                    event.name = line.mid(7);
                } else if (line.startsWith("data: ")) {
                    event.data = QJsonDocument::fromJson(line.mid(6)).object();
                    hasData = true;
                }
            }
            pending_.remove(0, end + 2);
            if (hasData) {
                events.append(event);
            }
        }
        if (status != 200) {
            // A problem answer: its body is JSON, not events.
            pending_.clear();
        }
    }

    QTcpSocket socket_;
    QByteArray headBytes_;
    QByteArray pending_;
    bool closed_ = false;
};

}  // namespace sonara::test
