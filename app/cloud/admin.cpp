#include "app/cloud/admin.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/ledger.h"
#include "core/wire/fields.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace sonara::cloud {
namespace {

HttpError notFound(const QString& detail) {
    return HttpError(Status::NotFound, QStringLiteral("Not found"), detail);
}

void requireAccount(WriteTransaction& transaction, const QString& accountId) {
    Rows account =
        transaction.select(QStringLiteral("SELECT id FROM accounts WHERE id = ?"), {accountId});
    if (!account.next()) {
        throw notFound(QStringLiteral("no account %1").arg(accountId.left(64)));
    }
}

}  // namespace

QJsonObject RevenueRow::toJson() const {
    return {{QStringLiteral("key"), key},           {QStringLiteral("currency"), currency},
            {QStringLiteral("count"), count},       {QStringLiteral("gross"), gross},
            {QStringLiteral("refunded"), refunded}, {QStringLiteral("net"), gross - refunded}};
}

Admin::Admin(const CloudDatabase& database, const CloudConfig& config,
             const QHash<int, qint64>& responsesByStatus)
    : database_(database), config_(config), responsesByStatus_(responsesByStatus) {}

void Admin::addRoutes(Router& router, Authenticator& authenticator) {
    addUserRoutes(router, authenticator);
    addPlanAndReportRoutes(router, authenticator);
    addCatalogRoutes(router, authenticator);
    addPagedRoutes(router, authenticator);
    addRecordRoutes(router, authenticator);
    addRefundRoutes(router, authenticator);
}

