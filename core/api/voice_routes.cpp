#include "core/api/api_routes.h"
#include "core/api/http_files.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/api/streamed_upload.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/voice_archive.h"
#include "core/store/asset_store.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse createVoice(EngineHost& host, const QJsonObject& body) {
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("language"),
                                      QStringLiteral("notes"), QStringLiteral("samples"),
                                      QStringLiteral("consent")};
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
    voice.consent =
        VoiceConsent::fromJson(body.value(QStringLiteral("consent")), QStringLiteral("consent"));
    const Voice created = host.voices().create(voice);
    QHttpServerResponse response = jsonResponse(created.toJson(), Status::Created);
    response.setHeader(QByteArrayLiteral("Location"),
                       QByteArrayLiteral("/v1/voices/") + created.id.toUtf8());
    return response;
}

// PATCH: a new name, the consent (recorded for a voice from before consent was asked), or both.
QHttpServerResponse updateVoice(EngineHost& host, const QString& id, const QJsonObject& body) {
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("consent")) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a voice's name and consent "
                                                 "can be changed")
                                      .arg(it.key()));
        }
    }
    if (!host.voices().find(id)) {
        throw NotFoundError(
            QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
    }
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString()) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("name"),
                              QStringLiteral("'name' must be a string"));
    }
    // Both are checked before either is written.
    std::optional<VoiceConsent> consent;
    if (body.contains(QStringLiteral("consent"))) {
        consent = VoiceConsent::fromJson(body.value(QStringLiteral("consent")),
                                         QStringLiteral("consent"));
        VoiceLibrary::checkConsent(*consent);
    }
    if (name.isString()) {
        host.voices().rename(id, name.toString());
    }
    if (consent) {
        host.voices().recordConsent(id, *consent);
    }
    return jsonResponse(host.voices().find(id)->toJson());
}

// An import, streamed to disk like an asset upload, then unpacked and checked whole before
// anything is added.
class VoiceImportBody : public StreamedBody {
public:
    VoiceImportBody(EngineHost& host, const RequestHead& head)
        : host_(host),
          name_(QUrlQuery(head.url).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)),
          upload_(
              QDir(host.assets().directory()).filePath(QStringLiteral(".incoming")),
              head.header("Content-Type"),
              QUrlQuery(head.url).queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded)) {}

    void append(const QByteArray& chunk) override { upload_.append(chunk); }

    QHttpServerResponse finish() override {
        upload_.finish();
        const QString shown =
            upload_.name().isEmpty() ? QStringLiteral("the voice file") : upload_.name();
        const Voice voice =
            host_.voices().importVoice(upload_.path(), name_, QStringLiteral("file"), shown);
        QHttpServerResponse response = jsonResponse(voice.toJson(), Status::Created);
        response.setHeader(QByteArrayLiteral("Location"),
                           QByteArrayLiteral("/v1/voices/") + voice.id.toUtf8());
        return response;
    }

private:
    EngineHost& host_;
    QString name_;
    StreamedUpload upload_;
};

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
    server.endpoint("PATCH", QStringLiteral("/v1/voices/{voice}"),
                    {QStringLiteral("Rename a voice or record its owner's consent"),
                     QStringLiteral("json:VoiceUpdate"),
                     P{{200, QStringLiteral("json:Voice")},
                       {400, problemKind},
                       {404, problemKind},
                       {422, problemKind}},
                     {}},
                    Plain1([&server, &host](const QString& id, const QHttpServerRequest& request) {
                        return updateVoice(host, id, server.jsonBody(request));
                    }));
    server.endpoint(
        "GET", QStringLiteral("/v1/voices/{voice}/export"),
        {QStringLiteral("The voice as one portable file (a tar of voice.json, its consent and "
                        "metadata, and its recordings as given)"),
         {},
         P{{200, QStringLiteral("binary:application/x-tar")}, {404, problemKind}},
         {}},
        LocalApiServer::Streamed1([&host](const QString& id, const QHttpServerRequest& request,
                                          QHttpServerResponder& responder) {
            const std::optional<Voice> voice = host.voices().find(id);
            if (!voice) {
                throw NotFoundError(
                    QStringLiteral("there is no voice %1 (GET /v1/voices lists them)").arg(id));
            }
            const QString folder =
                QDir(host.assets().directory()).filePath(QStringLiteral(".incoming"));
            QDir().mkpath(folder);
            const QString scratch = QDir(folder).filePath(
                QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".export"));
            host.voices().exportVoice(id, scratch);
            sendFile(std::move(responder), request, scratch, QByteArrayLiteral("application/x-tar"),
                     voice->name + QLatin1String(voice_archive::kSuffix), true);
        }));
    server.endpoint(
        "POST", QStringLiteral("/v1/voices/import"),
        {QStringLiteral("Import a voice file written by GET /v1/voices/{voice}/export: the raw "
                        "body with ?filename=, or multipart/form-data; checked whole, a bad file "
                        "is refused naming what is wrong and adds nothing"),
         QStringLiteral("upload"),
         P{{201, QStringLiteral("json:Voice")},
           {400, problemKind},
           {411, problemKind},
           {413, problemKind},
           {422, problemKind}},
         {{QStringLiteral("filename"), QStringLiteral("the file's name, for a raw body")},
          {QStringLiteral("name"), QStringLiteral("a name for the voice instead of its own")}}},
        LocalApiServer::Upload([&host](const RequestHead& head) -> std::unique_ptr<StreamedBody> {
            return std::make_unique<VoiceImportBody>(host, head);
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
