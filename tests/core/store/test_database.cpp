#include "core/store/asset_store.h"
#include "core/store/database.h"
#include "core/store/job_store.h"
#include "core/store/settings_store.h"

#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace sonara::core::store;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString dbPath(const QString& name) const { return dir_.filePath(name); }

    static QStringList tables(Database& database) {
        QSqlDatabase db = database.connection();
        QSqlQuery query(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
            db);
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
        }
        return names;
    }

    static JobRecord sampleJob(const QString& id) {
        JobRecord job;
        job.id = id;
        job.capability = QStringLiteral("tts");
        job.engine = QStringLiteral("espeak-ng");
        job.parameters = {{QStringLiteral("rate"), 175}};
        job.inputs = QJsonObject{{QStringLiteral("text"), QStringLiteral("hello")}};
        job.createdAt = QDateTime::currentDateTimeUtc();
        return job;
    }

private Q_SLOTS:
    void defaultPathHonoursXdgDataHome() {
        const QByteArray xdg = qgetenv("XDG_DATA_HOME");
        QVERIFY2(!xdg.isEmpty(), "ctest sets XDG_DATA_HOME for every test");
        QVERIFY(Database::defaultPath().startsWith(QString::fromLocal8Bit(xdg)));
    }

    void migratesFromEmpty() {
        Database database(dbPath(QStringLiteral("empty.db")));
        QCOMPARE(database.schemaVersion(), Database::latestVersion());
        const QStringList names = tables(database);
        for (const char* table : {"assets", "jobs", "job_outputs", "settings", "voices",
                                  "voice_samples", "projects", "credit_entries"}) {
            QVERIFY2(names.contains(QString::fromLatin1(table)), table);
        }
        QSqlDatabase db = database.connection();
        QSqlQuery pragma(QStringLiteral("PRAGMA journal_mode"), db);
        QVERIFY(pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery foreignKeys(QStringLiteral("PRAGMA foreign_keys"), db);
        QVERIFY(foreignKeys.next());
        QCOMPARE(foreignKeys.value(0).toInt(), 1);
    }

    void migratesFromEveryOlderVersion() {
        for (int version = 1; version < Database::latestVersion(); ++version) {
            const QString path = dbPath(QStringLiteral("v%1.db").arg(version));
            {
                Database old(path, version);
                QCOMPARE(old.schemaVersion(), version);
                SettingsStore(old).setValue(QStringLiteral("api_port"), 7999);
                // Written with the columns every version has: JobStore writes the latest schema.
                QSqlDatabase db = old.connection();
                exec(db, QStringLiteral("INSERT INTO jobs (id, capability, engine, state, "
                                        "created_at) VALUES ('job-v%1', 'tts', 'espeak-ng', "
                                        "'queued', '2026-01-01T00:00:00.000Z')")
                             .arg(version));
            }
            Database current(path);
            QCOMPARE(current.schemaVersion(), Database::latestVersion());
            QCOMPARE(SettingsStore(current).value(QStringLiteral("api_port")).toInt(), 7999);
            QVERIFY(JobStore(current).find(QStringLiteral("job-v%1").arg(version)).has_value());
            QVERIFY(tables(current).contains(QStringLiteral("credit_entries")));
        }
    }

    void refusesNewerDatabase() {
        const QString path = dbPath(QStringLiteral("newer.db"));
        {
            Database database(path);
            QSqlDatabase db = database.connection();
            exec(db, QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1));
        }
        try {
            Database database(path);
            QFAIL("a database from a newer version must be refused");
        } catch (const StoreError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(QStringLiteral("newer version")), qPrintable(message));
            QVERIFY2(message.contains(path), qPrintable(message));
        }
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery version(QStringLiteral("PRAGMA user_version"), raw);
            QVERIFY(version.next());
            QCOMPARE(version.value(0).toInt(), Database::latestVersion() + 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void dataSurvivesRestart() {
        const QString path = dbPath(QStringLiteral("restart.db"));
        const QString assets = dir_.filePath(QStringLiteral("assets"));
        QString assetId;
        {
            Database database(path);
            JobStore jobs(database);
            JobRecord job = sampleJob(QStringLiteral("job-1"));
            jobs.insert(job);
            jobs.markRunning(job.id, 1);
            QFile source(dir_.filePath(QStringLiteral("out.wav")));
            QVERIFY(source.open(QIODevice::WriteOnly));
            source.write(QByteArray(1000, 'x'));
            source.close();
            AssetDescription description;
            description.duration = 1.5;
            description.sampleRate = 22050;
            description.channels = 1;
            description.originJob = job.id;
            assetId = AssetStore(database, assets).add(source.fileName(), description, true).id;
            jobs.finish(job.id, JobState::Succeeded, QString(),
                        {{QStringLiteral("audio"), assetId}});
            SettingsStore(database).setValue(QStringLiteral("theme"), QStringLiteral("dark"));
        }
        Database reopened(path);
        const std::optional<JobRecord> job = JobStore(reopened).find(QStringLiteral("job-1"));
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Succeeded);
        QCOMPARE(job->progress, 1.0);
        QCOMPARE(job->outputs.value(QStringLiteral("audio")), assetId);
        QCOMPARE(job->parameters.value(QStringLiteral("rate")).toInt(), 175);
        const std::optional<Asset> asset = AssetStore(reopened, assets).find(assetId);
        QVERIFY(asset);
        QVERIFY(QFile::exists(asset->path));
        QCOMPARE(*asset->duration, 1.5);
        QCOMPARE(SettingsStore(reopened).value(QStringLiteral("theme")).toString(),
                 QStringLiteral("dark"));
    }

    void assetsAreContentAddressed() {
        Database database(dbPath(QStringLiteral("assets.db")));
        AssetStore store(database, dir_.filePath(QStringLiteral("content")));
        const QString a = dir_.filePath(QStringLiteral("a.wav"));
        const QString b = dir_.filePath(QStringLiteral("b.wav"));
        for (const QString& path : {a, b}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("same bytes");
        }
        const Asset first = store.add(a, {});
        const Asset second = store.add(b, {});
        QCOMPARE(first.id, second.id);
        QVERIFY(first.path.contains(first.sha256));
        QCOMPARE(first.sha256, AssetStore::sha256OfFile(a));
        QVERIFY(QFile::exists(a));
        store.remove(first.id);
        QVERIFY(!QFile::exists(first.path));
        QVERIFY(!store.find(first.id));
        QVERIFY_EXCEPTION_THROWN(store.add(dir_.filePath(QStringLiteral("missing.wav")), {}),
                                 StoreError);
    }

    // Jobs finishing at once with identical outputs import the same content from several threads:
    // every import must get the one asset row, none a constraint error.
    void concurrentImportsOfTheSameContentShareOneAsset() {
        Database database(dbPath(QStringLiteral("concurrent.db")));
        AssetStore store(database, dir_.filePath(QStringLiteral("concurrent")));
        constexpr int kThreads = 8;
        QStringList sources;
        for (int i = 0; i < kThreads; ++i) {
            sources.append(dir_.filePath(QStringLiteral("same-%1.txt").arg(i)));
            QFile file(sources.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("identical output");
        }
        QList<QString> ids(kThreads);
        QStringList errors;
        QMutex errorsLock;
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                try {
                    ids[i] = store.add(sources.at(i), {}, true).id;
                } catch (const std::exception& error) {
                    QMutexLocker locker(&errorsLock);
                    errors.append(QString::fromUtf8(error.what()));
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("; "))));
        for (const QString& id : std::as_const(ids))
            QCOMPARE(id, ids.first());
        QCOMPARE(store.list().size(), 1);
    }

    void runningJobsOfDeadProcessesBecomeInterrupted() {
        Database database(dbPath(QStringLiteral("recover.db")));
        JobStore jobs(database);
        QProcess alive;
        alive.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(alive.waitForStarted());

        jobs.insert(sampleJob(QStringLiteral("dead")));
        // Above the kernel's pid_max, so no live process can have it.
        jobs.markRunning(QStringLiteral("dead"), 4194305);
        jobs.insert(sampleJob(QStringLiteral("alive")));
        jobs.markRunning(QStringLiteral("alive"), alive.processId());
        jobs.insert(sampleJob(QStringLiteral("queued")));

        const QStringList recovered = jobs.recoverInterrupted(QCoreApplication::applicationPid());
        alive.kill();
        alive.waitForFinished();
        QCOMPARE(recovered, QStringList{QStringLiteral("dead")});
        QCOMPARE(jobs.find(QStringLiteral("dead"))->state, JobState::Interrupted);
        QVERIFY(!jobs.find(QStringLiteral("dead"))->error.isEmpty());
        QCOMPARE(jobs.find(QStringLiteral("alive"))->state, JobState::Running);
        QCOMPARE(jobs.find(QStringLiteral("queued"))->state, JobState::Queued);

        jobs.requeue(QStringLiteral("dead"));
        QCOMPARE(jobs.find(QStringLiteral("dead"))->state, JobState::Queued);
    }

    void listFiltersByStateAndCapability() {
        Database database(dbPath(QStringLiteral("list.db")));
        JobStore jobs(database);
        for (int i = 0; i < 5; ++i) {
            JobRecord job = sampleJob(QStringLiteral("j%1").arg(i));
            if (i % 2) {
                job.capability = QStringLiteral("stt");
            }
            jobs.insert(job);
        }
        jobs.finish(QStringLiteral("j0"), JobState::Failed, QStringLiteral("boom"));
        JobFilter failed;
        failed.state = JobState::Failed;
        QCOMPARE(jobs.list(failed).size(), 1);
        JobFilter stt;
        stt.capability = QStringLiteral("stt");
        QCOMPARE(jobs.list(stt).size(), 2);
        QCOMPARE(jobs.list().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
