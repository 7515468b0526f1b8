#include "core/api/webhooks.h"

#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/job_manager.h"
#include "core/store/job_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace sonara::core::api {
namespace {

using Kind = ValidationError::Kind;

QByteArray newSecret() {
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return "whsec_" + QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

QByteArray signature(const QByteArray& secret, const QByteArray& body) {
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

}  // namespace

struct WebhookDispatcher::Registration {
    QString id;
    QUrl url;
    QStringList jobs;
    QString label;
    QSet<QByteArray> events;
    QByteArray secret;
    QDateTime createdAt;
    std::deque<JobEvent> pending;
    QNetworkReply* inFlight = nullptr;
    // Tries of the event at the front of `pending` so far.
    int attempts = 0;
    QTimer retry;
    qint64 delivered = 0;
    qint64 givenUp = 0;
    QString lastError;
};

WebhookDispatcher::WebhookDispatcher(EngineHost& host, JobEventLog& log, WebhookOptions options,
                                     QObject* parent)
    : QObject(parent),
      host_(host),
      log_(log),
      options_(options),
      network_(std::make_unique<QNetworkAccessManager>()) {
    // The receivers are on this machine: no proxy from the environment may stand between.
    network_->setProxy(QNetworkProxy::NoProxy);
    connect(&log_, &JobEventLog::appended, this, &WebhookDispatcher::onEvent);
}

WebhookDispatcher::~WebhookDispatcher() {
    for (const auto& hook : std::as_const(hooks_)) {
        if (hook->inFlight) {
            hook->inFlight->disconnect(this);
            hook->inFlight->abort();
        }
    }
}

QUrl WebhookDispatcher::loopbackUrl(const QString& given) {
    const QUrl url(given, QUrl::StrictMode);
    const QString host = url.host().toLower();
    const bool loopback = host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
                          host == QLatin1String("localhost");
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !loopback ||
        !url.userInfo().isEmpty() || !url.fragment().isEmpty()) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("url"),
                              QStringLiteral("'%1' is not a loopback URL; webhooks are sent only "
                                             "to http://127.0.0.1, http://[::1] or "
                                             "http://localhost (with a port and path of yours), "
                                             "e.g. http://127.0.0.1:8765/sonara")
                                  .arg(given.left(200)));
    }
    return url;
}

QJsonObject WebhookDispatcher::add(const WebhookRequest& request) {
    if (hooks_.size() >= options_.maxRegistrations) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("url"),
                              QStringLiteral("%1 webhooks are registered, the most this server "
                                             "keeps; DELETE /v1/webhooks/{id} those no longer "
                                             "needed")
                                  .arg(hooks_.size()));
    }
    auto hook = std::make_shared<Registration>();
    hook->id = QStringLiteral("wh_") + QUuid::createUuid().toString(QUuid::Id128);
    hook->url = request.url;
    hook->jobs = request.jobs;
    hook->label = request.label;
    hook->events = request.events;
    hook->secret = newSecret();
    hook->createdAt = QDateTime::currentDateTimeUtc();
    hook->retry.setSingleShot(true);
    connect(&hook->retry, &QTimer::timeout, this, [this, id = hook->id] {
        if (const auto found = hooks_.value(id)) {
            deliverNext(*found);
        }
    });
    hooks_.insert(hook->id, hook);
    order_.append(hook->id);
    // A listed job that finished before the registration is reported now.
    if (hook->events.contains("finished")) {
        for (const QString& id : std::as_const(hook->jobs)) {
            const std::optional<store::JobRecord> job = host_.jobs().job(id);
            if (job && store::isFinished(job->state) && !host_.jobs().isRunning(id)) {
                for (const JobEvent& event : log_.snapshot(*job)) {
                    if (event.name == "finished") {
                        enqueue(*hook, event);
                    }
                }
            }
        }
    }
    QJsonObject created = toJson(*hook);
    created.insert(QStringLiteral("secret"), QString::fromLatin1(hook->secret));
    return created;
}

QJsonObject WebhookDispatcher::find(const QString& id) const {
    const auto hook = hooks_.value(id);
    return hook ? toJson(*hook) : QJsonObject();
}

QList<QJsonObject> WebhookDispatcher::list() const {
    QList<QJsonObject> all;
    for (const QString& id : order_) {
        all.append(toJson(*hooks_.value(id)));
    }
    return all;
}

