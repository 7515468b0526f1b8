#pragma once

#include "app/cloud/cloud_config.h"
#include "app/cloud/problem.h"
#include "app/cloud/rate_limiter.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <functional>

class QHttpServer;

namespace sonara::cloud {

class CloudDatabase;
class JwtSigner;

// The HTTP plumbing every domain's routes share: the router, body parsing and the caller's
// identity.

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

// What every API key starts with, so that a bearer token is told from an access token.
inline constexpr char kApiKeyPrefix[] = "sk_sonara_";

QHttpServerResponse json(const QJsonObject& body, Status status = Status::Ok);
// A 422 naming the offending member.
HttpError invalid(const QString& field, const QString& detail);
// The body as a JSON object; 413 past `limit` bytes, 400 when it is not an object.
QJsonObject parseBody(const QHttpServerRequest& request, qint64 limit);

// Routes requests to handlers and answers what they throw as problems: HttpError as it says,
// a wire::FieldError as 422, a database failure as 503 and anything else as 500. Counts the
// responses by status and logs each request's method, path and status.
class Router {
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest&)>;
    // For paths with one <arg>: the handler gets it first.
    using IdHandler = std::function<QHttpServerResponse(const QString&, const QHttpServerRequest&)>;

    explicit Router(QHttpServer& server);

    void route(const QString& path, Method method, Handler handler);
    void routeWithId(const QString& path, Method method, IdHandler handler);
    // Responses sent so far, by status: GET /metrics reports them.
    const QHash<int, qint64>& responsesByStatus() const { return responsesByStatus_; }

private:
    QHttpServer& server_;
    QHash<int, qint64> responsesByStatus_;
};

struct Caller {
    QString accountId;
    QString role;
    // Set when the request came with an API key rather than a signed-in session.
    bool apiKey = false;
};

// Who makes a request: a signed-in session's access token, or an API key within its scopes
// and its per-minute budget. Suspended accounts are refused either way.
class Authenticator {
public:
    Authenticator(const CloudDatabase& database, const JwtSigner& jwt, const CloudConfig& config);

    // `scope` is what an API key must hold to make this call; empty refuses API keys.
    Caller authenticate(const QHttpServerRequest& request, const QString& scope = {});
    Caller requireAdmin(const QHttpServerRequest& request);
    // The client's address for per-address limits: the peer, or, when the peer is a trusted
    // proxy, the address it reports in X-Forwarded-For.
    QString clientAddress(const QHttpServerRequest& request) const;
    // Forgets what this instance remembers of the account's sessions, after it ended some:
    // its next requests are checked against the database again.
    void forgetSessions(const QString& accountId);

private:
    Caller authenticateApiKey(const QByteArray& key, const QString& scope);
    // Whether the access token's session is still signed in. A live answer is kept for
    // kSessionCacheMs, so a busy session costs one lookup a second; this instance forgets it
    // at once when it ends the session, another instance within that second.
    bool sessionLive(const QString& accountId, const QString& sessionId);

    static constexpr qint64 kSessionCacheMs = 1000;
    static constexpr qsizetype kMaxCachedSessions = 100000;
    struct LiveSession {
        QString accountId;
        qint64 checkedAtMs = 0;
    };

    const CloudDatabase& database_;
    const JwtSigner& jwt_;
    const CloudConfig& config_;
    RateLimiter apiKeyRequests_;
    QMutex sessionsMutex_;
    QHash<QString, LiveSession> liveSessions_;
};

}  // namespace sonara::cloud
