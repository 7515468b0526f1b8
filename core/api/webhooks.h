#pragma once

#include "core/api/job_event_log.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sonara::core {
class EngineHost;
}  // namespace sonara::core

namespace sonara::core::api {

struct WebhookOptions {
    // The first retry waits this long; each further one twice as long, up to maxRetryDelayMs.
    int retryBaseMs = 1000;
    int maxRetryDelayMs = 5 * 60 * 1000;
    // Tries per event before it is given up (about 20 minutes with the defaults).
    int maxAttempts = 10;
    // A receiver that has not answered within this is tried again later.
    int timeoutMs = 10000;
    // Events waiting per registration; past this the oldest are given up.
    int maxPending = 10000;
    int maxRegistrations = 100;
};

// What a client asks to be sent: the events of some jobs (or of every job, of a label) to a
// loopback URL.
struct WebhookRequest {
    QUrl url;
    QStringList jobs;
    QString label;
    QSet<QByteArray> events;  // "progress", "finished"
};

// Job events POSTed to loopback URLs that scripts register, for scripts that hold no connection.
// Each registration gets the events of the job event log (the payloads the event streams send)
// in order, one delivery at a time, signed with its own secret: `Sonara-Signature: sha256=<hex
// HMAC-SHA256 of the body>`. A delivery that is not answered 2xx in time is retried with
// exponential backoff, so a receiver gets each event at least once (deduplicate by
// Sonara-Event-Id). Sending never blocks the server: replies arrive on its event loop.
// Registrations last as long as the server runs.
class WebhookDispatcher : public QObject {
public:
    WebhookDispatcher(EngineHost& host, JobEventLog& log, WebhookOptions options,
                      QObject* parent = nullptr);
    ~WebhookDispatcher() override;

    // Checks the request (ValidationError naming the field otherwise) and registers it; the
    // answer is the only one that carries the secret. Listed jobs that have already finished
    // get their "finished" event at once, so a registration made late misses nothing.
    QJsonObject add(const WebhookRequest& request);
    // Null when there is no such registration.
    QJsonObject find(const QString& id) const;
    QList<QJsonObject> list() const;
    // False when there is no such registration.
    bool remove(const QString& id);

    // Throws ValidationError naming "url" unless it is http:// to 127.0.0.1, [::1] or localhost.
    static QUrl loopbackUrl(const QString& given);

private:
    struct Registration;

    void onEvent(const JobEvent& event);
    bool wants(const Registration& hook, const JobEvent& event) const;
    void enqueue(Registration& hook, const JobEvent& event);
    void deliverNext(Registration& hook);
    void onReplied(const QString& id, QNetworkReply* reply);
    QJsonObject toJson(const Registration& hook) const;

    EngineHost& host_;
    JobEventLog& log_;
    WebhookOptions options_;
    std::unique_ptr<QNetworkAccessManager> network_;
    QHash<QString, std::shared_ptr<Registration>> hooks_;
    QStringList order_;
};

}  // namespace sonara::core::api
