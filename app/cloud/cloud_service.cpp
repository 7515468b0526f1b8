#include "app/cloud/cloud_service.h"

#include "app/cloud/accounts.h"
#include "app/cloud/admin.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/devices.h"
#include "app/cloud/ledger.h"
#include "app/cloud/purchases.h"
#include "app/cloud/rate_limiter.h"
#include "app/cloud/razorpay.h"
#include "app/cloud/stripe.h"
#include "app/cloud/subscriptions.h"

#include <QFile>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace sonara::cloud {
namespace {

// Runs one scheduled job; a failure is logged and the next job still runs.
void runLogged(const char* job, const std::function<void()>& run) {
    try {
        run();
    } catch (const std::exception& error) {
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"),
                  QStringLiteral("%1 failed: %2")
                      .arg(QLatin1String(job), QString::fromUtf8(error.what()))}});
    }
}

}  // namespace

CloudService::CloudService(CloudConfig config, QObject* parent)
    : QObject(parent),
      config_(std::move(config)),
      database_(std::make_unique<CloudDatabase>(config_.dataDir, config_.databaseUrl)),
      jwt_(config_.jwtSecret, config_.accessTokenSeconds, config_.jwtPreviousSecrets),
      signer_(config_.signingSeed),
      network_(std::make_unique<QNetworkAccessManager>()),
      server_(std::make_unique<QHttpServer>()),
      router_(std::make_unique<Router>(*server_)),
      authenticator_(std::make_unique<Authenticator>(*database_, jwt_, config_)),
      accounts_(std::make_unique<Accounts>(*database_, jwt_, config_)),
      ledger_(std::make_unique<Ledger>(*database_, config_, signer_)),
      purchases_(std::make_unique<Purchases>(*database_)),
      subscriptions_(std::make_unique<Subscriptions>(*database_)),
      stripe_(
          std::make_unique<Stripe>(*database_, config_, *network_, *purchases_, *subscriptions_)),
      razorpay_(
          std::make_unique<Razorpay>(*database_, config_, *network_, *purchases_, *subscriptions_)),
      devices_(std::make_unique<Devices>(*database_, config_, signer_)),
      admin_(std::make_unique<Admin>(*database_, config_, router_->responsesByStatus())) {
    addServiceRoutes();
    accounts_->addRoutes(*router_, *authenticator_);
    ledger_->addRoutes(*router_, *authenticator_);
    devices_->addRoutes(*router_, *authenticator_);
    stripe_->addRoutes(*router_, *authenticator_);
    razorpay_->addRoutes(*router_, *authenticator_);
    admin_->addRoutes(*router_, *authenticator_);
    admin_->setRefunds(*purchases_, [this](const QString& provider, const QString& paymentRef,
                                           qint64 amount, const QString& key,
                                           const QString& reason) {
        if (provider == QStringLiteral("stripe")) {
            return stripe_->refund(paymentRef, amount, key, reason);
        }
        if (provider == QStringLiteral("razorpay")) {
            return razorpay_->refund(paymentRef, amount, key, reason);
        }
        throw HttpError(Status::UnprocessableEntity, QStringLiteral("Cannot refund"),
                        QStringLiteral("payments through %1 are refunded by hand").arg(provider),
                        QStringLiteral("payment"));
    });
    scheduler_.setInterval(config_.schedulerIntervalMs);
    connect(&scheduler_, &QTimer::timeout, this, &CloudService::runScheduler);
    scheduler_.start();
}

CloudService::~CloudService() {
    if (mailThread_) {
        mailThread_->wait();
    }
}

void CloudService::addServiceRoutes() {
    router_->route(QStringLiteral("/health"), Method::Get, [](const QHttpServerRequest&) {
        return json({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router_->route(QStringLiteral("/ready"), Method::Get, [this](const QHttpServerRequest&) {
        if (!database_->ping()) {
            return problem(Status::ServiceUnavailable, QStringLiteral("Not ready"),
                           QStringLiteral("the database is unreachable or not migrated"));
        }
        return json({{QStringLiteral("status"), QStringLiteral("ready")},
                     {QStringLiteral("schema"), database_->schemaVersion()}});
    });
}

void CloudService::runScheduler() {
    runLogged("subscription resets", [this] { runScheduledResets(now()); });
    runLogged("housekeeping", [this] { runHousekeeping(now()); });
    runLogged("lease expiry", [this] { runLeaseExpiry(now()); });
    if (config_.smtpUrl.isValid() && (!mailThread_ || mailThread_->isFinished())) {
        mailThread_.reset(QThread::create([this] {
            try {
                deliverOutbox();
            } catch (const std::exception& error) {
                logLine({{QStringLiteral("level"), QStringLiteral("error")},
                         {QStringLiteral("message"), QString::fromUtf8(error.what())}});
            }
        }));
        mailThread_->start();
    }
}

quint16 CloudService::listen(const QHostAddress& address, quint16 port) {
    const quint16 bound = server_->listen(address, port);
    if (bound == 0) {
        throw std::runtime_error(QStringLiteral("cannot listen on %1:%2: the port is in use or not "
                                                "allowed; choose another with --listen")
                                     .arg(address.toString())
                                     .arg(port)
                                     .toStdString());
    }
    return bound;
}

void CloudService::useTls(const QString& certificatePath, const QString& keyPath) {
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(QStringLiteral("cannot read %1 or %2: check the paths and "
                                                "permissions")
                                     .arg(certificatePath, keyPath)
                                     .toStdString());
    }
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        throw std::runtime_error(QStringLiteral("%1 or %2 is not a PEM certificate and key")
                                     .arg(certificatePath, keyPath)
                                     .toStdString());
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    server_->sslSetup(tls);
}

QString CloudService::createAccount(const QString& email, const QString& password,
                                    const QString& role) {
    return accounts_->create(email, password, role);
}

qint64 CloudService::balance(const QString& accountId) const {
    return ledger_->balance(accountId);
}

int CloudService::runScheduledResets(qint64 now) {
    return subscriptions_->runScheduledResets(now);
}

int CloudService::runLeaseExpiry(qint64 now) {
    return ledger_->expireLeases(now);
}

int CloudService::runHousekeeping(qint64 now) {
    int removed = RateLimiter::purgeEnded(*database_, now);
    // Events about subscriptions that never appeared (another product on the same provider
    // account) are kept long past any provider's retries, then dropped.
    removed += subscriptions_->dropStaleDeferredEvents(now);
    subscriptions_->applyDeferredEvents();
    return removed;
}

int CloudService::applyDeferredEvents() {
    return subscriptions_->applyDeferredEvents();
}

int CloudService::deliverOutbox() {
    return accounts_->deliverOutbox();
}

}  // namespace sonara::cloud
