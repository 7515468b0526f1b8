#include "core/api/api_routes.h"
#include "core/api/event_stream.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

QJsonObject installToJson(const store::ModelInstallRecord& record) {
    QJsonObject install{{QStringLiteral("state"), record.state},
                        {QStringLiteral("bytes_done"), record.bytesDone},
                        {QStringLiteral("bytes_total"), record.bytesTotal}};
    install.insert(QStringLiteral("progress"),
                   record.state == QLatin1String("installed") ? QJsonValue(1.0)
                   : record.bytesTotal > 0
                       ? QJsonValue(double(record.bytesDone) / record.bytesTotal)
                       : QJsonValue());
    if (!record.url.isEmpty()) {
        install.insert(QStringLiteral("url"), record.url);
    }
    if (!record.error.isEmpty()) {
        install.insert(QStringLiteral("error"), record.error);
    }
    return install;
}

// A model download's progress event: its install state and which model it is.
QJsonObject installEvent(const QString& id, const store::ModelInstallRecord& record) {
    QJsonObject event = installToJson(record);
    event.insert(QStringLiteral("model"), id);
    return event;
}

QJsonObject modelToJson(EngineHost& host, const QString& id) {
    const ModelRepository& models = host.models();
    const CatalogModel* known = models.catalog().find(id);
    const std::optional<InstalledModel> installed = models.find(id);
    const std::optional<store::ModelInstallRecord> install = host.installer().find(id);
    if (!known && !installed && !install) {
        return {};
    }
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("in_catalog"), known != nullptr},
                       {QStringLiteral("installed"), installed.has_value()}};
    if (known) {
        object.insert(QStringLiteral("title"), known->title);
        object.insert(QStringLiteral("architecture"), known->architecture);
        object.insert(QStringLiteral("capability"), known->capability);
        object.insert(QStringLiteral("licence"), known->licence);
        object.insert(QStringLiteral("size_bytes"), known->sizeBytes);
        object.insert(QStringLiteral("vram_bytes"), known->vramBytes);
    }
    if (installed) {
        object.insert(QStringLiteral("architecture"), installed->architecture);
        object.insert(QStringLiteral("size_bytes"), installed->sizeBytes);
    }
    if (install) {
        object.insert(QStringLiteral("install"), installToJson(*install));
    }
    return object;
}

QHttpServerResponse listModels(EngineHost& host) {
    const ModelRepository& models = host.models();
    QStringList ids;
    for (const CatalogModel& model : models.catalog().models()) {
        ids.append(model.id);
    }
    for (const InstalledModel& model : models.installedModels()) {
        ids.append(model.id);
    }
    // A download cut short of a model in no catalog is listed too, so that it can be resumed.
    for (const store::ModelInstallRecord& install : host.installer().list()) {
        ids.append(install.modelId);
    }
    ids.removeDuplicates();
    QJsonArray list;
    for (const QString& id : ids) {
        list.append(modelToJson(host, id));
    }
    return jsonResponse(list, QStringLiteral("models"));
}

QHttpServerResponse installModel(EngineHost& host, const QString& id, const QJsonObject& body) {
    static const QStringList known = {QStringLiteral("path"), QStringLiteral("url"),
                                      QStringLiteral("architecture")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; an install takes %2")
                                      .arg(it.key(), known.join(QStringLiteral(", "))));
        }
        if (!it.value().isString()) {
            throw ValidationError(ValidationError::Kind::Malformed, it.key(),
                                  QStringLiteral("'%1' must be a string").arg(it.key()));
        }
    }
    const QString path = body.value(QStringLiteral("path")).toString();
    const QString url = body.value(QStringLiteral("url")).toString();
    const QString architecture = body.value(QStringLiteral("architecture")).toString();
    if (!path.isEmpty() && !url.isEmpty()) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("url"),
                              QStringLiteral("give either \"path\" (a local folder) or \"url\" "
                                             "(a download), not both"));
    }
    if (!path.isEmpty()) {
        const InstalledModel model = host.models().installFromFolder(id, path, architecture);
        return jsonResponse(QJsonObject{{QStringLiteral("id"), model.id},
                                        {QStringLiteral("architecture"), model.architecture},
                                        {QStringLiteral("size_bytes"), model.sizeBytes},
                                        {QStringLiteral("installed"), true}},
                            Status::Created);
    }
    host.installer().start(id, url, architecture);
    QHttpServerResponse response = jsonResponse(modelToJson(host, id), Status::Accepted);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/models/") + id.toUtf8());
    return response;
}

