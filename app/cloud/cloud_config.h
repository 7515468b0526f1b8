#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sonara::cloud {

// Everything the service needs to run. Secrets come from the environment only; keys the
// environment does not give are generated once into the data directory (mode 0600).
struct CloudConfig {
    QString dataDir;
    QString databaseUrl;
    QByteArray jwtSecret;
    // Secrets rotated out; tokens they signed verify until they expire.
    QList<QByteArray> jwtPreviousSecrets;
    QByteArray signingSeed;
    // Public keys (32 raw bytes) of signing keys rotated out, published by /v1/keys beside the
    // current one so licences and leases they signed still verify for studios that fetch keys.
    QList<QByteArray> signingPreviousPublicKeys;
    QByteArray stripeWebhookSecret;
    QByteArray stripeSecretKey;
    // Stripe's REST API; tests and staging point it elsewhere.
    QString stripeApiBase = QStringLiteral("https://api.stripe.com");
    QByteArray razorpayWebhookSecret;
    QByteArray razorpayKeyId;
    QByteArray razorpayKeySecret;
    QString razorpayApiBase = QStringLiteral("https://api.razorpay.com");
    // The Razorpay plan (plan_...) that bills each subscription plan of this service, by the
    // service's plan id; a subscription plan without one cannot be paid by UPI.
    QHash<QString, QString> razorpayPlans;
    qint64 maxBodyBytes = 64 * 1024;
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
    int devicesPerAccount = 3;
    // Where links in account mail point (the studio's or the website's address).
    QString publicUrl = QStringLiteral("https://sonara.studio");
    // Account mail goes out through this SMTP server (see MailSender); unset, it waits in the
    // outbox table.
    QUrl smtpUrl;
    QString mailFrom = QStringLiteral("no-reply@sonara.studio");
    // Sign-in attempts allowed per window, per account and (more) per client address.
    int loginsPerAccount = 10;
    int loginsPerAddress = 50;
    qint64 loginWindowSeconds = 15 * 60;
    int apiKeyRequestsPerMinute = 120;
    // Reverse proxies whose X-Forwarded-For is believed when limiting sign-ins per address;
    // without them every client behind the proxy would share the proxy's limit. Others'
    // X-Forwarded-For is ignored, since a client could write any address there.
    QStringList trustedProxies;
    // How often the in-process scheduler looks for subscription periods to reset.
    int schedulerIntervalMs = 60 * 1000;
    // How long after a lease's expiry a studio that was offline may still settle it at the
    // lease's terms; after that the scheduler returns the unsettled seconds to the balance and
    // a late settle is charged as usage instead.
    qint64 leaseGraceSeconds = 72 * 3600;

    static CloudConfig fromEnvironment(const QString& dataDir, const QString& databaseUrl);
    // Overrides the non-secret settings from a JSON file (public_url,
    // devices_per_account, max_body_bytes, logins_per_account, logins_per_address,
    // api_key_requests_per_minute, lease_grace_seconds, trusted_proxies, stripe_api_base,
    // razorpay_plans as {"service plan id": "plan_..."}); throws
    // on unknown keys or bad values.
    void readFile(const QString& path);
};

}  // namespace sonara::cloud
