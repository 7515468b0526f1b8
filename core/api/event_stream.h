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

    void event(const char* name, const QJsonObject& data);
    void close();

private:
    void write(const QByteArray& bytes);

    std::unique_ptr<QHttpServerResponder> responder_;
    QString subject_;
};

}  // namespace sonara::core::api
