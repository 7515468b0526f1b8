#include "app/cloud/cloud_database.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace sonara::cloud {
namespace {

// Statements of a migration that start "sqlite:" or "postgres:" run on that database only.
const QString kSqliteOnly = QStringLiteral("sqlite:");
const QString kPostgresOnly = QStringLiteral("postgres:");

// A `seq` column numbering `table`'s rows in the order they were written, for rows of one
// second (created_at) to keep that order: rowid and ctid are no promise (VACUUM, updates).
// Existing rows are numbered by created_at and their physical order, the best there is.
QStringList insertionSequence(const QString& table) {
    const QString t = table;
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN seq BIGINT").arg(t),
        kSqliteOnly + QStringLiteral("UPDATE %1 SET seq = rowid").arg(t),
        // Writers are serialised on SQLite (BEGIN IMMEDIATE), so MAX + 1 never repeats.
        kSqliteOnly + QStringLiteral("CREATE TRIGGER %1_seq AFTER INSERT ON %1 FOR EACH ROW WHEN "
                                     "NEW.seq IS NULL BEGIN UPDATE %1 SET seq = (SELECT "
                                     "COALESCE(MAX(seq), 0) + 1 FROM %1) WHERE rowid = "
                                     "NEW.rowid; END")
                          .arg(t),
        kPostgresOnly + QStringLiteral("CREATE SEQUENCE %1_seq").arg(t),
        kPostgresOnly +
            QStringLiteral("UPDATE %1 SET seq = ordered.n FROM (SELECT ctid AS physical, "
                           "ROW_NUMBER() OVER (ORDER BY created_at, ctid) AS n FROM "
                           "%1) ordered WHERE %1.ctid = ordered.physical")
                .arg(t),
        kPostgresOnly + QStringLiteral("SELECT setval('%1_seq', COALESCE((SELECT MAX(seq) FROM "
                                       "%1), 0) + 1, false)")
                            .arg(t),
        kPostgresOnly +
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN seq SET DEFAULT nextval('%1_seq')").arg(t),
        QStringLiteral("CREATE INDEX %1_seq_order ON %1 (seq)").arg(t),
    };
}

