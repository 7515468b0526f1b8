#include "core/engine/model_downloader.h"

#include "core/engine/errors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace sonara::core {
namespace {

QString sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool validId(const QString& id) {
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.startsWith(QLatin1Char('.'));
}

}  // namespace

ModelDownloader::ModelDownloader(ModelRepository& repository, QString id, QList<CatalogFile> files,
                                 QString architecture, QObject* parent)
    : QObject(parent),
      repository_(repository),
      id_(std::move(id)),
      files_(std::move(files)),
      architecture_(std::move(architecture)),
      network_(std::make_unique<QNetworkAccessManager>()) {
    for (const CatalogFile& file : files_) {
        sizes_.append(file.sizeBytes);
    }
}

ModelDownloader::~ModelDownloader() {
    if (reply_) {
        reply_->disconnect(this);
        reply_->abort();
        delete reply_.data();
    }
}

QList<CatalogFile> ModelDownloader::filesFor(const ModelRepository& repository, const QString& id,
                                             const QString& url) {
    if (!validId(id)) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("model"),
                              QStringLiteral("'%1' is not a valid model id").arg(id));
    }
    if (!url.isEmpty()) {
        const QUrl parsed(url);
        const QString name = parsed.fileName();
        if (!parsed.isValid() || name.isEmpty() ||
            (parsed.scheme() != QLatin1String("http") &&
             parsed.scheme() != QLatin1String("https"))) {
            throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("url"),
                                  QStringLiteral("'%1' is not an http(s) URL of a file; give the "
                                                 "full address of the checkpoint file")
                                      .arg(url));
        }
        return {CatalogFile{name, url, QString(), 0}};
    }
    const CatalogModel* known = repository.catalog().find(id);
    if (!known) {
        throw ValidationError(
            ValidationError::Kind::Unknown, QStringLiteral("model"),
            QStringLiteral("%1 is not in the catalog (GET /v1/models lists it); give \"url\" to "
                           "download it from elsewhere, or \"path\" to install a local folder")
                .arg(id));
    }
    QList<CatalogFile> files;
    for (const CatalogFile& file : known->files) {
        if (file.url.isEmpty() || file.path.isEmpty() || file.path.contains(QLatin1String(".."))) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, QStringLiteral("model"),
                QStringLiteral("the catalog entry for %1 has no usable address for '%2'; give "
                               "\"url\" or install a local folder with \"path\"")
                    .arg(id, file.path));
        }
        files.append(file);
    }
    if (files.isEmpty()) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("model"),
                              QStringLiteral("the catalog lists no files for %1; give \"url\" or "
                                             "install a local folder with \"path\"")
                                  .arg(id));
    }
    return files;
}

QString ModelDownloader::stagingDirectoryFor(const ModelRepository& repository, const QString& id) {
    return QDir(repository.directory()).filePath(QStringLiteral(".downloading-%1").arg(id));
}

QString ModelDownloader::stagingDirectory() const {
    return stagingDirectoryFor(repository_, id_);
}

QString ModelDownloader::partialPath(int index) const {
    return QDir(stagingDirectory()).filePath(files_.at(index).path);
}

qint64 ModelDownloader::bytesDone() const {
    if (index_ >= files_.size()) {
        return completedBytes_;
    }
    const qint64 current = file_.isOpen() ? file_.size() : QFileInfo(partialPath(index_)).size();
    return completedBytes_ + current;
}

qint64 ModelDownloader::bytesTotal() const {
    qint64 total = 0;
    for (const qint64 size : sizes_) {
        if (size <= 0) {
            return 0;
        }
        total += size;
    }
    return total;
}

void ModelDownloader::start() {
    if (running_) {
        return;
    }
    if (!QDir().mkpath(stagingDirectory())) {
        fail(QStringLiteral("cannot create %1: check permissions on the models folder")
                 .arg(stagingDirectory()));
        return;
    }
    running_ = true;
    cancelled_ = false;
    index_ = 0;
    completedBytes_ = 0;
    failures_ = 0;
    startFile();
}

void ModelDownloader::cancel() {
    if (!running_) {
        return;
    }
    if (reply_) {
        reply_->disconnect(this);
        reply_->abort();
        reply_->deleteLater();
    }
    file_.close();
    cancelled_ = true;
    fail(QStringLiteral("the download of %1 was cancelled; installing it again resumes it")
             .arg(id_));
}