bool WebhookDispatcher::remove(const QString& id) {
    const auto hook = hooks_.take(id);
    if (!hook) {
        return false;
    }
    order_.removeOne(id);
    if (hook->inFlight) {
        hook->inFlight->disconnect(this);
        hook->inFlight->abort();
        hook->inFlight->deleteLater();
    }
    return true;
}

void WebhookDispatcher::onEvent(const JobEvent& event) {
    for (const QString& id : std::as_const(order_)) {
        Registration& hook = *hooks_.value(id);
        if (wants(hook, event)) {
            enqueue(hook, event);
        }
    }
}

bool WebhookDispatcher::wants(const Registration& hook, const JobEvent& event) const {
    if (!hook.events.contains(event.name)) {
        return false;
    }
    if (!hook.jobs.isEmpty() && !hook.jobs.contains(event.job)) {
        return false;
    }
    if (!hook.label.isEmpty()) {
        const std::optional<store::JobRecord> job = host_.jobs().job(event.job);
        return job && job->label == hook.label;
    }
    return true;
}

void WebhookDispatcher::enqueue(Registration& hook, const JobEvent& event) {
    hook.pending.push_back(event);
    // The event at the front may be in flight; the oldest waiting after it goes first.
    while (static_cast<int>(hook.pending.size()) > std::max(2, options_.maxPending)) {
        hook.pending.erase(hook.pending.begin() + 1);
        ++hook.givenUp;
        hook.lastError = QStringLiteral(
                             "more than %1 events were waiting; the oldest were "
                             "given up")
                             .arg(options_.maxPending);
    }
    deliverNext(hook);
}

void WebhookDispatcher::deliverNext(Registration& hook) {
    if (hook.inFlight || hook.pending.empty() || hook.retry.isActive()) {
        return;
    }
    const JobEvent& event = hook.pending.front();
    const QByteArray body = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
    QNetworkRequest request(hook.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Sonara-Webhook/1"));
    request.setRawHeader("Sonara-Webhook-Id", hook.id.toLatin1());
    request.setRawHeader("Sonara-Event", event.name);
    request.setRawHeader("Sonara-Event-Id", QByteArray::number(event.id));
    request.setRawHeader("Sonara-Delivery-Attempt", QByteArray::number(hook.attempts + 1));
    request.setRawHeader("Sonara-Signature", signature(hook.secret, body));
    // A redirect could lead off this machine; it counts as a failed delivery instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(options_.timeoutMs);
    QNetworkReply* reply = network_->post(request, body);
    hook.inFlight = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, id = hook.id, reply] { onReplied(id, reply); });
}

void WebhookDispatcher::onReplied(const QString& id, QNetworkReply* reply) {
    reply->deleteLater();
    const auto hook = hooks_.value(id);
    if (!hook || hook->inFlight != reply) {
        return;
    }
    hook->inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        hook->pending.pop_front();
        hook->attempts = 0;
        ++hook->delivered;
        deliverNext(*hook);
        return;
    }
    ++hook->attempts;
    hook->lastError =
        status > 0
            ? QStringLiteral("the receiver answered %1").arg(status)
            : QStringLiteral("the receiver could not be reached: %1").arg(reply->errorString());
    if (hook->attempts >= options_.maxAttempts) {
        hook->pending.pop_front();
        hook->attempts = 0;
        ++hook->givenUp;
        deliverNext(*hook);
        return;
    }
    const qint64 delay = std::min<qint64>(
        qint64(options_.retryBaseMs) << std::min(hook->attempts - 1, 20), options_.maxRetryDelayMs);
    hook->retry.start(int(delay));
}

QJsonObject WebhookDispatcher::toJson(const Registration& hook) const {
    QStringList events;
    for (const QByteArray& name : hook.events) {
        events.append(QString::fromLatin1(name));
    }
    events.sort();
    QJsonObject json{{QStringLiteral("id"), hook.id},
                     {QStringLiteral("url"), hook.url.toString()},
                     {QStringLiteral("jobs"), QJsonArray::fromStringList(hook.jobs)},
                     {QStringLiteral("label"), hook.label},
                     {QStringLiteral("events"), QJsonArray::fromStringList(events)},
                     {QStringLiteral("created_at"), hook.createdAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("delivered"), hook.delivered},
                     {QStringLiteral("given_up"), hook.givenUp},
                     {QStringLiteral("pending"), qint64(hook.pending.size())}};
    json.insert(QStringLiteral("last_error"),
                hook.lastError.isEmpty() ? QJsonValue() : QJsonValue(hook.lastError));
    return json;
}

}  // namespace sonara::core::api
