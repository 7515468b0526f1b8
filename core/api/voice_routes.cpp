#include "core/api/api_routes.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse createVoice(EngineHost& host, const QJsonObject& body) {
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("language"),
                                      QStringLiteral("notes"), QStringLiteral("samples")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a voice takes %2")
                                      .arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }
    VoiceRequest voice;
    for (const QString& key :
         {QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("notes")}) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            throw ValidationError(ValidationError::Kind::Malformed, key,
                                  QStringLiteral("'%1' must be a string").arg(key));
        }
    }
    voice.name = body.value(QStringLiteral("name")).toString();
    voice.language = body.value(QStringLiteral("language")).toString();
    voice.notes = body.value(QStringLiteral("notes")).toString();
    const QJsonValue samples = body.value(QStringLiteral("samples"));
    if (!samples.isUndefined() && !samples.isArray()) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("samples"),
                              QStringLiteral("'samples' must be an array of asset ids (upload the "
                                             "recordings to /v1/assets first)"));
    }
    const QJsonArray sampleArray = samples.toArray();
    for (int i = 0; i < sampleArray.size(); ++i) {
        if (!sampleArray.at(i).isString()) {
            throw ValidationError(ValidationError::Kind::Malformed,
                                  QStringLiteral("samples[%1]").arg(i),
                                  QStringLiteral("samples[%1] must be an asset id string").arg(i));
        }
        voice.samples.append(sampleArray.at(i).toString());
    }
    const Voice created = host.voices().create(voice);
    QHttpServerResponse response = jsonResponse(created.toJson(), Status::Created);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/voices/") + created.id.toUtf8());
    return response;
}

}  // namespace

void addVoiceRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using Plain1 = LocalApiServer::Plain1;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();

    server.endpoint(
        "GET", QStringLiteral("/v1/voices"),
        {QStringLiteral("The voice library"), {}, P{{200, QStringLiteral("json:VoiceList")}}, {}},
        Plain0([&host](const QHttpServerRequest&) {
            QJsonArray voices;
            for (const Voice& voice : host.voices().list()) {
                voices.append(voice.toJson());
            }
            return jsonResponse(voices, QStringLiteral("voices"));
        }));
    server.endpoint("POST", QStringLiteral("/v1/voices"),
                    {QStringLiteral("Create a voice from uploaded recordings (each 1 s to 5 min)"),
                     QStringLiteral("json:VoiceRequest"),
                     P{{201, QStringLiteral("json:Voice")},
                       {400, problemKind},
                       {413, problemKind},
                       {422, problemKind}},
                     {}},
                    Plain0([&server, &host](const QHttpServerRequest& request) {
                        return createVoice(host, server.jsonBody(request));
                    }));
    server.endpoint(
        "GET", QStringLiteral("/v1/voices/{voice}"),
        {QStringLiteral("One voice"),
         {},
         P{{200, QStringLiteral("json:Voice")}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const std::optional<Voice> voice = host.voices().find(id);
            if (!voice) {
                throw NotFoundError(
                    QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
            }
            return jsonResponse(voice->toJson());
        }));
    server.endpoint("DELETE", QStringLiteral("/v1/voices/{voice}"),
                    {QStringLiteral("Delete a voice and the recordings nothing else uses"),
                     {},
                     P{{204, QString()}, {404, problemKind}},
                     {}},
                    Plain1([&host](const QString& id, const QHttpServerRequest&) {
                        host.voices().remove(id);
                        return QHttpServerResponse(Status::NoContent);
                    }));
}

}  // namespace sonara::core::api