void ModelDownloader::startFile() {
    // A retry scheduled before cancel() must not start a new request.
    if (!running_) {
        return;
    }
    if (index_ >= files_.size()) {
        try {
            repository_.installFromFolder(id_, stagingDirectory(), architecture_);
        } catch (const std::exception& error) {
            fail(QString::fromUtf8(error.what()));
            return;
        }
        QDir(stagingDirectory()).removeRecursively();
        running_ = false;
        Q_EMIT progress(completedBytes_, completedBytes_);
        Q_EMIT finished(QString());
        return;
    }
    const CatalogFile& entry = files_.at(index_);
    const QString path = partialPath(index_);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const qint64 have = QFileInfo(path).size();
    // A file already complete from an earlier run needs no request at all.
    if (entry.sizeBytes > 0 && have == entry.sizeBytes) {
        fileDone();
        return;
    }
    QNetworkRequest request{QUrl(entry.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (have > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    }
    reply_ = network_->get(request);
    connect(reply_, &QNetworkReply::readyRead, this, &ModelDownloader::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &ModelDownloader::onReplyFinished);
}

void ModelDownloader::onReadyRead() {
    if (!file_.isOpen()) {
        const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206) {
            return;  // an error page; onReplyFinished reports it
        }
        // 206 continues the partial file; 200 means the server ignored Range, so start over.
        const bool resume = status == 206;
        file_.setFileName(partialPath(index_));
        if (!file_.open(resume ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(QStringLiteral("cannot write %1: %2; free some disk space")
                     .arg(file_.fileName(), file_.errorString()));
            return;
        }
        const qint64 length = reply_->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0) {
            sizes_[index_] = (resume ? file_.size() : 0) + length;
        }
    }
    const QByteArray data = reply_->readAll();
    if (file_.write(data) != data.size()) {
        fail(QStringLiteral("cannot write %1: %2; free some disk space")
                 .arg(file_.fileName(), file_.errorString()));
        return;
    }
    Q_EMIT progress(bytesDone(), bytesTotal());
}

void ModelDownloader::onReplyFinished() {
    QNetworkReply* reply = reply_;
    if (!reply) {
        return;
    }
    reply_ = nullptr;
    reply->deleteLater();
    if (!running_) {
        return;
    }
    if (reply->bytesAvailable() > 0) {
        reply_ = reply;
        onReadyRead();
        reply_ = nullptr;
        if (!running_) {
            return;
        }
    }
    file_.close();
    const CatalogFile& entry = files_.at(index_);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416) {
        // The partial file already holds everything the server has; the checksum decides.
        fileDone();
        return;
    }
    if (status >= 400) {
        fail(QStringLiteral("downloading %1 from %2 failed: HTTP %3; check the URL")
                 .arg(entry.path, entry.url)
                 .arg(status));
        return;
    }
    // A connection closed early can still end without an error; a file shorter than the server
    // announced is treated the same as a dropped connection.
    const bool truncated =
        sizes_[index_] > 0 && QFileInfo(partialPath(index_)).size() < sizes_[index_];
    if (reply->error() != QNetworkReply::NoError || truncated) {
        // A dropped connection: go on from what arrived, a few times, before giving up.
        if (++failures_ < attempts_) {
            QTimer::singleShot(200 * failures_, this, &ModelDownloader::startFile);
            return;
        }
        const qint64 arrived = QFileInfo(partialPath(index_)).size();
        const QString retry =
            arrived > 0
                ? QStringLiteral("install it again to resume from the %1 already downloaded")
                      .arg(QLocale::c().formattedDataSize(arrived))
                : QStringLiteral("check the network connection and install it again");
        fail(QStringLiteral("downloading %1 from %2 failed: %3; %4")
                 .arg(entry.path, entry.url,
                      truncated ? QStringLiteral("the connection closed early")
                                : reply->errorString(),
                      retry));
        return;
    }
    fileDone();
}

void ModelDownloader::fileDone() {
    const CatalogFile& entry = files_.at(index_);
    const QString path = partialPath(index_);
    if (!entry.sha256.isEmpty()) {
        const QString actual = sha256Of(path);
        if (actual.compare(entry.sha256, Qt::CaseInsensitive) != 0) {
            // A corrupt partial must not be resumed: the next attempt starts from scratch.
            QFile::remove(path);
            fail(QStringLiteral("%1 from %2 has sha256 %3 but the catalog expects %4; the "
                                "download was deleted: try again, and if it keeps failing the "
                                "file on the server has changed")
                     .arg(entry.path, entry.url, actual, entry.sha256));
            return;
        }
    }
    const qint64 size = QFileInfo(path).size();
    sizes_[index_] = size;
    completedBytes_ += size;
    failures_ = 0;
    ++index_;
    Q_EMIT progress(completedBytes_, bytesTotal());
    startFile();
}

void ModelDownloader::fail(const QString& error) {
    file_.close();
    running_ = false;
    Q_EMIT finished(error);
}

}  // namespace sonara::core
