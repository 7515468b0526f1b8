#include "core/store/migrations.h"

namespace sonara::core::store {

const QVector<QStringList>& migrations() {
    static const QVector<QStringList> all = {
        // 1: assets, jobs and their outputs, settings.
        {
            QStringLiteral(R"(CREATE TABLE assets (
                id TEXT PRIMARY KEY,
                sha256 TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('audio', 'transcript', 'other')),
                path TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                format TEXT NOT NULL DEFAULT '',
                size_bytes INTEGER NOT NULL DEFAULT 0,
                duration REAL,
                sample_rate INTEGER,
                channels INTEGER,
                origin_job TEXT REFERENCES jobs(id) ON DELETE SET NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE UNIQUE INDEX assets_content ON assets(sha256, kind)"),
            QStringLiteral(R"(CREATE TABLE jobs (
                id TEXT PRIMARY KEY,
                capability TEXT NOT NULL,
                engine TEXT NOT NULL,
                model TEXT NOT NULL DEFAULT '',
                parameters TEXT NOT NULL DEFAULT '{}',
                inputs TEXT NOT NULL DEFAULT '[]',
                text TEXT NOT NULL DEFAULT '',
                voice TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed',
                                                     'cancelled', 'interrupted')),
                progress REAL NOT NULL DEFAULT 0,
                stage TEXT NOT NULL DEFAULT '',
                eta_seconds REAL,
                error TEXT NOT NULL DEFAULT '',
                attempts INTEGER NOT NULL DEFAULT 0,
                runner_pid INTEGER,
                created_at TEXT NOT NULL,
                started_at TEXT,
                finished_at TEXT))"),
            QStringLiteral("CREATE INDEX jobs_state ON jobs(state, created_at)"),
            QStringLiteral(R"(CREATE TABLE job_outputs (
                job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
                output_id TEXT NOT NULL,
                asset_id TEXT NOT NULL REFERENCES assets(id),
                PRIMARY KEY (job_id, output_id)))"),
            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"),
        },
        // 2: the voice library and projects.
        {
            QStringLiteral(R"(CREATE TABLE voices (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                language TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE voice_samples (
                voice_id TEXT NOT NULL REFERENCES voices(id) ON DELETE CASCADE,
                asset_id TEXT NOT NULL REFERENCES assets(id),
                PRIMARY KEY (voice_id, asset_id)))"),
            QStringLiteral(R"(CREATE TABLE projects (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                document TEXT NOT NULL DEFAULT '{}',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
        },
        // 3: the local mirror of the account's credit ledger (the service's ledger is the truth).
        {
            QStringLiteral(R"(CREATE TABLE credit_entries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                remote_id TEXT UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('purchase', 'usage', 'refund', 'grant', 'reset',
                                                   'lease', 'lease-settle')),
                seconds INTEGER NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                details TEXT NOT NULL DEFAULT '{}',
                synced INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX credit_entries_unsynced ON credit_entries(synced)"),
        },
        // 4: model downloads, so an interrupted one is listed and resumed after a restart.
        {
            QStringLiteral(R"(CREATE TABLE model_installs (
                model_id TEXT PRIMARY KEY,
                url TEXT NOT NULL DEFAULT '',
                architecture TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL CHECK (state IN ('downloading', 'installed', 'failed',
                                                     'cancelled', 'interrupted')),
                bytes_done INTEGER NOT NULL DEFAULT 0,
                bytes_total INTEGER NOT NULL DEFAULT 0,
                error TEXT NOT NULL DEFAULT '',
                runner_pid INTEGER,
                updated_at TEXT NOT NULL))"),
        },
        // 5: a result asset remembers how its export is charged, so the credit rule holds
        // whatever later happens to the job that made it (deleted, retried, interrupted).
        {
            QStringLiteral("ALTER TABLE assets ADD COLUMN export_key TEXT"),
            QStringLiteral(
                "ALTER TABLE assets ADD COLUMN export_capability TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(UPDATE assets SET
                export_key = (SELECT 'download:' || o.job_id || ':' || o.output_id
                              FROM job_outputs o WHERE o.asset_id = assets.id
                              ORDER BY o.job_id LIMIT 1),
                export_capability = COALESCE((SELECT j.capability FROM jobs j
                                              WHERE j.id = assets.origin_job), '')
                WHERE origin_job IS NOT NULL)"),
        },
        // 6: a job's inputs are named by its capability's descriptor (JobInputs): one JSON
        // object replaces the list of audio files and the fixed text and voice columns.
        {
            QStringLiteral(R"(UPDATE jobs SET inputs = CASE
                WHEN inputs NOT IN ('', '[]') THEN json_object('audio', json(inputs))
                WHEN text <> '' THEN json_object('text', text)
                ELSE '{}' END)"),
            QStringLiteral("ALTER TABLE jobs DROP COLUMN text"),
            QStringLiteral("ALTER TABLE jobs DROP COLUMN voice"),
        },
        // 7: what a client files a job under: a label and metadata it can find the job by, and
        // the Idempotency-Key it was created with (with a fingerprint of the request), so that
        // sending the same request again after a crash or a restart finds the job instead of
        // creating a second one.
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN label TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN idempotency_key TEXT"),
            QStringLiteral(
                "ALTER TABLE jobs ADD COLUMN request_fingerprint TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX jobs_idempotency ON jobs(idempotency_key) "
                           "WHERE idempotency_key IS NOT NULL"),
            QStringLiteral("CREATE INDEX jobs_label ON jobs(label, created_at)"),
        },
        // 8: a job's place in the queue: its priority, then when it was queued (ms since the
        // epoch; "front" sets it before the others), so the order survives a restart.
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN priority INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN queue_order INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE jobs SET queue_order = CAST((julianday(created_at) - "
                           "2440587.5) * 86400000 AS INTEGER)"),
        },
        // 9: what a job tells its user besides its outputs (an input used only as far as it
        // goes): a JSON array of sentences.
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN notices TEXT NOT NULL DEFAULT '[]'"),
        },
        // 10: an upload of stored bytes under another name is an asset of its own, named as the
        // client sent it, whose file is a hard link to the stored asset's: one stored asset per
        // content, and one such sharing asset per content and name.
        {
            QStringLiteral("ALTER TABLE assets ADD COLUMN shares_bytes_of TEXT"),
            QStringLiteral("DROP INDEX assets_content"),
            QStringLiteral("CREATE UNIQUE INDEX assets_content ON assets(sha256, kind) "
                           "WHERE shares_bytes_of IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX assets_named_content ON assets(sha256, kind, "
                           "name) WHERE shares_bytes_of IS NOT NULL"),
        },
        // 11: the device a job's models ran on ("cpu", "cuda:0"), as it ended up: after a
        // fallback to the CPU, the CPU. Empty for jobs from before, and for a job not started.
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN device TEXT NOT NULL DEFAULT ''"),
        },
        // 12: a voice's consent (who confirmed it, the statement shown, when), and each of its
        // recordings cleaned once into an asset of its own beside the recording as given.
        {
            QStringLiteral("ALTER TABLE voices ADD COLUMN consent_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE voices ADD COLUMN consent_statement TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE voices ADD COLUMN consent_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE voice_samples ADD COLUMN original_asset_id TEXT REFERENCES "
                           "assets(id)"),
        },
    };
    return all;
}

}  // namespace sonara::core::store