// Numbered and append-only: a deployed schema is changed only by adding a migration. The SQL
// is the common subset of SQLite and PostgreSQL (text ids, BIGINT epoch seconds).
const QList<QStringList>& migrations() {
    static const QList<QStringList> list{
        {
            QStringLiteral(
                "CREATE TABLE plans (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                "price_cents BIGINT NOT NULL CHECK (price_cents >= 0), currency TEXT NOT NULL, "
                "seconds BIGINT NOT NULL CHECK (seconds > 0), active INTEGER NOT NULL DEFAULT 1, "
                "created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "INSERT INTO plans (id, name, price_cents, currency, seconds, active, "
                "created_at) VALUES ('minutes-60', '60 minutes', 2000, 'usd', 3600, 1, 0)"),
            QStringLiteral(
                "CREATE TABLE accounts (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
                "password_hash TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('user', "
                "'admin')), "
                "plan_id TEXT REFERENCES plans(id), status TEXT NOT NULL DEFAULT 'active' "
                "CHECK (status IN ('active', 'suspended')), created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE refresh_tokens (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id) ON DELETE CASCADE, family_id TEXT NOT NULL, "
                "token_hash TEXT NOT NULL UNIQUE, expires_at BIGINT NOT NULL, used_at BIGINT, "
                "revoked_at BIGINT, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)"),
            QStringLiteral(
                "CREATE TABLE ledger_entries (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id), kind TEXT NOT NULL CHECK (kind IN ('purchase', 'usage', "
                "'refund', 'grant', 'reset', 'lease', 'lease-settle')), seconds BIGINT NOT NULL, "
                "idempotency_key TEXT NOT NULL, capability TEXT, reference TEXT, "
                "created_at BIGINT NOT NULL, UNIQUE (account_id, idempotency_key))"),
            QStringLiteral("CREATE INDEX ledger_entries_account ON ledger_entries (account_id)"),
            QStringLiteral(
                "CREATE TABLE payment_events (provider TEXT NOT NULL, event_id TEXT NOT NULL, "
                "account_id TEXT REFERENCES accounts(id), received_at BIGINT NOT NULL, "
                "PRIMARY KEY (provider, event_id))"),
            QStringLiteral(
                "CREATE TABLE leases (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id), seconds BIGINT NOT NULL CHECK (seconds > 0), "
                "issued_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, settled_at BIGINT, "
                "spent_seconds BIGINT)"),
            QStringLiteral(
                "CREATE TABLE devices (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id), device_id TEXT NOT NULL, activated_at BIGINT NOT NULL, "
                "UNIQUE (account_id, device_id))"),
            QStringLiteral(
                "CREATE TABLE audit_log (id TEXT PRIMARY KEY, actor_id TEXT NOT NULL, "
                "action TEXT NOT NULL, target TEXT, detail TEXT, created_at BIGINT NOT NULL)"),
        },
        {
            // One row per paid checkout, so refunds can find what they reverse and admins can
            // report revenue; the shortfall is what a refund could not take back.
            QStringLiteral(
                "CREATE TABLE purchases (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id), provider TEXT NOT NULL, payment_ref TEXT NOT NULL, "
                "plan_id TEXT NOT NULL, amount BIGINT NOT NULL, currency TEXT NOT NULL, "
                "seconds BIGINT NOT NULL, refunded_amount BIGINT NOT NULL DEFAULT 0, "
                "refunded_seconds BIGINT NOT NULL DEFAULT 0, shortfall_seconds BIGINT NOT NULL "
                "DEFAULT 0, created_at BIGINT NOT NULL, UNIQUE (provider, payment_ref))"),
            QStringLiteral("CREATE INDEX purchases_created ON purchases (created_at)"),
        },
        {
            QStringLiteral("ALTER TABLE accounts ADD COLUMN email_verified_at BIGINT"),
            // Single-use, expiring tokens for email verification and password reset; only
            // their hashes are kept.
            QStringLiteral(
                "CREATE TABLE account_tokens (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id) ON DELETE CASCADE, purpose TEXT NOT NULL CHECK (purpose "
                "IN ('verify-email', 'reset-password')), token_hash TEXT NOT NULL UNIQUE, "
                "expires_at BIGINT NOT NULL, used_at BIGINT, created_at BIGINT NOT NULL)"),
            // Mail waits here until the sender delivers it, so a failed SMTP server loses none.
            QStringLiteral("CREATE TABLE outbox (id TEXT PRIMARY KEY, recipient TEXT NOT NULL, "
                           "subject TEXT NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL, "
                           "sent_at BIGINT)"),
        },
        {
            // Keys are shown once; the table keeps a hash and the visible prefix.
            QStringLiteral(
                "CREATE TABLE api_keys (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES "
                "accounts(id) ON DELETE CASCADE, prefix TEXT NOT NULL UNIQUE, key_hash TEXT NOT "
                "NULL UNIQUE, name TEXT NOT NULL, scopes TEXT NOT NULL, created_at BIGINT NOT "
                "NULL, "
                "last_used_at BIGINT, revoked_at BIGINT)"),
        },
        {
            // Deleted accounts keep their money records (bookkeeping law) under an anonymous
            // email; everything else about the person goes.
            QStringLiteral("ALTER TABLE accounts ADD COLUMN deleted_at BIGINT"),
            QStringLiteral("CREATE TABLE model_catalog (id TEXT PRIMARY KEY, entry TEXT NOT NULL, "
                           "published INTEGER NOT NULL, updated_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE voice_shares (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id) ON DELETE CASCADE, name TEXT NOT NULL, sample_sha256 "
                "TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('pending', 'approved', "
                "'rejected')), reason TEXT, created_at BIGINT NOT NULL, decided_at BIGINT)"),
        },
        {
            // A plan with interval_months renews; its allowance is reset once per period.
            QStringLiteral("ALTER TABLE plans ADD COLUMN interval_months INTEGER"),
            QStringLiteral(
                "CREATE TABLE subscriptions (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                "REFERENCES accounts(id), plan_id TEXT NOT NULL REFERENCES plans(id), provider "
                "TEXT NOT NULL, provider_ref TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN "
                "('active', 'cancelled')), anchor BIGINT NOT NULL, periods_granted INTEGER NOT "
                "NULL DEFAULT 0, created_at BIGINT NOT NULL, UNIQUE (provider, provider_ref))"),
        },
        {
            // Every debit sums the account's entries; with the amounts in the index that sum
            // reads the index alone.
            QStringLiteral(
                "CREATE INDEX ledger_entries_balance ON ledger_entries (account_id, seconds)"),
        },
        {
            // A lease left unsettled past its grace period is expired by the scheduler: its
            // seconds go back and a late settle is charged as usage; the shortfall is what that
            // charge could not take because the balance had been spent meanwhile.
            QStringLiteral("ALTER TABLE leases ADD COLUMN expired_at BIGINT"),
            QStringLiteral(
                "ALTER TABLE leases ADD COLUMN shortfall_seconds BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX leases_open ON leases (settled_at, expired_at, "
                           "expires_at)"),
        },
        {
            // A renewal is granted only for a paid period: checkout pays the first, each paid
            // Stripe invoice one more. Existing subscriptions count what they were granted.
            QStringLiteral(
                "ALTER TABLE subscriptions ADD COLUMN paid_periods INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE subscriptions SET paid_periods = periods_granted"),
        },
        {
            // Sign-in and API key limits live here, not in each instance's memory, so that
            // instances behind a load balancer share one budget; one row per key and window.
            QStringLiteral("CREATE TABLE rate_limits (bucket TEXT PRIMARY KEY, window_end BIGINT "
                           "NOT NULL, hits BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX rate_limits_window_end ON rate_limits (window_end)"),
            // A subscription whose payment failed stays active but past due: its allowance is
            // not renewed until a payment arrives. status_at is the provider's time of the
            // last state change applied, so an older event delivered late changes nothing.
            QStringLiteral("ALTER TABLE subscriptions ADD COLUMN past_due_since BIGINT"),
            QStringLiteral(
                "ALTER TABLE subscriptions ADD COLUMN status_at BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX subscriptions_account ON subscriptions (account_id)"),
            // Providers deliver out of order: an event about a subscription not yet known (an
            // invoice paid before its checkout completed) waits here, verified, until it is.
            QStringLiteral(
                "CREATE TABLE deferred_events (provider TEXT NOT NULL, event_id TEXT NOT NULL, "
                "subscription_ref TEXT NOT NULL, body TEXT NOT NULL, received_at BIGINT NOT "
                "NULL, PRIMARY KEY (provider, event_id))"),
            QStringLiteral("CREATE INDEX deferred_events_subscription ON deferred_events "
                           "(provider, subscription_ref)"),
        },
        {
            // A lease settled with the exports it paid for: the seconds of those already
            // charged online, and a digest of the list, so that a replay is answered alike and
            // a different list under the same total is refused.
            QStringLiteral(
                "ALTER TABLE leases ADD COLUMN already_charged_seconds BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE leases ADD COLUMN usage_digest TEXT"),
        },
        {
            // A plan change applies from the next period: the period being used keeps the
            // allowance it was granted, which the next reset needs to know what lapses.
            // plan_at is the provider's time of the last plan change applied.
            QStringLiteral("ALTER TABLE subscriptions ADD COLUMN granted_seconds BIGINT"),
            QStringLiteral("UPDATE subscriptions SET granted_seconds = (SELECT seconds FROM "
                           "plans WHERE plans.id = subscriptions.plan_id)"),
            QStringLiteral(
                "ALTER TABLE subscriptions ADD COLUMN plan_at BIGINT NOT NULL DEFAULT 0"),
        },
        {
            // A payment event for a payment already credited (under another event id, or as
            // another event type) names the purchase it duplicates.
            QStringLiteral("ALTER TABLE payment_events ADD COLUMN duplicate_of TEXT"),
            // Sign-in limits slow guessing with growing delays: next_at is when a held bucket
            // admits its next attempt, admitted whether the last attempt counted was let in.
            QStringLiteral("ALTER TABLE rate_limits ADD COLUMN next_at BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE rate_limits ADD COLUMN admitted INTEGER NOT NULL DEFAULT 1"),
            // Addresses an account signed in from: failures from elsewhere do not hold them.
            QStringLiteral(
                "CREATE TABLE sign_in_addresses (account_id TEXT NOT NULL REFERENCES "
                "accounts(id) ON DELETE CASCADE, address_hash TEXT NOT NULL, last_seen BIGINT "
                "NOT NULL, PRIMARY KEY (account_id, address_hash))"),
        },
        // Ledger entries and audit entries of one second keep the order they were written in.
        insertionSequence(QStringLiteral("ledger_entries")) +
            insertionSequence(QStringLiteral("audit_log")) +
            QStringList{
                // A shared voice's first seconds (Ogg Opus, base64), for moderators to hear.
                QStringLiteral("ALTER TABLE voice_shares ADD COLUMN sample TEXT"),
            },
    };
    return list;
}

// The statement with each ? outside quotes numbered $1, $2, ... as PostgreSQL's PREPARE wants.
QString numberPlaceholders(const QString& sql) {
    QString statement;
    statement.reserve(sql.size() + 16);
    int next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            statement += QLatin1Char('$') + QString::number(++next);
            continue;
        }
        statement += c;
    }
    return statement;
}

