#include "app/studio/remembered_session.h"

#include <fcntl.h>
#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace sonara::studio {
namespace {

QString sessionPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("account-session"));
}

// Created 0600 from the first byte and renamed into place, so the token is never readable by
// anyone else and a crash leaves the old file or the new one.
bool writePrivately(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".new"));
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    const bool written = ::write(fd, content.constData(), content.size()) == content.size();
    ::close(fd);
    if (!written || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

}  // namespace

std::optional<RememberedSession> rememberedSession() {
    QFile file(sessionPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    RememberedSession session{QUrl(json.value(QStringLiteral("service_url")).toString()),
                              json.value(QStringLiteral("refresh_token")).toString()};
    if (!session.serviceUrl.isValid() || session.refreshToken.isEmpty()) {
        return std::nullopt;
    }
    return session;
}

void rememberSession(const QUrl& serviceUrl, const core::account::TokenPair& tokens) {
    if (tokens.refreshToken.isEmpty()) {
        forgetRememberedSession();
        return;
    }
    writePrivately(
        sessionPath(),
        QJsonDocument(QJsonObject{{QStringLiteral("service_url"), serviceUrl.toString()},
                                  {QStringLiteral("refresh_token"), tokens.refreshToken}})
            .toJson(QJsonDocument::Compact));
}

void forgetRememberedSession() {
    QFile::remove(sessionPath());
}

}  // namespace sonara::studio
