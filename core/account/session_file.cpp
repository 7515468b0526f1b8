#include "core/account/session_file.h"

#include "core/account/account_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sonara::core::account {
namespace {

// A call holds the lock for at most a few network round trips; a lock older than this was
// left by a process that died holding it.
constexpr int kStaleLockMs = 120000;

}  // namespace

SessionFile::SessionFile(QString path) : path_(std::move(path)) {}

std::optional<StoredSession> SessionFile::read() const {
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    StoredSession session;
    session.serviceUrl = QUrl(json.value(QStringLiteral("service_url")).toString());
    session.accountId = json.value(QStringLiteral("account_id")).toString();
    session.email = json.value(QStringLiteral("email")).toString();
    session.tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    session.tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    if (!session.serviceUrl.isValid() || session.tokens.refreshToken.isEmpty()) {
        return std::nullopt;
    }
    return session;
}

void SessionFile::write(const StoredSession& session) const {
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QSaveFile file(path_);
    const QJsonObject json{{QStringLiteral("service_url"), session.serviceUrl.toString()},
                           {QStringLiteral("account_id"), session.accountId},
                           {QStringLiteral("email"), session.email},
                           {QStringLiteral("access_token"), session.tokens.accessToken},
                           {QStringLiteral("refresh_token"), session.tokens.refreshToken}};
    // Owner-only before any token is written into it.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        throw AccountError(QStringLiteral("cannot save the sign-in to %1: check free space and "
                                          "permissions")
                               .arg(path_));
    }
}

void SessionFile::remove() const {
    QFile::remove(path_);
}

SessionFile::Lock::Lock(const SessionFile& file) : lock_(file.path() + QStringLiteral(".lock")) {
    QDir().mkpath(QFileInfo(file.path()).absolutePath());
    lock_.setStaleLockTime(kStaleLockMs);
    if (!lock_.lock()) {
        throw AccountError(QStringLiteral("cannot lock %1.lock: check the permissions of the "
                                          "account folder")
                               .arg(file.path()));
    }
}

}  // namespace sonara::core::account