// The name of `sql` prepared on this connection, preparing it the first time. QPSQL's own
// prepared queries cost three round trips per statement (PREPARE, EXECUTE, DEALLOCATE); kept
// prepared for the connection's life, each use is one, and PostgreSQL reuses its plan. Each
// thread has its own connection, so the names are kept per thread.
QString preparedStatement(QSqlDatabase& db, const QString& sql) {
    static std::atomic<quint64> counter{0};
    thread_local QHash<QString, QString> prepared;
    const QString key = db.connectionName() + QLatin1Char('\n') + sql;
    const auto found = prepared.constFind(key);
    if (found != prepared.cend()) {
        return *found;
    }
    const QString name = QStringLiteral("sonara_%1").arg(++counter);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numberPlaceholders(sql)))) {
        throw DatabaseError(QStringLiteral("cannot prepare (%1): %2")
                                .arg(sql.simplified().left(80), query.lastError().text()));
    }
    prepared.insert(key, name);
    return name;
}

// EXECUTE with the values written as QPSQL writes them for its own EXECUTE.
QString executeStatement(const QSqlDriver& driver, const QString& name, const QVariantList& args) {
    QStringList values;
    for (const QVariant& value : args) {
        QSqlField field(QString(), value.metaType());
        if (!value.isNull()) {
            field.setValue(value);
        }
        values.append(driver.formatValue(field));
    }
    return QStringLiteral("EXECUTE %1 (%2)").arg(name, values.join(QStringLiteral(", ")));
}

QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& args) {
    QSqlQuery query(db);
    if (!args.isEmpty() && db.driverName() == QStringLiteral("QPSQL")) {
        if (!query.exec(executeStatement(*db.driver(), preparedStatement(db, sql), args))) {
            throw DatabaseError(QStringLiteral("statement failed (%1): %2")
                                    .arg(sql.simplified().left(80), query.lastError().text()));
        }
        return query;
    }
    if (args.isEmpty()) {
        // PostgreSQL cannot PREPARE schema statements, so statements without values run as they
        // are.
        if (!query.exec(sql)) {
            throw DatabaseError(QStringLiteral("statement failed (%1): %2")
                                    .arg(sql.simplified().left(80), query.lastError().text()));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        throw DatabaseError(QStringLiteral("cannot prepare (%1): %2")
                                .arg(sql.simplified().left(80), query.lastError().text()));
    }
    for (const QVariant& value : args) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        throw DatabaseError(QStringLiteral("statement failed (%1): %2")
                                .arg(sql.simplified().left(80), query.lastError().text()));
    }
    return query;
}

void runPlain(QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        throw DatabaseError(QStringLiteral("statement failed (%1): %2")
                                .arg(sql.simplified().left(80), query.lastError().text()));
    }
}

// `sql`'s column names. A statement's columns never change, so they are read from its first
// result and kept: the drivers build a whole QSqlRecord (QPSQL with each column's type) on
// every call.
QStringList columnNames(const QString& sql, const QSqlQuery& query) {
    thread_local QHash<QString, QStringList> known;
    const auto found = known.constFind(sql);
    if (found != known.cend()) {
        return *found;
    }
    const QSqlRecord record = query.record();
    QStringList names;
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i) {
        names.append(record.fieldName(i));
    }
    if (!names.isEmpty()) {
        known.insert(sql, names);
    }
    return names;
}

}  // namespace