QHttpServerResponse cancelInstall(EngineHost& host, const QString& id) {
    if (!host.installer().cancel(id)) {
        const std::optional<store::ModelInstallRecord> install = host.installer().find(id);
        if (!install) {
            throw NotFoundError(
                QStringLiteral("model %1 has never been downloaded here (GET /v1/models lists the "
                               "downloads)")
                    .arg(id));
        }
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("state"),
            QStringLiteral("the download of %1 is not running (it is %2)").arg(id, install->state));
    }
    return jsonResponse(modelToJson(host, id), Status::Accepted);
}

void streamInstallEvents(EngineHost& host, const QString& id, QHttpServerResponder& responder) {
    const std::optional<store::ModelInstallRecord> install = host.installer().find(id);
    if (!install) {
        throw NotFoundError(
            QStringLiteral("model %1 has never been downloaded here; start with POST "
                           "/v1/models/%1/install")
                .arg(id));
    }
    auto* stream = new EventStream(std::move(responder), id);
    stream->event("progress", installEvent(id, *install));
    if (!host.installer().isRunning(id)) {
        stream->event("finished", modelToJson(host, id));
        stream->close();
        return;
    }
    QObject::connect(&host.installer(), &ModelInstaller::progress, stream,
                     [&host, stream](const QString& model, qint64, qint64) {
                         if (model == stream->subject()) {
                             stream->event("progress",
                                           installEvent(model, *host.installer().find(model)));
                         }
                     });
    QObject::connect(&host.installer(), &ModelInstaller::finished, stream,
                     [&host, stream](const QString& model, const QString&, const QString&) {
                         if (model == stream->subject()) {
                             stream->event("finished", modelToJson(host, model));
                             stream->close();
                         }
                     });
}

}  // namespace

void addModelRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using Plain1 = LocalApiServer::Plain1;
    using Streamed1 = LocalApiServer::Streamed1;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();

    server.endpoint("GET", QStringLiteral("/v1/models"),
                    {QStringLiteral("Catalog and installed models"),
                     {},
                     P{{200, QStringLiteral("json:ModelList")}},
                     {}},
                    Plain0([&host](const QHttpServerRequest&) { return listModels(host); }));
    server.endpoint(
        "POST", QStringLiteral("/v1/models/{model}/install"),
        {QStringLiteral("Install a model: from a local folder (\"path\", answered 201 when "
                        "done) or by download (the catalog's files or \"url\", answered 202; "
                        "follow it with GET /v1/models/{model}/install/events). Starting "
                        "an unfinished download again resumes it"),
         QStringLiteral("json:ModelInstall"),
         P{{201, QStringLiteral("json:Model")},
           {202, QStringLiteral("json:Model")},
           {400, problemKind},
           {404, problemKind},
           {413, problemKind},
           {422, problemKind}},
         {}},
        Plain1([&server, &host](const QString& id, const QHttpServerRequest& request) {
            return installModel(host, id, server.jsonBody(request));
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/models/{model}/install/events"),
        {QStringLiteral("A model download's progress as server-sent events: progress events, "
                        "then one finished event with the model"),
         {},
         P{{200, QStringLiteral("events:ModelInstallEvents")}, {404, problemKind}},
         {}},
        Streamed1(
            [&host](const QString& id, const QHttpServerRequest&, QHttpServerResponder& responder) {
                streamInstallEvents(host, id, responder);
            }));
    server.endpoint(
        "POST", QStringLiteral("/v1/models/{model}/install/cancel"),
        {QStringLiteral("Stop a running model download; its partial files are kept, and "
                        "installing the model again resumes from them"),
         {},
         P{{202, QStringLiteral("json:Model")}, {404, problemKind}, {422, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            return cancelInstall(host, id);
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/models/{model}"),
        {QStringLiteral("One model: catalog entry, installed state and install progress"),
         {},
         P{{200, QStringLiteral("json:Model")}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const QJsonObject model = modelToJson(host, id);
            if (model.isEmpty()) {
                throw NotFoundError(QStringLiteral("there is no model %1 in the catalog or "
                                                   "installed (GET /v1/models lists them)")
                                        .arg(id));
            }
            return jsonResponse(model);
        }));
    server.endpoint(
        "DELETE", QStringLiteral("/v1/models/{model}"),
        {QStringLiteral("Remove an installed model"),
         {},
         P{{204, QString()}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            if (!host.models().find(id)) {
                throw NotFoundError(
                    QStringLiteral("model %1 is not installed (GET /v1/models lists them)")
                        .arg(id));
            }
            host.models().remove(id);
            host.installer().forget(id);
            return QHttpServerResponse(Status::NoContent);
        }));
}

}  // namespace sonara::core::api
