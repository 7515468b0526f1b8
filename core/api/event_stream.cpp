#include "core/api/event_stream.h"

#include "core/api/cors.h"
#include "core/api/guarded_tcp_server.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace sonara::core::api {
namespace {

constexpr int kKeepAliveMs = 15000;

}  // namespace

EventStream::EventStream(QHttpServerResponder&& responder, QString subject)
    : QObject(responder.socket()),
      responder_(std::make_unique<QHttpServerResponder>(std::move(responder))),
      subject_(std::move(subject)) {
    responder_->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    writeCorsHeaders(*responder_);
    responder_->writeHeader(QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("text/event-stream"));
    responder_->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // The stream has no length; closing the connection is how it ends.
    responder_->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    auto* keepAlive = new QTimer(this);
    connect(keepAlive, &QTimer::timeout, this,
            [this] { write(QByteArrayLiteral(": keep-alive\n\n")); });
    keepAlive->start(kKeepAliveMs);
    // Ends the head at once, so a client knows the stream is open before the first event.
    write(QByteArrayLiteral(": open\n\n"));
    // A HEAD gets the head alone: there is nothing to follow.
    if (isOmittingBody(responder_->socket())) {
        close();
    }
}

EventStream::~EventStream() = default;

void EventStream::event(const char* name, const QJsonObject& data, qint64 id) {
    if (closed_) {
        return;
    }
    write((id > 0 ? QByteArrayLiteral("id: ") + QByteArray::number(id) + '\n' : QByteArray()) +
          QByteArrayLiteral("event: ") + name + QByteArrayLiteral("\ndata: ") +
          QJsonDocument(data).toJson(QJsonDocument::Compact) + QByteArrayLiteral("\n\n"));
}

void EventStream::close() {
    if (closed_) {
        return;
    }
    closed_ = true;
    if (QTcpSocket* socket = responder_->socket()) {
        socket->flush();
        socket->disconnectFromHost();
    }
    deleteLater();
}

void EventStream::write(const QByteArray& bytes) {
    responder_->writeBody(bytes);
}

}  // namespace sonara::core::api
