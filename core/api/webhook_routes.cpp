#include "core/api/api_routes.h"
#include "core/api/job_json.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/api/webhooks.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/job_manager.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>

namespace sonara::core::api {
namespace {

using Kind = ValidationError::Kind;
using Status = QHttpServerResponse::StatusCode;

constexpr int kMaxWebhookJobs = 1000;
const QStringList kWebhookFields{QStringLiteral("url"), QStringLiteral("jobs"),
                                 QStringLiteral("label"), QStringLiteral("events")};

QStringList stringList(const QJsonObject& body, const QString& field) {
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    QStringList strings;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString() || entry.toString().isEmpty()) {
            strings.clear();
            break;
        }
        strings.append(entry.toString());
    }
    if (!value.isArray() || strings.size() != value.toArray().size()) {
        throw ValidationError(Kind::Malformed, field,
                              QStringLiteral("'%1' must be a list of strings").arg(field));
    }
    strings.removeDuplicates();
    return strings;
}

WebhookRequest webhookRequest(EngineHost& host, const QJsonObject& body) {
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kWebhookFields.contains(it.key())) {
            throw ValidationError(Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a webhook takes %2")
                                      .arg(it.key(), kWebhookFields.join(QStringLiteral(", "))));
        }
    }
    const QJsonValue url = body.value(QStringLiteral("url"));
    if (url.isUndefined() || url.isNull()) {
        throw ValidationError(Kind::Missing, QStringLiteral("url"),
                              QStringLiteral("say where to send the events, e.g. \"url\": "
                                             "\"http://127.0.0.1:8765/sonara\""));
    }
    if (!url.isString()) {
        throw ValidationError(Kind::Malformed, QStringLiteral("url"),
                              QStringLiteral("'url' must be a string"));
    }
    WebhookRequest request;
    request.url = WebhookDispatcher::loopbackUrl(url.toString());
    request.jobs = stringList(body, QStringLiteral("jobs"));
    if (request.jobs.size() > kMaxWebhookJobs) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("jobs"),
                              QStringLiteral("%1 jobs listed; list at most %2, or give them a "
                                             "label and register the label")
                                  .arg(request.jobs.size())
                                  .arg(kMaxWebhookJobs));
    }
    for (const QString& id : std::as_const(request.jobs)) {
        if (!host.jobs().job(id)) {
            throw ValidationError(
                Kind::Unknown, QStringLiteral("jobs"),
                QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(id));
        }
    }
    const QJsonValue label = body.value(QStringLiteral("label"));
    if (!label.isUndefined() && !label.isNull() && !label.isString()) {
        throw ValidationError(Kind::Malformed, QStringLiteral("label"),
                              QStringLiteral("'label' must be a string"));
    }
    request.label = label.toString();
    if (request.label.size() > kMaxLabelLength) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("label"),
                              QStringLiteral("a label has at most %1 characters; this one has %2")
                                  .arg(kMaxLabelLength)
                                  .arg(request.label.size()));
    }
    const QStringList events = body.contains(QStringLiteral("events"))
                                   ? stringList(body, QStringLiteral("events"))
                                   : QStringList{QStringLiteral("finished")};
    for (const QString& event : events) {
        if (event != QLatin1String("progress") && event != QLatin1String("finished")) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("events"),
                                  QStringLiteral("unknown event '%1'; use progress and/or "
                                                 "finished")
                                      .arg(event.left(40)));
        }
        request.events.insert(event.toLatin1());
    }
    if (request.events.isEmpty()) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("events"),
                              QStringLiteral("list at least one event: progress or finished"));
    }
    return request;
}

QJsonObject requireWebhook(const WebhookDispatcher& webhooks, const QString& id) {
    const QJsonObject hook = webhooks.find(id);
    if (hook.isEmpty()) {
        throw NotFoundError(
            QStringLiteral("there is no webhook %1 (GET /v1/webhooks lists them)").arg(id));
    }
    return hook;
}

}  // namespace

void addWebhookRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using Plain1 = LocalApiServer::Plain1;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();
    WebhookDispatcher& webhooks = server.webhooks();

    server.endpoint(
        "POST", QStringLiteral("/v1/webhooks"),
        {QStringLiteral("Register a loopback URL to receive job events by POST: those of the "
                        "listed `jobs`, else of every job (of `label`). The answer is the only "
                        "one that shows the registration's `secret`, which signs each delivery"),
         QStringLiteral("json:WebhookRequest"),
         P{{201, QStringLiteral("json:WebhookCreated")}, {422, problemKind}},
         {}},
        Plain0([&server, &host, &webhooks](const QHttpServerRequest& request) {
            const QJsonObject created =
                webhooks.add(webhookRequest(host, server.jsonBody(request)));
            QHttpServerResponse response = jsonResponse(created, Status::Created);
            response.setHeader(QByteArrayLiteral("Location"),
                               QByteArrayLiteral("/v1/webhooks/") +
                                   created.value(QStringLiteral("id")).toString().toLatin1());
            return response;
        }));
    server.endpoint("GET", QStringLiteral("/v1/webhooks"),
                    {QStringLiteral("The webhooks registered, oldest first, with their deliveries"),
                     {},
                     P{{200, QStringLiteral("json:WebhookList")}},
                     {}},
                    Plain0([&webhooks](const QHttpServerRequest&) {
                        QJsonArray all;
                        for (const QJsonObject& hook : webhooks.list()) {
                            all.append(hook);
                        }
                        return jsonResponse(QJsonObject{{QStringLiteral("webhooks"), all}});
                    }));
    server.endpoint("GET", QStringLiteral("/v1/webhooks/{webhook}"),
                    {QStringLiteral("One webhook and its deliveries (delivered, pending, given "
                                    "up, the last error)"),
                     {},
                     P{{200, QStringLiteral("json:Webhook")}, {404, problemKind}},
                     {}},
                    Plain1([&webhooks](const QString& id, const QHttpServerRequest&) {
                        return jsonResponse(requireWebhook(webhooks, id));
                    }));
    server.endpoint("DELETE", QStringLiteral("/v1/webhooks/{webhook}"),
                    {QStringLiteral("Stop sending to a webhook; events not yet delivered are "
                                    "dropped"),
                     {},
                     P{{204, QString()}, {404, problemKind}},
                     {}},
                    Plain1([&webhooks](const QString& id, const QHttpServerRequest&) {
                        requireWebhook(webhooks, id);
                        webhooks.remove(id);
                        return QHttpServerResponse(Status::NoContent);
                    }));
}

}  // namespace sonara::core::api
