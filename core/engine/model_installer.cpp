#include "core/engine/model_installer.h"

#include "core/engine/errors.h"
#include "core/engine/model_downloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QTimer>

namespace sonara::core {
namespace {

constexpr qint64 kSignalIntervalMs = 100;
// Progress reaches the store less often than clients: it only matters after a restart.
constexpr qint64 kSaveIntervalMs = 1000;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 bytesUnder(const QString& directory) {
    qint64 total = 0;
    for (QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
         files.hasNext();) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

}  // namespace

ModelInstaller::ModelInstaller(ModelRepository& repository, store::Database& database,
                               QObject* parent)
    : QObject(parent), repository_(repository), store_(database) {
    store_.recoverInterrupted(QCoreApplication::applicationPid());
}

ModelInstaller::~ModelInstaller() {
    for (Running& running : running_) {
        running.downloader->disconnect(this);
        running.record.state = QStringLiteral("interrupted");
        running.record.error =
            QStringLiteral("the program stopped during the download; install again to resume it");
        running.record.runnerPid = 0;
        try {
            store_.save(running.record);
        } catch (const std::exception&) {
            // The next start finds the row still `downloading` by a dead process and recovers it.
        }
    }
}

store::ModelInstallRecord ModelInstaller::start(const QString& id, const QString& url,
                                                const QString& architecture,
                                                const QString& sha256) {
    if (running_.contains(id)) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("model"),
                              QStringLiteral("%1 is already being installed; follow it with GET "
                                             "/v1/models/%1/install/events")
                                  .arg(id));
    }
    const std::optional<store::ModelInstallRecord> previous = store_.find(id);
    const bool resuming =
        url.isEmpty() && previous && previous->state != QLatin1String("installed");
    store::ModelInstallRecord record;
    record.modelId = id;
    record.url = resuming ? previous->url : url;
    record.architecture =
        architecture.isEmpty() && resuming ? previous->architecture : architecture;
    QList<CatalogFile> files = ModelDownloader::filesFor(repository_, id, record.url);
    if (!sha256.isEmpty() && !url.isEmpty() && !files.isEmpty()) {
        files.first().sha256 = sha256;
    }
    auto* downloader = new ModelDownloader(repository_, id, files, record.architecture, this);
    record.state = QStringLiteral("downloading");
    record.bytesDone = downloader->bytesDone();
    record.bytesTotal = downloader->bytesTotal() > 0 ? downloader->bytesTotal()
                                                     : (resuming ? previous->bytesTotal : 0);
    record.runnerPid = QCoreApplication::applicationPid();
    store_.save(record);
    running_.insert(id, Running{downloader, record, 0, nowMs()});
    connect(downloader, &ModelDownloader::progress, this,
            [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(downloader, &ModelDownloader::finished, this,
            [this, id](const QString& error) { onFinished(id, error); });
    // Started from the event loop so that a caller can answer before the first byte is fetched.
    QTimer::singleShot(0, downloader, &ModelDownloader::start);
    return record;
}

bool ModelInstaller::cancel(const QString& id) {
    const auto running = running_.constFind(id);
    if (running == running_.constEnd()) {
        return false;
    }
    if (running->downloader->isRunning()) {
        running->downloader->cancel();  // finishes through onFinished
        return true;
    }
    // Not started yet: deleting the downloader calls off its queued start.
    Running stopped = running_.take(id);
    delete stopped.downloader;
    conclude(
        stopped.record, QStringLiteral("cancelled"),
        QStringLiteral("the download of %1 was cancelled; installing it again resumes it").arg(id));
    return true;
}

std::optional<store::ModelInstallRecord> ModelInstaller::find(const QString& id) const {
    const auto running = running_.constFind(id);
    if (running != running_.constEnd()) {
        return running->record;
    }
    std::optional<store::ModelInstallRecord> record = store_.find(id);
    if (record) {
        countPartialFiles(*record);
    }
    return record;
}

void ModelInstaller::countPartialFiles(store::ModelInstallRecord& record) const {
    // The store saves progress only now and then, and not at all when the process dies; what an
    // unfinished download kept is what lies in its staging folder.
    if (record.state != QLatin1String("installed")) {
        record.bytesDone =
            bytesUnder(ModelDownloader::stagingDirectoryFor(repository_, record.modelId));
    }
}

QList<store::ModelInstallRecord> ModelInstaller::list() const {
    QList<store::ModelInstallRecord> records = store_.list();
    for (store::ModelInstallRecord& record : records) {
        if (const auto running = running_.constFind(record.modelId);
            running != running_.constEnd()) {
            record = running->record;
        } else {
            countPartialFiles(record);
        }
    }
    return records;
}

void ModelInstaller::forget(const QString& id) {
    cancel(id);
    store_.remove(id);
}

void ModelInstaller::onProgress(const QString& id, qint64 done, qint64 total) {
    Running& running = running_[id];
    running.record.bytesDone = done;
    // A size learned from the server is saved at once, so that a download cut short can still
    // say how far it got.
    const bool learnedTotal = total > 0 && total != running.record.bytesTotal;
    if (total > 0) {
        running.record.bytesTotal = total;
    }
    const qint64 now = nowMs();
    if (learnedTotal || now - running.lastSaveMs >= kSaveIntervalMs) {
        running.lastSaveMs = now;
        store_.save(running.record);
    }
    if (now - running.lastSignalMs >= kSignalIntervalMs) {
        running.lastSignalMs = now;
        Q_EMIT progress(id, done, running.record.bytesTotal);
    }
}

void ModelInstaller::onFinished(const QString& id, const QString& error) {
    Running running = running_.take(id);
    running.record.bytesDone = running.downloader->bytesDone();
    const QString state = error.isEmpty()                      ? QStringLiteral("installed")
                          : running.downloader->wasCancelled() ? QStringLiteral("cancelled")
                                                               : QStringLiteral("failed");
    running.downloader->deleteLater();
    conclude(running.record, state, error);
}

void ModelInstaller::conclude(store::ModelInstallRecord record, const QString& state,
                              const QString& error) {
    record.state = state;
    record.error = error;
    record.runnerPid = 0;
    if (state == QLatin1String("installed")) {
        record.bytesTotal = record.bytesDone;
    }
    store_.save(record);
    Q_EMIT progress(record.modelId, record.bytesDone, record.bytesTotal);
    Q_EMIT finished(record.modelId, state, error);
}

}  // namespace sonara::core
