#include "app/cloud/cloud_http.h"

#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/jwt.h"
#include "core/wire/fields.h"
#include "core/wire/problem.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonDocument>
#include <QMetaEnum>

#include <algorithm>

namespace sonara::cloud {
namespace {

QHttpServerResponse guard(const std::function<QHttpServerResponse()>& run) {
    try {
        return run();
    } catch (const HttpError& error) {
        return error.response();
    } catch (const wire::FieldError& error) {
        return problem(Status::UnprocessableEntity, QStringLiteral("Invalid request"),
                       QString::fromUtf8(error.what()), error.field());
    } catch (const DatabaseError& error) {
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QString::fromUtf8(error.what())}});
        return problem(Status::ServiceUnavailable, QStringLiteral("Storage unavailable"),
                       QStringLiteral("the database did not answer; retry in a moment"));
    } catch (const std::exception& error) {
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QString::fromUtf8(error.what())}});
        return problem(Status::InternalServerError, QStringLiteral("Internal error"),
                       QStringLiteral("the service failed; retry, and report it if it persists"));
    }
}

HttpError suspended() {
    return HttpError(Status::Forbidden, QStringLiteral("Account suspended"),
                     QStringLiteral("this account is suspended: contact support"));
}

}  // namespace

QHttpServerResponse json(const QJsonObject& body, Status status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

HttpError invalid(const QString& field, const QString& detail) {
    return HttpError(Status::UnprocessableEntity, QStringLiteral("Invalid request"), detail, field);
}

QJsonObject parseBody(const QHttpServerRequest& request, qint64 limit) {
    const QByteArray body = request.body();
    if (body.size() > limit) {
        throw HttpError(Status::PayloadTooLarge, QStringLiteral("Request too large"),
                        QStringLiteral("the body is %1 bytes; the limit is %2 bytes")
                            .arg(body.size())
                            .arg(limit));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed request"),
                        QStringLiteral("the body must be a JSON object (%1)")
                            .arg(error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : QStringLiteral("got another JSON value")));
    }
    return document.object();
}

Router::Router(QHttpServer& server) : server_(server) {
    server_.setMissingHandler([](const QHttpServerRequest& request,
                                 QHttpServerResponder&& responder) {
        const wire::Problem body{404, QStringLiteral("Not found"),
                                 QStringLiteral("no route for %1: check the path and the method")
                                     .arg(request.url().path().left(200))};
        responder.write(body.toBytes(), QByteArray(wire::kProblemContentType),
                        QHttpServerResponder::StatusCode::NotFound);
    });
    server_.afterRequest([this](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        ++responsesByStatus_[static_cast<int>(response.statusCode())];
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        // Paths only: query strings and bodies may carry secrets.
        logLine({{QStringLiteral("level"), QStringLiteral("info")},
                 {QStringLiteral("method"),
                  QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                      static_cast<int>(request.method())))},
                 {QStringLiteral("path"), request.url().path().left(200)},
                 {QStringLiteral("status"), static_cast<int>(response.statusCode())}});
        return std::move(response);
    });
}

void Router::route(const QString& path, Method method, Handler handler) {
    server_.route(path, method, [handler = std::move(handler)](const QHttpServerRequest& request) {
        return guard([&] { return handler(request); });
    });
}

void Router::routeWithId(const QString& path, Method method, IdHandler handler) {
    server_.route(
        path, method,
        [handler = std::move(handler)](const QString& id, const QHttpServerRequest& request) {
            return guard([&] { return handler(id, request); });
        });
}

Authenticator::Authenticator(const CloudDatabase& database, const JwtSigner& jwt,
                             const CloudConfig& config)
    : database_(database),
      jwt_(jwt),
      config_(config),
      apiKeyRequests_(database, QStringLiteral("api-key"), config.apiKeyRequestsPerMinute, 60) {}

Caller Authenticator::authenticate(const QHttpServerRequest& request, const QString& scope) {
    const QByteArray header = request.value("Authorization");
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    auto refuse = [](const QString& detail) {
        return HttpError(Status::Unauthorized, QStringLiteral("Unauthorized"), detail);
    };
    if (!header.startsWith(prefix)) {
        throw refuse(
            QStringLiteral("send 'Authorization: Bearer <access_token>' from "
                           "POST /v1/auth/login"));
    }
    if (header.mid(prefix.size()).startsWith(kApiKeyPrefix)) {
        return authenticateApiKey(header.mid(prefix.size()).trimmed(), scope);
    }
    AccessClaims claims;
    try {
        claims = jwt_.verify(header.mid(prefix.size()).trimmed(), now());
    } catch (const JwtError& error) {
        throw refuse(QStringLiteral("%1: sign in again or refresh the token")
                         .arg(QString::fromUtf8(error.what())));
    }
    if (claims.sessionId.isEmpty()) {
        throw refuse(QStringLiteral("the token names no session: sign in again"));
    }
    QString role;
    {
        Rows account = database_.select(
            QStringLiteral("SELECT role, status FROM accounts WHERE id = ?"), {claims.subject});
        if (!account.next()) {
            throw refuse(QStringLiteral("the account no longer exists"));
        }
        if (account.text("status") != QStringLiteral("active")) {
            forgetSessions(claims.subject);
            throw suspended();
        }
        // The role is read from the database so that a demotion takes effect at once.
        role = account.text("role");
    }
    if (!sessionLive(claims.subject, claims.sessionId)) {
        throw refuse(
            QStringLiteral("this session has ended (signed out, or the password was "
                           "changed): sign in again"));
    }
    return Caller{claims.subject, role};
}

