#include "core/api/api_routes.h"
#include "core/api/http_files.h"
#include "core/api/job_result.h"
#include "core/api/json_response.h"
#include "core/api/list_paging.h"
#include "core/api/local_api_server.h"
#include "core/api/streamed_upload.h"
#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/waveform_video.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace sonara::core::api {
namespace {

using Status = QHttpServerResponse::StatusCode;

QJsonObject assetToJson(const store::Asset& asset) {
    QJsonObject object{{QStringLiteral("id"), asset.id},
                       {QStringLiteral("sha256"), asset.sha256},
                       {QStringLiteral("kind"), asset.kind},
                       {QStringLiteral("name"), asset.name},
                       {QStringLiteral("format"), asset.format},
                       {QStringLiteral("size_bytes"), asset.sizeBytes},
                       {QStringLiteral("created_at"), asset.createdAt.toString(Qt::ISODateWithMs)}};
    object.insert(QStringLiteral("duration_seconds"),
                  asset.duration ? QJsonValue(*asset.duration) : QJsonValue());
    object.insert(QStringLiteral("sample_rate"),
                  asset.sampleRate ? QJsonValue(*asset.sampleRate) : QJsonValue());
    object.insert(QStringLiteral("channels"),
                  asset.channels ? QJsonValue(*asset.channels) : QJsonValue());
    if (!asset.originJob.isEmpty()) {
        object.insert(QStringLiteral("origin_job"), asset.originJob);
    }
    return object;
}

// An upload streamed into the asset store: only audio FFmpeg can read, or a picture, becomes an
// input asset; anything else is refused here rather than failing later inside a job.
class AssetUploadBody : public StreamedBody {
public:
    AssetUploadBody(store::AssetStore& assets, const RequestHead& head)
        : assets_(assets),
          upload_(
              QDir(assets.directory()).filePath(QStringLiteral(".incoming")),
              head.header("Content-Type"),
              QUrlQuery(head.url).queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded)) {}

    void append(const QByteArray& chunk) override { upload_.append(chunk); }

    QHttpServerResponse finish() override {
        upload_.finish();
        store::AssetDescription description;
        description.name = upload_.name();
        // A picture (a status video's background) is the one upload that is not audio.
        if (audio::isPicture(upload_.path())) {
            description.kind = QStringLiteral("other");  // the store's kinds predate pictures
        } else {
            const audio::AudioInfo info = probeUpload();
            description.kind = QStringLiteral("audio");
            description.duration = info.durationSeconds;
            description.sampleRate = info.sampleRate;
            description.channels = info.channels;
        }
        const store::Asset asset = assets_.adopt(upload_.path(), upload_.sha256(), description);
        upload_.release();
        QHttpServerResponse response = jsonResponse(assetToJson(asset), Status::Created);
        response.setHeader(QByteArrayLiteral("Location"),
                           QByteArrayLiteral("/v1/assets/") + asset.id.toUtf8());
        return response;
    }

private:
    // Reads the upload's audio facts; a refusal names the user's file, never the server's
    // temporary copy of it.
    audio::AudioInfo probeUpload() {
        try {
            return audio::probeFile(upload_.path());
        } catch (const audio::AudioError& error) {
            const QString name =
                upload_.name().isEmpty() ? QStringLiteral("the uploaded file") : upload_.name();
            throw audio::AudioError(name, error.reason());
        }
    }

    store::AssetStore& assets_;
    StreamedUpload upload_;
};

}  // namespace

void addAssetRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using Plain1 = LocalApiServer::Plain1;
    using Streamed1 = LocalApiServer::Streamed1;
    using Upload = LocalApiServer::Upload;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();

    // Served by the listening sockets, which stream the body to disk past Qt HTTP Server.
    server.endpoint(
        "POST", QStringLiteral("/v1/assets"),
        {QStringLiteral("Upload an audio file or a picture, streamed to disk: the raw body with "
                        "?filename=, or multipart/form-data; needs a Content-Length"),
         QStringLiteral("upload"),
         P{{201, QStringLiteral("json:Asset")},
           {400, problemKind},
           {408, problemKind},
           {411, problemKind},
           {413, problemKind},
           {422, problemKind}},
         {{QStringLiteral("filename"), QStringLiteral("the file's name, for a raw body")}}},
        Upload([&host](const RequestHead& head) -> std::unique_ptr<StreamedBody> {
            return std::make_unique<AssetUploadBody>(host.assets(), head);
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/assets"),
        {QStringLiteral("List assets, oldest first, a page at a time"),
         {},
         P{{200, QStringLiteral("json:AssetList")}, {422, problemKind}},
         {{QStringLiteral("kind"),
           QStringLiteral("audio, transcript or other (pictures are other)")},
          {QStringLiteral("limit"), QStringLiteral("at most this many, 1 to 10000 (default 200)")},
          {QStringLiteral("cursor"),
           QStringLiteral("the next_cursor of the previous page; absent for the first")}}},
        Plain0([&host](const QHttpServerRequest& request) {
            const QUrlQuery query = request.query();
            const PageRequest page = pageRequest(query, QStringLiteral("assets"));
            const store::ListPage<store::Asset> found = host.assets().page(
                query.queryItemValue(QStringLiteral("kind")), page.limit, page.after);
            QJsonArray assets;
            for (const store::Asset& asset : found.rows) {
                assets.append(assetToJson(asset));
            }
            return jsonResponse(QJsonObject{
                {QStringLiteral("assets"), assets},
                {QStringLiteral("next_cursor"), nextCursor(found.next, QStringLiteral("assets"))}});
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/assets/{asset}/content"),
        {QStringLiteral("Download an asset's file (Range supported); a job's result costs its "
                        "duration in credits, once, as through its job"),
         {},
         P{{200, binaryKind()},
           {206, binaryKind()},
           {402, problemKind},
           {404, problemKind},
           {416, problemKind}},
         {}},
        Streamed1([&host](const QString& id, const QHttpServerRequest& request,
                          QHttpServerResponder& responder) {
            const std::optional<store::Asset> asset = host.assets().find(id);
            if (!asset) {
                throw NotFoundError(
                    QStringLiteral("there is no asset %1 (GET /v1/assets lists them)").arg(id));
            }
            // A job's result costs its duration however it is fetched, once: here, through its
            // job, or after the job is gone.
            sendFile(std::move(responder), request, asset->path, mimeTypeForFormat(asset->format),
                     asset->name, false,
                     [&] { payForDownload(host.credits(), resultCharge(*asset), request); });
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/assets/{asset}"),
        {QStringLiteral("An asset's metadata"),
         {},
         P{{200, QStringLiteral("json:Asset")}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const std::optional<store::Asset> asset = host.assets().find(id);
            if (!asset) {
                throw NotFoundError(
                    QStringLiteral("there is no asset %1 (GET /v1/assets lists them)").arg(id));
            }
            return jsonResponse(assetToJson(*asset));
        }));
}

}  // namespace sonara::core::api
