#pragma once

#include "core/store/model_install_store.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace sonara::core {

namespace store {
class Database;
}
class ModelDownloader;
class ModelRepository;

// Runs model downloads and records each in the store: their progress can be followed, a download
// cancelled (its partial files kept), and one cut short by a restart is listed as `interrupted`
// and resumed from its partial files by starting it again.
class ModelInstaller : public QObject {
    Q_OBJECT

public:
    ModelInstaller(ModelRepository& repository, store::Database& database,
                   QObject* parent = nullptr);
    // Downloads still running are recorded as interrupted.
    ~ModelInstaller() override;

    // Starts or resumes downloading `id`: from `url` when given, else from where its last
    // unfinished download came from, else the catalog's files. Throws ValidationError when there
    // is nothing to download or `id` is being downloaded already. `sha256`, for a download from
    // `url`, is what the file must hash to (the catalog's own files carry theirs).
    store::ModelInstallRecord start(const QString& id, const QString& url,
                                    const QString& architecture, const QString& sha256 = {});
    // Stops a running download, keeping its partial files; false when none is running here.
    bool cancel(const QString& id);
    bool isRunning(const QString& id) const { return running_.contains(id); }
    // The last download of `id`, with live byte counts while it runs.
    std::optional<store::ModelInstallRecord> find(const QString& id) const;
    QList<store::ModelInstallRecord> list() const;
    // Forgets how the last download of `id` went, e.g. once the model is removed.
    void forget(const QString& id);

Q_SIGNALS:
    // At most ten a second per download, plus the final count.
    void progress(const QString& id, qint64 done, qint64 total);
    // `state` is installed, failed or cancelled.
    void finished(const QString& id, const QString& state, const QString& error);

private:
    struct Running {
        ModelDownloader* downloader = nullptr;  // a child of this installer
        store::ModelInstallRecord record;
        qint64 lastSignalMs = 0;
        qint64 lastSaveMs = 0;
    };

    void onProgress(const QString& id, qint64 done, qint64 total);
    void onFinished(const QString& id, const QString& error);
    // Records how a download ended and tells the listeners.
    void conclude(store::ModelInstallRecord record, const QString& state, const QString& error);
    void countPartialFiles(store::ModelInstallRecord& record) const;

    ModelRepository& repository_;
    store::ModelInstallStore store_;
    QHash<QString, Running> running_;
};

}  // namespace sonara::core
