#include "app/cloud/cloud_config.h"

#include "app/cloud/cloud_crypto.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace sonara::cloud {
namespace {

QByteArray environment(const char* name) {
    return qEnvironmentVariable(name).toUtf8();
}

// Reads a base64 key file, creating it with `generate` (readable by the owner only) when absent.
QByteArray keyFile(const QString& path, int bytes) {
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error(QStringLiteral("cannot read the key file %1: check its owner and "
                                                    "permissions")
                                         .arg(path)
                                         .toStdString());
        }
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() != bytes) {
            throw std::runtime_error(QStringLiteral("the key file %1 does not hold %2 base64 bytes: "
                                                    "restore it from a backup")
                                         .arg(path)
                                         .arg(bytes)
                                         .toStdString());
        }
        return key;
    }
    const QByteArray key = crypto::randomBytes(bytes);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key.toBase64() + '\n') < 0 || !file.flush()) {
        throw std::runtime_error(QStringLiteral("cannot write the key file %1: check that the data "
                                                "directory is writable")
                                     .arg(path)
                                     .toStdString());
    }
    return key;
}

}  // namespace

CloudConfig CloudConfig::fromEnvironment(const QString& dataDir, const QString& databaseUrl) {
    if (!QDir().mkpath(dataDir)) {
        throw std::runtime_error(QStringLiteral("cannot create the data directory %1: check its "
                                                "permissions")
                                     .arg(dataDir)
                                     .toStdString());
    }
    CloudConfig config;
    config.dataDir = dataDir;
    config.databaseUrl = databaseUrl;
    const QDir dir(dataDir);
    config.jwtSecret = environment("SONARA_CLOUD_JWT_SECRET");
    if (config.jwtSecret.isEmpty()) {
        config.jwtSecret = keyFile(dir.filePath(QStringLiteral("jwt.key")), 32);
    }
    const QByteArray signing = environment("SONARA_CLOUD_SIGNING_KEY");
    config.signingSeed = signing.isEmpty()
                             ? keyFile(dir.filePath(QStringLiteral("ed25519.key")), 32)
                             : QByteArray::fromBase64(signing);
    config.stripeWebhookSecret = environment("SONARA_CLOUD_STRIPE_WEBHOOK_SECRET");
    config.razorpayWebhookSecret = environment("SONARA_CLOUD_RAZORPAY_WEBHOOK_SECRET");
    return config;
}

}  // namespace sonara::cloud