void Admin::addUserRoutes(Router& router, Authenticator& authenticator) {
    router.routeWithId(
        QStringLiteral("/v1/admin/users/<arg>/grant"), Method::Post,
        [this, &authenticator](const QString& accountId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            const auto credit = wire::CreditGrant::parse(parseBody(request, config_.maxBodyBytes));
            return json(grant(admin, accountId, credit).toJson());
        });
    for (const QString& status : {QStringLiteral("suspended"), QStringLiteral("active")}) {
        const QString action = status == QStringLiteral("active") ? QStringLiteral("reactivate")
                                                                  : QStringLiteral("suspend");
        router.routeWithId(
            QStringLiteral("/v1/admin/users/<arg>/") + action, Method::Post,
            [this, &authenticator, status](const QString& accountId,
                                           const QHttpServerRequest& request) {
                const Caller admin = authenticator.requireAdmin(request);
                // The reason goes to the audit log; a suspension cannot go without one.
                const QString reason = request.body().trimmed().isEmpty()
                                           ? QString()
                                           : parseBody(request, config_.maxBodyBytes)
                                                 .value(QStringLiteral("reason"))
                                                 .toString()
                                                 .trimmed()
                                                 .left(500);
                if (reason.isEmpty() && status != QStringLiteral("active")) {
                    throw invalid(QStringLiteral("reason"),
                                  QStringLiteral("say why the account is suspended in 'reason'; "
                                                 "it is kept in the audit log"));
                }
                setStatus(admin, accountId, status, reason);
                return json(
                    {{QStringLiteral("id"), accountId}, {QStringLiteral("status"), status}});
            });
    }
    router.routeWithId(
        QStringLiteral("/v1/admin/users/<arg>/export"), Method::Get,
        [this, &authenticator](const QString& accountId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            const QJsonObject data = exportAccount(accountId);
            WriteTransaction transaction(database_);
            audit(transaction, admin, QStringLiteral("user.export"), accountId, {});
            transaction.commit();
            return json(data);
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/users/<arg>"), Method::Delete,
        [this, &authenticator](const QString& accountId, const QHttpServerRequest& request) {
            const QJsonObject data = deleteAccount(authenticator.requireAdmin(request), accountId);
            return json({{QStringLiteral("deleted"), true}, {QStringLiteral("export"), data}});
        });
}

void Admin::addPlanAndReportRoutes(Router& router, Authenticator& authenticator) {
    router.route(QStringLiteral("/v1/plans"), Method::Get, [this](const QHttpServerRequest&) {
        QJsonArray list;
        for (const wire::Plan& plan : plans()) {
            list.append(plan.toJson());
        }
        return json({{QStringLiteral("plans"), list}});
    });
    router.routeWithId(
        QStringLiteral("/v1/admin/plans/<arg>"), Method::Put,
        [this, &authenticator](const QString& planId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
            if (!idPattern.match(planId).hasMatch()) {
                throw invalid(QStringLiteral("id"),
                              QStringLiteral("a plan id is 1 to 64 lowercase letters, "
                                             "digits and dashes"));
            }
            const wire::AdminPlan plan =
                wire::AdminPlan::parse(planId, parseBody(request, config_.maxBodyBytes));
            const bool created = putPlan(admin, plan);
            return json({{QStringLiteral("id"), plan.id},
                         {QStringLiteral("name"), plan.name},
                         {QStringLiteral("price_cents"), plan.priceCents},
                         {QStringLiteral("currency"), plan.currency},
                         {QStringLiteral("seconds"), plan.seconds}},
                        created ? Status::Created : Status::Ok);
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/plans/<arg>"), Method::Delete,
        [this, &authenticator](const QString& planId, const QHttpServerRequest& request) {
            withdrawPlan(authenticator.requireAdmin(request), planId);
            return QHttpServerResponse(Status::NoContent);
        });
    router.route(QStringLiteral("/v1/admin/reports/revenue"), Method::Get,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     authenticator.requireAdmin(request);
                     const QString by = request.query().queryItemValue(QStringLiteral("by"));
                     QJsonArray rows;
                     for (const RevenueRow& row : revenue(by)) {
                         rows.append(row.toJson());
                     }
                     return json({{QStringLiteral("by"), by}, {QStringLiteral("rows"), rows}});
                 });
    router.route(
        QStringLiteral("/v1/admin/reports/usage"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            authenticator.requireAdmin(request);
            Rows row = database_.select(QStringLiteral(
                "SELECT (created_at / 86400) * 86400 AS day, capability, COUNT(*) AS "
                "uses, CAST(-SUM(seconds) AS BIGINT) AS used FROM ledger_entries WHERE "
                "kind = 'usage' GROUP BY (created_at / 86400) * 86400, capability ORDER "
                "BY day, capability"));
            QJsonArray rows;
            while (row.next()) {
                rows.append(QJsonObject{{QStringLiteral("day"), row.integer("day")},
                                        {QStringLiteral("capability"), row.text("capability")},
                                        {QStringLiteral("count"), row.integer("uses")},
                                        {QStringLiteral("seconds"), row.integer("used")}});
            }
            return json({{QStringLiteral("rows"), rows}});
        });
    router.route(QStringLiteral("/metrics"), Method::Get,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     authenticator.requireAdmin(request);
                     return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"),
                                                metrics());
                 });
}

