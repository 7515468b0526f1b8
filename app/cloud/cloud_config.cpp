#include "app/cloud/cloud_config.h"

#include "app/cloud/cloud_crypto.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>
#include <type_traits>

namespace sonara::cloud {
namespace {

QByteArray environment(const char* name) {
    return qEnvironmentVariable(name).toUtf8();
}

// Reads a base64 key file, creating it from random bytes (readable by the owner only) if absent.
QByteArray keyFile(const QString& path, int bytes) {
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error(
                QStringLiteral("cannot read the key file %1: check its owner and "
                               "permissions")
                    .arg(path)
                    .toStdString());
        }
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() != bytes) {
            throw std::runtime_error(
                QStringLiteral("the key file %1 does not hold %2 base64 bytes: "
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
    // The directory holds the database (password hashes) and the signing keys.
    QFile::setPermissions(dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
    config.stripeSecretKey = environment("SONARA_CLOUD_STRIPE_SECRET_KEY");
    config.razorpayKeyId = environment("SONARA_CLOUD_RAZORPAY_KEY_ID");
    config.razorpayKeySecret = environment("SONARA_CLOUD_RAZORPAY_KEY_SECRET");
    for (const QByteArray& key :
         environment("SONARA_CLOUD_SIGNING_PREVIOUS_PUBLIC_KEYS").split(',')) {
        if (key.trimmed().isEmpty()) {
            continue;
        }
        const QByteArray raw = QByteArray::fromBase64(key.trimmed());
        if (raw.size() != 32) {
            throw std::runtime_error(
                "SONARA_CLOUD_SIGNING_PREVIOUS_PUBLIC_KEYS holds a key that is not 32 bytes of "
                "base64: list the retired Ed25519 public keys, comma-separated");
        }
        config.signingPreviousPublicKeys.append(raw);
    }
    const QByteArray previous = environment("SONARA_CLOUD_JWT_PREVIOUS_SECRET");
    if (!previous.isEmpty()) {
        config.jwtPreviousSecrets.append(previous);
    }
    if (qEnvironmentVariableIsSet("SONARA_CLOUD_STRIPE_API_BASE")) {
        config.stripeApiBase = qEnvironmentVariable("SONARA_CLOUD_STRIPE_API_BASE");
    }
    if (qEnvironmentVariableIsSet("SONARA_CLOUD_SMTP_URL")) {
        config.smtpUrl = QUrl(qEnvironmentVariable("SONARA_CLOUD_SMTP_URL"));
    }
    if (qEnvironmentVariableIsSet("SONARA_CLOUD_PUBLIC_URL")) {
        config.publicUrl = qEnvironmentVariable("SONARA_CLOUD_PUBLIC_URL");
    }
    return config;
}

void CloudConfig::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(QStringLiteral("cannot read the config file %1: check the path")
                                     .arg(path)
                                     .toStdString());
    }
    QJsonParseError error{};
    const QJsonObject settings = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        throw std::runtime_error(QStringLiteral("the config file %1 is not JSON: %2")
                                     .arg(path, error.errorString())
                                     .toStdString());
    }
    auto number = [&](const QString& key, auto& target, double min, double max) {
        const double value = settings.value(key).toDouble(-1);
        if (value < min || value > max) {
            throw std::runtime_error(QStringLiteral("%1 in %2 must be a number from %3 to %4")
                                         .arg(key, path)
                                         .arg(min)
                                         .arg(max)
                                         .toStdString());
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
    };
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString& key = it.key();
        if (key == QStringLiteral("public_url")) {
            publicUrl = it.value().toString();
        } else if (key == QStringLiteral("stripe_api_base")) {
            stripeApiBase = it.value().toString();
        } else if (key == QStringLiteral("mail_from")) {
            mailFrom = it.value().toString();
        } else if (key == QStringLiteral("razorpay_api_base")) {
            razorpayApiBase = it.value().toString();
        } else if (key == QStringLiteral("devices_per_account")) {
            number(key, devicesPerAccount, 1, 1000);
        } else if (key == QStringLiteral("max_body_bytes")) {
            number(key, maxBodyBytes, 1024, 64 * 1024 * 1024);
        } else if (key == QStringLiteral("logins_per_account")) {
            number(key, loginsPerAccount, 1, 100000);
        } else if (key == QStringLiteral("logins_per_address")) {
            number(key, loginsPerAddress, 1, 100000);
        } else if (key == QStringLiteral("api_key_requests_per_minute")) {
            number(key, apiKeyRequestsPerMinute, 1, 1000000);
        } else if (key == QStringLiteral("trusted_proxies")) {
            trustedProxies.clear();
            for (const QJsonValue& address : it.value().toArray()) {
                if (QHostAddress(address.toString()).isNull()) {
                    throw std::runtime_error(
                        QStringLiteral("trusted_proxies in %1 holds '%2', which is not an IP "
                                       "address")
                            .arg(path, address.toString())
                            .toStdString());
                }
                trustedProxies.append(address.toString());
            }
        } else if (key == QStringLiteral("razorpay_plans")) {
            razorpayPlans.clear();
            const QJsonObject plans = it.value().toObject();
            for (auto plan = plans.begin(); plan != plans.end(); ++plan) {
                if (!plan.value().toString().startsWith(QStringLiteral("plan_"))) {
                    throw std::runtime_error(
                        QStringLiteral("razorpay_plans in %1 maps '%2' to something that is not "
                                       "a Razorpay plan id (plan_...)")
                            .arg(path, plan.key())
                            .toStdString());
                }
                razorpayPlans.insert(plan.key(), plan.value().toString());
            }
        } else if (key == QStringLiteral("lease_grace_seconds")) {
            number(key, leaseGraceSeconds, 0, 365.0 * 24 * 3600);
        } else {
            throw std::runtime_error(
                QStringLiteral("unknown setting '%1' in %2: secrets come from the environment, "
                               "not the file")
                    .arg(key, path)
                    .toStdString());
        }
    }
}

}  // namespace sonara::cloud