DatabaseError::DatabaseError(const QString& message) : std::runtime_error(message.toStdString()) {}

Rows::Rows(QSqlQuery query, QStringList columns)
    : query_(std::move(query)), columns_(std::move(columns)) {}

QVariant Rows::value(const char* column) const {
    const QLatin1String name(column);
    const auto found = std::find_if(columns_.cbegin(), columns_.cend(), [&](const QString& each) {
        return each.compare(name, Qt::CaseInsensitive) == 0;
    });
    const auto index = static_cast<int>(found - columns_.cbegin());
    if (found == columns_.cend()) {
        throw DatabaseError(
            QStringLiteral("the statement has no column %1").arg(QLatin1String(column)));
    }
    return query_.value(index);
}

std::optional<QString> Rows::optionalText(const char* column) const {
    const QVariant cell = value(column);
    return cell.isNull() ? std::nullopt : std::optional<QString>(cell.toString());
}

std::optional<qint64> Rows::optionalInteger(const char* column) const {
    const QVariant cell = value(column);
    return cell.isNull() ? std::nullopt : std::optional<qint64>(cell.toLongLong());
}

CloudDatabase::CloudDatabase(const QString& dataDir, const QString& url)
    : connectionPrefix_(
          QStringLiteral("sonara-cloud-%1").arg(QUuid::createUuid().toString(QUuid::Id128))) {
    if (url.isEmpty() || url.startsWith(QStringLiteral("sqlite:"))) {
        dialect_ = Dialect::Sqlite;
        sqlitePath_ = url.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("cloud.db"))
                                    : url.mid(QStringLiteral("sqlite:").size());
    } else {
        const QUrl parsed(url);
        if (parsed.scheme() != QStringLiteral("postgres") &&
            parsed.scheme() != QStringLiteral("postgresql")) {
            throw DatabaseError(
                QStringLiteral("--database %1 is not understood: give "
                               "postgres://user:password@host:port/name, or leave it out to use "
                               "SQLite in the data directory")
                    .arg(parsed.scheme().isEmpty() ? QStringLiteral("value") : parsed.scheme()));
        }
        dialect_ = Dialect::Postgres;
        const QUrlQuery query(parsed);
        pgHost_ = query.hasQueryItem(QStringLiteral("host"))
                      ? query.queryItemValue(QStringLiteral("host"))
                      : parsed.host();
        pgUser_ = parsed.userName();
        pgPassword_ = parsed.password();
        pgName_ = parsed.path().mid(1);
        pgPort_ = parsed.port(5432);
    }
    migrate();
}

CloudDatabase::~CloudDatabase() {
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(connectionPrefix_)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

int CloudDatabase::latestVersion() {
    return static_cast<int>(migrations().size());
}

QSqlDatabase CloudDatabase::connection() const {
    const QString name = QStringLiteral("%1-%2")
                             .arg(connectionPrefix_)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db;
    if (dialect_ == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath_);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pgHost_);
        db.setPort(pgPort_);
        db.setUserName(pgUser_);
        db.setPassword(pgPassword_);
        db.setDatabaseName(pgName_);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw DatabaseError(
            QStringLiteral("cannot open the database: %1; check --data or --database").arg(reason));
    }
    if (dialect_ == Dialect::Sqlite) {
        runPlain(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        // With NORMAL a committed ledger entry can vanish on power loss.
        runPlain(db, QStringLiteral("PRAGMA synchronous=FULL"));
        runPlain(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return db;
}

QSqlQuery CloudDatabase::exec(const QString& sql, const QVariantList& args) const {
    QSqlDatabase db = connection();
    return run(db, sql, args);
}

Rows CloudDatabase::select(const QString& sql, const QVariantList& args) const {
    QSqlQuery query = exec(sql, args);
    QStringList columns = columnNames(sql, query);
    return Rows(std::move(query), std::move(columns));
}

int CloudDatabase::schemaVersion() const {
    Rows rows = select(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations"));
    return rows.next() ? static_cast<int>(rows.integer("version")) : 0;
}

bool CloudDatabase::ping() const {
    try {
        return schemaVersion() == latestVersion();
    } catch (const DatabaseError&) {
        return false;
    }
}

void CloudDatabase::migrate() {
    exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "applied_at BIGINT NOT NULL)"));
    WriteTransaction transaction(*this);
    if (dialect_ == Dialect::Postgres) {
        // Instances starting together must not apply the same migration twice.
        transaction.exec(QStringLiteral("SELECT pg_advisory_xact_lock(51505)"));
    }
    Rows version = transaction.select(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations"));
    const int current = version.next() ? static_cast<int>(version.integer("version")) : 0;
    if (current > latestVersion()) {
        throw DatabaseError(
            QStringLiteral("the database has schema %1 but this sonara-cloud knows up "
                           "to %2: run a newer sonara-cloud")
                .arg(current)
                .arg(latestVersion()));
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        for (const QString& statement : migrations().at(version - 1)) {
            const QString skipped = dialect_ == Dialect::Sqlite ? kPostgresOnly : kSqliteOnly;
            const QString own = dialect_ == Dialect::Sqlite ? kSqliteOnly : kPostgresOnly;
            if (!statement.startsWith(skipped)) {
                transaction.exec(statement.startsWith(own) ? statement.mid(own.size()) : statement);
            }
        }
        transaction.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                        "VALUES (?, ?)"),
                         {version, QDateTime::currentSecsSinceEpoch()});
    }
    transaction.commit();
}

