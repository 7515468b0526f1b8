#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <memory>

class QHttpServerResponder;

namespace sonara::core::api {

// One server-sent-events connection: progress events until the final state of what it follows
// (a job, a model download), then close. It lives as long as its connection's socket, so a
// signal connected with the stream as context stops when the client goes away.
class EventStream : public QObject {
public:
    EventStream(QHttpServerResponder&& responder, QString subject);
    ~EventStream() override;

    const QString& subject() const { return subject_; }

    // `id` (when positive) is the event's SSE id, which a client that reconnects sends back as
    // Last-Event-ID. Nothing is written once the stream is closed.
    void event(const char* name, const QJsonObject& data, qint64 id = 0);
    void close();
    bool isClosed() const { return closed_; }

private:
    void write(const QByteArray& bytes);

    std::unique_ptr<QHttpServerResponder> responder_;
    QString subject_;
    bool closed_ = false;
};

}  // namespace sonara::core::api
