#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sonara::core::store {

class Database;

// One model download as it was last recorded: where its files come from and how far it got.
struct ModelInstallRecord {
    QString modelId;
    QString url;  // empty: the catalog's files
    QString architecture;
    QString state;  // downloading, installed, failed, cancelled or interrupted
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString error;
    qint64 runnerPid = 0;
};

class ModelInstallStore {
public:
    explicit ModelInstallStore(Database& database);

    // Inserts or replaces the record for its model.
    void save(const ModelInstallRecord& record);
    std::optional<ModelInstallRecord> find(const QString& modelId) const;
    QList<ModelInstallRecord> list() const;
    void remove(const QString& modelId);

    // Downloads left `downloading` by a process that is gone become `interrupted`.
    void recoverInterrupted(qint64 currentPid);

private:
    Database& database_;
};

}  // namespace sonara::core::store