WriteTransaction::WriteTransaction(const CloudDatabase& db)
    : db_(db), connection_(db.connection()) {
    runPlain(connection_, db_.dialect() == CloudDatabase::Dialect::Sqlite
                              ? QStringLiteral("BEGIN IMMEDIATE")
                              : QStringLiteral("BEGIN"));
    open_ = true;
}

WriteTransaction::~WriteTransaction() {
    if (open_) {
        QSqlQuery query(connection_);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::lockAccount(const QString& accountId) {
    if (db_.dialect() == CloudDatabase::Dialect::Postgres) {
        run(connection_, QStringLiteral("SELECT id FROM accounts WHERE id = ? FOR UPDATE"),
            {accountId});
    }
}

QSqlQuery WriteTransaction::exec(const QString& sql, const QVariantList& args) {
    return run(connection_, sql, args);
}

Rows WriteTransaction::select(const QString& sql, const QVariantList& args) {
    QSqlQuery query = exec(sql, args);
    QStringList columns = columnNames(sql, query);
    return Rows(std::move(query), std::move(columns));
}

void WriteTransaction::insertRows(const QString& table, const QStringList& columns,
                                  const QList<QVariantList>& rows) {
    // Up to 256 rows a statement, in power-of-two batches so that few statement texts are kept
    // prepared; on PostgreSQL every statement is a round trip.
    const QString tuple = QStringLiteral("(%1)").arg(
        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    for (qsizetype from = 0; from < rows.size();) {
        qsizetype batch = 256;
        while (batch > rows.size() - from) {
            batch /= 2;
        }
        QVariantList args;
        for (qsizetype i = from; i < from + batch; ++i) {
            args.append(rows.at(i));
        }
        run(connection_,
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QStringLiteral(", ")),
                     QStringList(batch, tuple).join(QLatin1Char(','))),
            args);
        from += batch;
    }
}

bool WriteTransaction::tryExec(const QString& sql, const QVariantList& args) {
    if (db_.dialect() == CloudDatabase::Dialect::Postgres) {
        // A failed statement aborts a PostgreSQL transaction; a savepoint keeps it usable.
        runPlain(connection_, QStringLiteral("SAVEPOINT attempt"));
        try {
            run(connection_, sql, args);
        } catch (const DatabaseError&) {
            runPlain(connection_, QStringLiteral("ROLLBACK TO SAVEPOINT attempt"));
            return false;
        }
        runPlain(connection_, QStringLiteral("RELEASE SAVEPOINT attempt"));
        return true;
    }
    try {
        run(connection_, sql, args);
    } catch (const DatabaseError&) {
        return false;
    }
    return true;
}

void WriteTransaction::commit() {
    runPlain(connection_, QStringLiteral("COMMIT"));
    open_ = false;
}

}  // namespace sonara::cloud
