#include "core/api/api_token.h"

#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace sonara::core::api {
namespace {

QByteArray freshToken() {
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        throw std::runtime_error(
            "the system's random generator failed; cannot create an API token");
    }
    return QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex();
}

void writeToken(const QString& path, const QByteArray& token) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".new"));
    ::unlink(temporary.constData());
    // Created 0600 from the first byte: the token is never readable by anyone else.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw std::runtime_error(QStringLiteral("cannot write the API token file %1: %2")
                                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)))
                                     .toStdString());
    }
    const QByteArray line = token + '\n';
    const bool written =
        ::write(fd, line.constData(), line.size()) == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        throw std::runtime_error(
            QStringLiteral("cannot save the API token file %1").arg(path).toStdString());
    }
}

}  // namespace

QString ApiToken::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("api-token"));
}

QByteArray ApiToken::loadOrCreate(const QString& path) {
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray token = file.readAll().trimmed();
        if (token.size() == 64) {
            return token;
        }
    }
    return rotate(path);
}

QByteArray ApiToken::rotate(const QString& path) {
    const QByteArray token = freshToken();
    writeToken(path, token);
    return token;
}

QByteArray ApiToken::generate() {
    return freshToken();
}

bool ApiToken::matches(const QByteArray& expected, const QByteArray& presented) {
    return expected.size() == presented.size() && !expected.isEmpty() &&
           CRYPTO_memcmp(expected.constData(), presented.constData(), expected.size()) == 0;
}

}  // namespace sonara::core::api
