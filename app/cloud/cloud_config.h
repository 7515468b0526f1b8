#pragma once

#include <QByteArray>
#include <QString>

namespace sonara::cloud {

// Everything the service needs to run. Secrets come from the environment only; keys the
// environment does not give are generated once into the data directory (mode 0600).
struct CloudConfig {
    QString dataDir;
    QString databaseUrl;
    QByteArray jwtSecret;
    QByteArray signingSeed;
    QByteArray stripeWebhookSecret;
    QByteArray razorpayWebhookSecret;
    qint64 maxBodyBytes = 64 * 1024;
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
    int devicesPerAccount = 3;

    static CloudConfig fromEnvironment(const QString& dataDir, const QString& databaseUrl);
};

}  // namespace sonara::cloud