void Admin::addCatalogRoutes(Router& router, Authenticator& authenticator) {
    router.route(QStringLiteral("/v1/catalog"), Method::Get, [this](const QHttpServerRequest&) {
        return json({{QStringLiteral("models"), catalog()}});
    });
    router.routeWithId(
        QStringLiteral("/v1/admin/catalog/<arg>"), Method::Put,
        [this, &authenticator](const QString& modelId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            return json(publishModel(admin, modelId, parseBody(request, config_.maxBodyBytes)));
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/catalog/<arg>"), Method::Delete,
        [this, &authenticator](const QString& modelId, const QHttpServerRequest& request) {
            withdrawModel(authenticator.requireAdmin(request), modelId);
            return QHttpServerResponse(Status::NoContent);
        });
    router.route(QStringLiteral("/v1/voices/share"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     // Room for the sample in base64 whatever the general body limit.
                     const QJsonObject body = parseBody(
                         request, qMax<qint64>(config_.maxBodyBytes, kMaxVoiceSampleBytes * 2));
                     const QString name = wire::requireString(body, QStringLiteral("name"), 100);
                     const auto decoded = QByteArray::fromBase64Encoding(
                         body.value(QStringLiteral("sample")).toString().toLatin1(),
                         QByteArray::AbortOnBase64DecodingErrors);
                     const QByteArray sample = decoded ? *decoded : QByteArray();
                     const QString claimed =
                         body.value(QStringLiteral("sample_sha256")).toString().toLower();
                     if (!claimed.isEmpty() &&
                         claimed != QString::fromLatin1(crypto::sha256(sample).toHex())) {
                         throw invalid(QStringLiteral("sample_sha256"),
                                       QStringLiteral("'sample_sha256' does not match the sample: "
                                                      "leave it out or send the sample's SHA-256"));
                     }
                     return json({{QStringLiteral("id"), shareVoice(caller, name, sample)},
                                  {QStringLiteral("status"), QStringLiteral("pending")}},
                                 Status::Created);
                 });
    router.route(
        QStringLiteral("/v1/admin/moderation"), Method::Get,
        [this, &authenticator](const QHttpServerRequest& request) {
            authenticator.requireAdmin(request);
            return json({{QStringLiteral("queue"),
                          rowsAsJson(database_,
                                     QStringLiteral("SELECT s.id, s.account_id, a.email, s.name, "
                                                    "s.sample_sha256, s.created_at, "
                                                    "CASE WHEN s.sample IS NULL THEN 0 ELSE 1 "
                                                    "END AS has_sample FROM "
                                                    "voice_shares s JOIN accounts a ON a.id = "
                                                    "s.account_id WHERE s.status = ? ORDER BY "
                                                    "s.created_at, s.id"),
                                     QStringLiteral("pending"))}});
        });
    router.routeWithId(
        QStringLiteral("/v1/admin/moderation/<arg>/sample"), Method::Get,
        [this, &authenticator](const QString& shareId, const QHttpServerRequest& request) {
            const QByteArray sample = voiceSample(authenticator.requireAdmin(request), shareId);
            return QHttpServerResponse(QByteArrayLiteral("audio/ogg"), sample);
        });
    for (const bool approve : {true, false}) {
        router.routeWithId(
            QStringLiteral("/v1/admin/moderation/<arg>/") +
                (approve ? QStringLiteral("approve") : QStringLiteral("reject")),
            Method::Post,
            [this, &authenticator, approve](const QString& shareId,
                                            const QHttpServerRequest& request) {
                const Caller admin = authenticator.requireAdmin(request);
                const QString reason =
                    approve ? QString()
                            : wire::requireString(parseBody(request, config_.maxBodyBytes),
                                                  QStringLiteral("reason"), 500);
                decideVoice(admin, shareId, approve, reason);
                return json({{QStringLiteral("id"), shareId},
                             {QStringLiteral("status"),
                              approve ? QStringLiteral("approved") : QStringLiteral("rejected")}});
            });
    }
}

void Admin::audit(WriteTransaction& transaction, const Caller& actor, const QString& action,
                  const QString& target, const QString& detail) {
    transaction.exec(QStringLiteral("INSERT INTO audit_log (id, actor_id, action, target, detail, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {newId(), actor.accountId, action, target, detail, now()});
}

QList<wire::Plan> Admin::plans() const {
    Rows row = database_.select(QStringLiteral(
        "SELECT id, name, price_cents, currency, seconds, interval_months FROM plans WHERE active "
        "= 1 ORDER BY price_cents, id"));
    QList<wire::Plan> list;
    while (row.next()) {
        list.append({row.text("id"), row.text("name"), row.integer("price_cents"),
                     row.text("currency"), row.integer("seconds"),
                     static_cast<int>(row.integer("interval_months"))});
    }
    return list;
}

wire::CreditAdjustment Admin::grant(const Caller& admin, const QString& accountId,
                                    const wire::CreditGrant& grant) {
    WriteTransaction transaction(database_);
    transaction.lockAccount(accountId);
    requireAccount(transaction, accountId);
    const QString storedKey = QStringLiteral("grant:") + grant.idempotencyKey;
    Rows existing = transaction.select(
        QStringLiteral(
            "SELECT seconds FROM ledger_entries WHERE account_id = ? AND idempotency_key = ?"),
        {accountId, storedKey});
    if (existing.next()) {
        // As POST /v1/usage: a key names one grant. A revocation may have been recorded for
        // less than asked (the balance was lower), so that replay is the same grant too.
        const qint64 recorded = existing.integer("seconds");
        const bool clampedRevocation = grant.seconds < recorded && recorded <= 0;
        if (recorded != grant.seconds && !clampedRevocation) {
            throw HttpError(Status::Conflict, QStringLiteral("Idempotency key reused"),
                            QStringLiteral("idempotency_key '%1' was already used for a grant of "
                                           "%2 seconds: use a new key for a different grant")
                                .arg(grant.idempotencyKey.left(100))
                                .arg(recorded),
                            QStringLiteral("idempotency_key"));
        }
        return {true, 0, Ledger::balance(transaction, accountId)};
    }
    const qint64 before = Ledger::balance(transaction, accountId);
    // A revocation never takes the balance below zero; the part it could not take is recorded.
    const qint64 applied = grant.seconds < 0 ? -qMin(-grant.seconds, before) : grant.seconds;
    QString detail = grant.reason;
    if (applied != grant.seconds) {
        detail += QStringLiteral(" (shortfall %1 seconds)").arg(applied - grant.seconds);
    }
    if (applied != 0) {
        transaction.exec(
            QStringLiteral(
                "INSERT INTO ledger_entries (id, account_id, kind, seconds, "
                "idempotency_key, reference, created_at) VALUES (?, ?, 'grant', ?, ?, ?, ?)"),
            {newId(), accountId, applied, storedKey, grant.reason, now()});
    }
    audit(transaction, admin, QStringLiteral("credit.grant"), accountId,
          QStringLiteral("%1 seconds: %2").arg(applied).arg(detail));
    transaction.commit();
    return {false, applied, before + applied};
}

void Admin::setStatus(const Caller& admin, const QString& accountId, const QString& status,
                      const QString& reason) {
    if (accountId == admin.accountId) {
        throw HttpError(Status::Conflict, QStringLiteral("Refused"),
                        QStringLiteral("administrators cannot suspend their own account"));
    }
    WriteTransaction transaction(database_);
    requireAccount(transaction, accountId);
    transaction.exec(QStringLiteral("UPDATE accounts SET status = ? WHERE id = ?"),
                     {status, accountId});
    if (status != QStringLiteral("active")) {
        transaction.exec(
            QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE account_id = ? "
                           "AND revoked_at IS NULL"),
            {now(), accountId});
    }
    audit(transaction, admin,
          status == QStringLiteral("active") ? QStringLiteral("user.reactivate")
                                             : QStringLiteral("user.suspend"),
          accountId, reason);
    transaction.commit();
}

QJsonObject Admin::exportAccount(const QString& accountId) const {
    const QJsonArray account = rowsAsJson(
        database_,
        QStringLiteral(
            "SELECT id, email, role, plan_id, status, created_at, email_verified_at FROM "
            "accounts WHERE id = ?"),
        accountId);
    if (account.isEmpty()) {
        throw notFound(QStringLiteral("no account %1").arg(accountId.left(64)));
    }
    const auto rows = [&](const char* sql) {
        return rowsAsJson(database_, QLatin1String(sql), accountId);
    };
    return QJsonObject{
        {QStringLiteral("account"), account.at(0)},
        {QStringLiteral("ledger"),
         rows("SELECT id, kind, seconds, capability, reference, created_at FROM ledger_entries "
              "WHERE account_id = ? ORDER BY created_at, seq")},
        {QStringLiteral("purchases"),
         rows("SELECT id, provider, payment_ref, plan_id, amount, currency, seconds, "
              "refunded_amount, created_at FROM purchases WHERE account_id = ? ORDER BY "
              "created_at, id")},
        {QStringLiteral("leases"),
         rows("SELECT id, seconds, issued_at, expires_at, settled_at, spent_seconds FROM leases "
              "WHERE account_id = ? ORDER BY issued_at, id")},
        {QStringLiteral("devices"),
         rows("SELECT id, device_id, activated_at FROM devices WHERE account_id = ? ORDER BY "
              "activated_at")},
        {QStringLiteral("api_keys"),
         rows("SELECT id, prefix, name, scopes, created_at, last_used_at, revoked_at FROM "
              "api_keys WHERE account_id = ? ORDER BY created_at")},
        {QStringLiteral("voice_shares"),
         rows(
             "SELECT id, name, sample_sha256, sample, status, reason, created_at FROM voice_shares "
             "WHERE account_id = ? ORDER BY created_at")},
        // Where the account signed in from (a keyed hash of each address), for the sign-in limits.
        {QStringLiteral("sign_in_addresses"),
         rows("SELECT address_hash, last_seen FROM sign_in_addresses WHERE account_id = ? ORDER "
              "BY last_seen, address_hash")},
        {QStringLiteral("exported_at"), now()}};
}

QJsonObject Admin::deleteAccount(const Caller& admin, const QString& accountId) {
    if (accountId == admin.accountId) {
        throw HttpError(Status::Conflict, QStringLiteral("Refused"),
                        QStringLiteral("administrators cannot delete their own account"));
    }
    // The export is taken first and returned, so nothing is deleted that was not handed over.
    const QJsonObject data = exportAccount(accountId);
    WriteTransaction transaction(database_);
    transaction.exec(
        QStringLiteral("UPDATE accounts SET email = ?, password_hash = '!', status = 'suspended', "
                       "email_verified_at = NULL, deleted_at = ? WHERE id = ?"),
        {QStringLiteral("deleted+%1@deleted.invalid").arg(accountId), now(), accountId});
    for (const char* table : {"refresh_tokens", "api_keys", "devices", "account_tokens",
                              "voice_shares", "sign_in_addresses"}) {
        transaction.exec(
            QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
            {accountId});
    }
    audit(transaction, admin, QStringLiteral("user.delete"), accountId,
          QStringLiteral("export taken; money records kept anonymised"));
    transaction.commit();
    return data;
}

bool Admin::putPlan(const Caller& admin, const wire::AdminPlan& plan) {
    const QVariant interval = plan.intervalMonths > 0 ? QVariant(plan.intervalMonths) : QVariant();
    WriteTransaction transaction(database_);
    Rows existing =
        transaction.select(QStringLiteral("SELECT 1 AS known FROM plans WHERE id = ?"), {plan.id});
    const bool update = existing.next();
    if (update) {
        transaction.exec(
            QStringLiteral("UPDATE plans SET name = ?, price_cents = ?, currency = ?, "
                           "seconds = ?, interval_months = ?, active = 1 WHERE id = ?"),
            {plan.name, plan.priceCents, plan.currency, plan.seconds, interval, plan.id});
    } else {
        transaction.exec(
            QStringLiteral("INSERT INTO plans (id, name, price_cents, currency, seconds, "
                           "interval_months, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
            {plan.id, plan.name, plan.priceCents, plan.currency, plan.seconds, interval, now()});
    }
    audit(transaction, admin,
          update ? QStringLiteral("plan.update") : QStringLiteral("plan.create"), plan.id,
          QStringLiteral("%1 %2 %3 for %4 s")
              .arg(plan.name)
              .arg(plan.priceCents)
              .arg(plan.currency)
              .arg(plan.seconds));
    transaction.commit();
    return !update;
}

void Admin::withdrawPlan(const Caller& admin, const QString& planId) {
    WriteTransaction transaction(database_);
    Rows existing =
        transaction.select(QStringLiteral("SELECT 1 AS known FROM plans WHERE id = ?"), {planId});
    if (!existing.next()) {
        throw notFound(QStringLiteral("no plan %1").arg(planId.left(64)));
    }
    // Withdrawn, not deleted: past purchases still name it.
    transaction.exec(QStringLiteral("UPDATE plans SET active = 0 WHERE id = ?"), {planId});
    audit(transaction, admin, QStringLiteral("plan.withdraw"), planId, {});
    transaction.commit();
}

QList<RevenueRow> Admin::revenue(const QString& by) const {
    // Only these fixed expressions reach the SQL text.
    const QHash<QString, QString> groups{
        {QStringLiteral("day"), QStringLiteral("CAST((created_at / 86400) * 86400 AS TEXT)")},
        {QStringLiteral("plan"), QStringLiteral("plan_id")},
        {QStringLiteral("provider"), QStringLiteral("provider")}};
    if (!groups.contains(by)) {
        throw invalid(QStringLiteral("by"), QStringLiteral("'by' must be day, plan or provider"));
    }
    Rows row = database_.select(
        QStringLiteral("SELECT %1 AS k, currency, COUNT(*) AS sales, CAST(SUM(amount) AS BIGINT) "
                       "AS gross, CAST(SUM(refunded_amount) AS BIGINT) AS refunded FROM purchases "
                       "GROUP BY %1, currency ORDER BY k, currency")
            .arg(groups.value(by)));
    QList<RevenueRow> rows;
    while (row.next()) {
        rows.append({row.text("k"), row.text("currency"), row.integer("sales"),
                     row.integer("gross"), row.integer("refunded")});
    }
    return rows;
}

QByteArray Admin::metrics() const {
    QByteArray text;
    text +=
        "# HELP sonara_cloud_http_responses_total Responses sent, by status.\n"
        "# TYPE sonara_cloud_http_responses_total counter\n";
    QList<int> statuses = responsesByStatus_.keys();
    std::sort(statuses.begin(), statuses.end());
    for (int status : statuses) {
        text += "sonara_cloud_http_responses_total{status=\"" + QByteArray::number(status) +
                "\"} " + QByteArray::number(responsesByStatus_.value(status)) + '\n';
    }
    auto gauge = [&](const char* name, const char* help, const QString& sql) {
        Rows row = database_.select(sql);
        const qint64 value = row.next() ? row.integer("value") : 0;
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name +
                ' ' + QByteArray::number(value) + '\n';
    };
    gauge("sonara_cloud_accounts", "Accounts.",
          QStringLiteral("SELECT COUNT(*) AS value FROM accounts"));
    gauge("sonara_cloud_balance_seconds", "Seconds held by all accounts.",
          QStringLiteral(
              "SELECT CAST(COALESCE(SUM(seconds), 0) AS BIGINT) AS value FROM ledger_entries"));
    gauge("sonara_cloud_open_leases", "Leases not yet settled.",
          QStringLiteral("SELECT COUNT(*) AS value FROM leases WHERE settled_at IS NULL AND "
                         "expired_at IS NULL"));
    gauge("sonara_cloud_schema_version", "Applied migrations.",
          QStringLiteral("SELECT COALESCE(MAX(version), 0) AS value FROM schema_migrations"));
    return text;
}

QJsonArray Admin::catalog() const {
    Rows row = database_.select(
        QStringLiteral("SELECT entry FROM model_catalog WHERE published = 1 ORDER BY id"));
    QJsonArray models;
    while (row.next()) {
        models.append(QJsonDocument::fromJson(row.text("entry").toUtf8()).object());
    }
    return models;
}

QJsonObject Admin::publishModel(const Caller& admin, const QString& modelId,
                                const QJsonObject& body) {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,127}$"));
    if (!idPattern.match(modelId).hasMatch()) {
        throw invalid(QStringLiteral("id"),
                      QStringLiteral("a model id is lowercase letters, digits, "
                                     "dots, dashes and underscores"));
    }
    // The studio's model manager needs these to download and check a model.
    wire::requireString(body, QStringLiteral("architecture"), 64);
    wire::requireString(body, QStringLiteral("capability"), 64);
    wire::requireString(body, QStringLiteral("licence"), 128);
    if (!body.value(QStringLiteral("files")).isArray() ||
        body.value(QStringLiteral("files")).toArray().isEmpty()) {
        throw invalid(QStringLiteral("files"),
                      QStringLiteral("'files' lists the model's files with url, size and sha256"));
    }
    QJsonObject entry = body;
    entry.insert(QStringLiteral("id"), modelId);
    WriteTransaction transaction(database_);
    Rows existing = transaction.select(
        QStringLiteral("SELECT 1 AS known FROM model_catalog WHERE id = ?"), {modelId});
    const QString text = QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    if (existing.next()) {
        transaction.exec(QStringLiteral("UPDATE model_catalog SET entry = ?, published = 1, "
                                        "updated_at = ? WHERE id = ?"),
                         {text, now(), modelId});
    } else {
        transaction.exec(QStringLiteral("INSERT INTO model_catalog (id, entry, published, "
                                        "updated_at) VALUES (?, ?, 1, ?)"),
                         {modelId, text, now()});
    }
    audit(transaction, admin, QStringLiteral("catalog.publish"), modelId, {});
    transaction.commit();
    return entry;
}

void Admin::withdrawModel(const Caller& admin, const QString& modelId) {
    WriteTransaction transaction(database_);
    QSqlQuery withdrawn = transaction.exec(
        QStringLiteral("UPDATE model_catalog SET published = 0, updated_at = ? WHERE id = ? AND "
                       "published = 1"),
        {now(), modelId});
    if (withdrawn.numRowsAffected() != 1) {
        throw notFound(QStringLiteral("no published model %1").arg(modelId.left(128)));
    }
    audit(transaction, admin, QStringLiteral("catalog.withdraw"), modelId, {});
    transaction.commit();
}

QString Admin::shareVoice(const Caller& caller, const QString& name, const QByteArray& sample) {
    // An Ogg stream whose first packet is an Opus header: what the studio sends, and what a
    // moderator's studio plays.
    const bool oggOpus = sample.startsWith("OggS") && sample.left(80).contains("OpusHead");
    if (sample.isEmpty() || sample.size() > kMaxVoiceSampleBytes || !oggOpus) {
        throw invalid(QStringLiteral("sample"),
                      QStringLiteral("'sample' is the voice's first seconds as Ogg Opus in base64, "
                                     "at most %1 KiB, so that a moderator can listen to it")
                          .arg(kMaxVoiceSampleBytes / 1024));
    }
    const QString id = newId();
    WriteTransaction transaction(database_);
    transaction.exec(
        QStringLiteral("INSERT INTO voice_shares (id, account_id, name, sample_sha256, sample, "
                       "status, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)"),
        {id, caller.accountId, name, QString::fromLatin1(crypto::sha256(sample).toHex()),
         QString::fromLatin1(sample.toBase64()), now()});
    transaction.commit();
    return id;
}

QByteArray Admin::voiceSample(const Caller& admin, const QString& shareId) {
    WriteTransaction transaction(database_);
    Rows share = transaction.select(QStringLiteral("SELECT sample FROM voice_shares WHERE id = ?"),
                                    {shareId});
    if (!share.next()) {
        throw notFound(QStringLiteral("no shared voice %1").arg(shareId.left(64)));
    }
    if (share.isNull("sample")) {
        throw notFound(
            QStringLiteral("this voice was shared before samples were kept: ask its "
                           "owner to share it again"));
    }
    const QByteArray sample = QByteArray::fromBase64(share.text("sample").toLatin1());
    audit(transaction, admin, QStringLiteral("voice.listen"), shareId, {});
    transaction.commit();
    return sample;
}

void Admin::decideVoice(const Caller& admin, const QString& shareId, bool approve,
                        const QString& reason) {
    WriteTransaction transaction(database_);
    QSqlQuery decided = transaction.exec(
        QStringLiteral(
            "UPDATE voice_shares SET status = ?, reason = ?, decided_at = ? WHERE id = ? "
            "AND status = 'pending'"),
        {approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
         reason.isEmpty() ? QVariant() : QVariant(reason), now(), shareId});
    if (decided.numRowsAffected() != 1) {
        throw notFound(QStringLiteral("no pending voice sample %1").arg(shareId.left(64)));
    }
    audit(transaction, admin,
          approve ? QStringLiteral("voice.approve") : QStringLiteral("voice.reject"), shareId,
          reason);
    transaction.commit();
}

}  // namespace sonara::cloud
