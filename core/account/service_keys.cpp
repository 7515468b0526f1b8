#include "core/account/service_keys.h"

#include "core/account/account_client.h"
#include "core/account/account_error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sonara::core::account {
namespace {

QString origin(const QUrl& url) {
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
        .toString();
}

}  // namespace

bool isSecureServiceUrl(const QUrl& url) {
    if (url.scheme() == QStringLiteral("https")) {
        return true;
    }
    const QString host = url.host();
    return url.scheme() == QStringLiteral("http") &&
           (host == QStringLiteral("localhost") || QHostAddress(host).isLoopback());
}

ServiceKeys::ServiceKeys(QString cachePath, QUrl serviceUrl)
    : cachePath_(std::move(cachePath)), serviceUrl_(std::move(serviceUrl)) {
    load();
}

void ServiceKeys::load() {
    QFile file(cachePath_);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // Keys cached from another service (the URL was changed since) are not this one's.
    if (root.value(QStringLiteral("service_url")).toString() != origin(serviceUrl_)) {
        return;
    }
    TrustedKeys cached;
    for (const QJsonValue& key : root.value(QStringLiteral("keys")).toArray()) {
        const QByteArray raw = QByteArray::fromBase64(key.toString().toLatin1());
        if (raw.size() == 32) {
            cached.add(raw);
        }
    }
    keys_ = cached;
}

void ServiceKeys::save() const {
    QJsonArray keys;
    for (const QString& kid : keys_.keyIds()) {
        keys.append(QString::fromLatin1(keys_.find(kid).toBase64()));
    }
    const QJsonObject root{{QStringLiteral("service_url"), origin(serviceUrl_)},
                           {QStringLiteral("fetched_at"), QDateTime::currentSecsSinceEpoch()},
                           {QStringLiteral("keys"), keys}};
    QDir().mkpath(QFileInfo(cachePath_).absolutePath());
    QSaveFile file(cachePath_);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 ||
        !file.commit()) {
        throw AccountError(QStringLiteral("cannot write the key cache %1: check that the folder "
                                          "is writable")
                               .arg(cachePath_));
    }
}

void ServiceKeys::refresh(AccountClient& client) {
    if (origin(client.baseUrl()) != origin(serviceUrl_)) {
        throw AccountError(QStringLiteral("signing keys are trusted only from %1, not from %2: "
                                          "check the account service URL in the settings")
                               .arg(origin(serviceUrl_), origin(client.baseUrl())));
    }
    if (!isSecureServiceUrl(serviceUrl_)) {
        throw AccountError(QStringLiteral("signing keys are fetched only over HTTPS: change the "
                                          "account service URL %1 to https://")
                               .arg(origin(serviceUrl_)));
    }
    TrustedKeys served;
    for (const QByteArray& key : client.signingKeys()) {
        served.add(key);
    }
    keys_ = served;
    save();
}

const TrustedKeys& ServiceKeys::forDocument(const QJsonObject& envelope, AccountClient& client) {
    if (keys_.find(envelope.value(QStringLiteral("kid")).toString()).isEmpty()) {
        refresh(client);
    }
    return keys_;
}

}  // namespace sonara::core::account
