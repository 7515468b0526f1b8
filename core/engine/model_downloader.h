#pragma once

#include "core/engine/model_catalog.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace sonara::core {

// Downloads a model's files into <models dir>/.downloading-<id>/ and installs them through
// ModelRepository. A partial file left by a dropped connection (or an earlier run) is resumed
// with an HTTP Range request; a file whose sha256 does not match the catalog is deleted and the
// download fails naming it. Runs on the thread that owns it, driven by its event loop.
class ModelDownloader : public QObject {
    Q_OBJECT

public:
    // How often a dropped connection is retried, from where it stopped, before giving up.
    static constexpr int kDefaultAttempts = 5;

    ModelDownloader(ModelRepository& repository, QString id, QList<CatalogFile> files,
                    QString architecture = {}, QObject* parent = nullptr);
    ~ModelDownloader() override;

    // What to download for `id`: the single `url` when given (saved under the URL's file name),
    // otherwise every file the catalog lists. Throws ValidationError naming "url" or "model"
    // when there is nothing to download.
    static QList<CatalogFile> filesFor(const ModelRepository& repository, const QString& id,
                                       const QString& url);

    // Where the files of `id` are downloaded before they are installed.
    static QString stagingDirectoryFor(const ModelRepository& repository, const QString& id);

    void setAttempts(int attempts) { attempts_ = attempts; }
    QString stagingDirectory() const;
    const QString& id() const { return id_; }
    qint64 bytesDone() const;
    // 0 while unknown (no catalog size and no Content-Length yet).
    qint64 bytesTotal() const;
    bool isRunning() const { return running_; }
    // Whether the last run ended through cancel() rather than finishing or failing.
    bool wasCancelled() const { return cancelled_; }

public Q_SLOTS:
    void start();
    // Stops the download; the partial files stay so a later start() resumes them.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `error` is empty when the model was installed.
    void finished(const QString& error);

private:
    void startFile();
    void onReadyRead();
    void onReplyFinished();
    void fileDone();
    void fail(const QString& error);
    QString partialPath(int index) const;

    ModelRepository& repository_;
    QString id_;
    QList<CatalogFile> files_;
    QString architecture_;
    QList<qint64> sizes_;  // known or learned size of each file, 0 when unknown
    std::unique_ptr<QNetworkAccessManager> network_;
    QPointer<QNetworkReply> reply_;
    QFile file_;
    int index_ = 0;
    qint64 completedBytes_ = 0;  // files before index_
    int attempts_ = kDefaultAttempts;
    int failures_ = 0;  // consecutive dropped connections on the current file
    bool running_ = false;
    bool cancelled_ = false;
};

}  // namespace sonara::core
