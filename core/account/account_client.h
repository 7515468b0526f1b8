#pragma once

#include "core/account/wire_types.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace sonara::core::account {

class ServiceKeys;

// The studio's client for sonara-cloud. Calls block until the answer arrives (running a local
// event loop), so use it from a worker thread or a command, never the UI thread. Failures throw
// AccountError with the service's own explanation.
class AccountClient {
public:
    explicit AccountClient(QUrl baseUrl);
    ~AccountClient();

    void setBaseUrl(const QUrl& baseUrl) { baseUrl_ = baseUrl; }
    const QUrl& baseUrl() const { return baseUrl_; }
    const TokenPair& tokens() const { return tokens_; }
    // How long a request may go without progress before it fails as unreachable.
    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; }
    void setTokens(const TokenPair& tokens) { tokens_ = tokens; }

    QList<Plan> plans();
    QString registerAccount(const QString& email, const QString& password);
    TokenPair signIn(const QString& email, const QString& password);
    TokenPair refresh();
    void signOut();
    // Refreshes the access token once when it has expired.
    Profile profile();
    // The service's current Ed25519 key; the studio ships it and compares.
    QByteArray publicKey();
    // Every key /v1/keys serves (the current one and those retired but still honoured), each
    // checked against the kid it is listed under. Prefer ServiceKeys, which caches them.
    QList<QByteArray> signingKeys();
    // The payment page for `planId`; the studio opens it in the browser. Minutes arrive once the
    // provider confirms the payment, so poll profile() afterwards.
    QUrl checkoutUrl(const QString& planId);
    qint64 recordUsage(const QString& idempotencyKey, qint64 seconds, const QString& capability);
    // Takes and verifies a lease of `seconds` valid for `validSeconds`.
    Lease takeLease(qint64 seconds, qint64 validSeconds, const TrustedKeys& keys);
    // The same, fetching the service's keys again when the lease names a key not cached yet.
    Lease takeLease(qint64 seconds, qint64 validSeconds, ServiceKeys& keys);
    // Ends a lease, reporting the exports it paid for offline; what was not spent comes back.
    LeaseSettlement settleLease(const QString& leaseId, const QList<LeaseUsage>& usage);
    Licence activateDevice(const QString& deviceId, const TrustedKeys& keys);
    Licence activateDevice(const QString& deviceId, ServiceKeys& keys);
    // Frees this device's place among the account's activated devices.
    void deactivateDevice(const QString& deviceId);
    // Offers a voice to other users: `sample` (the voice's first seconds as Ogg Opus, at most
    // 64 KiB) goes to the moderators, who listen before approving. Returns the share's id.
    QString shareVoice(const QString& name, const QByteArray& sample);

private:
    struct Response {
        int status = 0;
        QJsonObject body;
    };
    Response send(const QByteArray& method, const QString& path, const QJsonObject& body,
                  bool authorized);
    QJsonObject call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                     bool authorized = true);
    // The signed envelopes, not yet verified.
    QJsonObject requestLease(qint64 seconds, qint64 validSeconds);
    QJsonObject requestLicence(const QString& deviceId);

    QUrl baseUrl_;
    TokenPair tokens_;
    int timeoutMs_ = 30000;
    std::unique_ptr<QNetworkAccessManager> network_;
};

}  // namespace sonara::core::account