bool Authenticator::sessionLive(const QString& accountId, const QString& sessionId) {
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    {
        const QMutexLocker lock(&sessionsMutex_);
        const auto cached = liveSessions_.constFind(sessionId);
        if (cached != liveSessions_.cend() && cached->accountId == accountId &&
            nowMs - cached->checkedAtMs < kSessionCacheMs) {
            return true;
        }
    }
    // A family with any unrevoked token is a live session: every way a session ends revokes
    // all of its tokens.
    bool live = false;
    {
        Rows session = database_.select(
            QStringLiteral("SELECT 1 AS live FROM refresh_tokens WHERE family_id = ? AND "
                           "account_id = ? AND revoked_at IS NULL LIMIT 1"),
            {sessionId, accountId});
        live = session.next();
    }
    const QMutexLocker lock(&sessionsMutex_);
    if (!live) {
        liveSessions_.remove(sessionId);
        return false;
    }
    if (liveSessions_.size() > kMaxCachedSessions) {
        liveSessions_.clear();
    }
    liveSessions_.insert(sessionId, {accountId, nowMs});
    return true;
}

void Authenticator::forgetSessions(const QString& accountId) {
    const QMutexLocker lock(&sessionsMutex_);
    liveSessions_.removeIf([&](const auto& entry) { return entry.value().accountId == accountId; });
}

Caller Authenticator::authenticateApiKey(const QByteArray& key, const QString& scope) {
    Rows row = database_.select(
        QStringLiteral("SELECT k.id, k.account_id, k.scopes, a.role, a.status, k.last_used_at FROM "
                       "api_keys k JOIN accounts a ON a.id = k.account_id WHERE k.key_hash = ? AND "
                       "k.revoked_at IS NULL"),
        {hashToken(key)});
    if (!row.next()) {
        throw HttpError(Status::Unauthorized, QStringLiteral("Unauthorized"),
                        QStringLiteral("the API key is unknown or revoked: create a new one"));
    }
    if (row.text("status") != QStringLiteral("active")) {
        throw suspended();
    }
    const QStringList scopes = row.text("scopes").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scope.isEmpty() || !scopes.contains(scope)) {
        throw HttpError(Status::Forbidden, QStringLiteral("Scope missing"),
                        scope.isEmpty()
                            ? QStringLiteral("API keys cannot make this call: sign in")
                            : QStringLiteral("this API key lacks the '%1' scope: create "
                                             "a key with it")
                                  .arg(scope));
    }
    const QString keyId = row.text("id");
    if (const qint64 wait = apiKeyRequests_.hit(keyId, now()); wait > 0) {
        HttpError limited(
            Status::TooManyRequests, QStringLiteral("Too many requests"),
            QStringLiteral("this API key allows %1 requests a minute: wait %2 seconds")
                .arg(config_.apiKeyRequestsPerMinute)
                .arg(wait));
        limited.setRetryAfter(wait);
        throw limited;
    }
    // Recorded at most once a minute, so busy keys do not write on every call.
    if (row.isNull("last_used_at") || row.integer("last_used_at") < now() - 60) {
        database_.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
                       {now(), keyId});
    }
    return Caller{row.text("account_id"), row.text("role"), true};
}

Caller Authenticator::requireAdmin(const QHttpServerRequest& request) {
    Caller caller = authenticate(request);
    if (caller.role != QStringLiteral("admin")) {
        throw HttpError(Status::Forbidden, QStringLiteral("Forbidden"),
                        QStringLiteral("this route is for administrators only"));
    }
    return caller;
}

QString Authenticator::clientAddress(const QHttpServerRequest& request) const {
    const auto trusted = [this](const QHostAddress& address) {
        return std::any_of(config_.trustedProxies.begin(), config_.trustedProxies.end(),
                           [&](const QString& proxy) {
                               return QHostAddress(proxy).isEqual(
                                   address, QHostAddress::ConvertV4MappedToIPv4);
                           });
    };
    const QHostAddress peer = request.remoteAddress();
    if (!trusted(peer)) {
        return peer.toString();
    }
    // Each proxy appends the address it received from, so the right-most entry that is not a
    // trusted proxy is the first one no client could have forged.
    const QList<QByteArray> hops = request.value("X-Forwarded-For").split(',');
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull()) {
            break;
        }
        if (!trusted(address)) {
            return address.toString();
        }
    }
    return peer.toString();
}

}  // namespace sonara::cloud
