#pragma once

#include "core/account/signed_document.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace sonara::core::account {

class AccountClient;

// HTTPS, or plain HTTP to this computer (a service under test): passwords and signing keys
// travel to no other kind of address.
bool isSecureServiceUrl(const QUrl& url);

// The signing keys sonara-cloud serves at /v1/keys, cached in a file so that leases and
// licences verify offline. Only keys fetched from the configured service URL are trusted: a
// key named by a document, or cached for another service, never is. A retired key stays
// trusted for as long as the service still serves it (the operator keeps it listed until the
// leases and licences it signed have expired).
class ServiceKeys {
public:
    ServiceKeys(QString cachePath, QUrl serviceUrl);

    const TrustedKeys& trusted() const { return keys_; }
    // Replaces the trusted keys with those the service serves now and caches them. Throws
    // AccountError when `client` talks to another URL, when the URL is plain HTTP to a host
    // that is not this computer, or when the service cannot be reached or serves bad keys.
    void refresh(AccountClient& client);
    // The keys to verify `envelope` with: the cached ones, refreshed from the service first
    // when they lack the kid the envelope names (the service rotated its key).
    const TrustedKeys& forDocument(const QJsonObject& envelope, AccountClient& client);

private:
    void load();
    void save() const;

    QString cachePath_;
    QUrl serviceUrl_;
    TrustedKeys keys_;
};

}  // namespace sonara::core::account
