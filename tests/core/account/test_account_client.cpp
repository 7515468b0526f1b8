#include "app/cloud/cloud_crypto.h"
#include "cloud_process.h"
#include "core/account/account_client.h"
#include "core/account/account_error.h"
#include "core/account/lease_wallet.h"
#include "core/account/service_keys.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sonara::core::account;

namespace {

using namespace sonara::core::account::testing;

// A service signing with `seed`, still serving the retired keys' public halves, on `port`.
std::unique_ptr<CloudProcess> cloudSigningWith(const QString& dataDir, quint16 port,
                                               const QByteArray& seed,
                                               const QList<QByteArray>& retired = {}) {
    QStringList previous;
    for (const QByteArray& key : retired) {
        previous.append(QString::fromLatin1(key.toBase64()));
    }
    return std::make_unique<CloudProcess>(
        dataDir, port,
        QList<QPair<QString, QString>>{
            {QStringLiteral("SONARA_CLOUD_SIGNING_KEY"), QString::fromLatin1(seed.toBase64())},
            {QStringLiteral("SONARA_CLOUD_SIGNING_PREVIOUS_PUBLIC_KEYS"),
             previous.join(QLatin1Char(','))}});
}

// The lease's payload signed again by another key, under that key's kid.
QJsonObject resigned(const Lease& lease, const sonara::cloud::crypto::Ed25519Signer& signer) {
    const QByteArray payload = QByteArray::fromBase64(
        lease.envelope.value(QStringLiteral("payload")).toString().toLatin1(),
        QByteArray::Base64UrlEncoding);
    return {{QStringLiteral("alg"), QStringLiteral("Ed25519")},
            {QStringLiteral("kid"), signer.keyId()},
            {QStringLiteral("payload"), lease.envelope.value(QStringLiteral("payload"))},
            {QStringLiteral("signature"),
             QString::fromLatin1(sonara::cloud::crypto::base64Url(signer.sign(payload)))}};
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

}  // namespace

class TestAccountClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signInLeaseSpendOfflineAndSettle() {
        QTemporaryDir data;
        QTemporaryDir studio;
        auto cloud = std::make_unique<CloudProcess>(data.path());
        QVERIFY2(cloud->url.isValid() && !cloud->url.isEmpty(), "sonara-cloud did not start");
        AccountClient client(cloud->url);
        QCOMPARE(client.plans().at(0).seconds, 3600);
        const QString id = client.registerAccount(QStringLiteral("studio@example.com"),
                                                  QStringLiteral("studio passphrase"));
        QVERIFY_THROWS_EXCEPTION(AccountError, client.signIn(QStringLiteral("studio@example.com"),
                                                             QStringLiteral("wrong passphrase")));
        client.signIn(QStringLiteral("studio@example.com"), QStringLiteral("studio passphrase"));
        // Card payments are not configured on this service: the studio gets the reason to show.
        try {
            client.checkoutUrl(QStringLiteral("minutes-60"));
            QFAIL("checkout without a Stripe key must fail");
        } catch (const AccountError& error) {
            QCOMPARE(error.httpStatus(), 503);
            QVERIFY(QString::fromUtf8(error.what())
                        .contains(QStringLiteral("SONARA_CLOUD_STRIPE_SECRET_KEY")));
        }
        QCOMPARE(payWithStripe(cloud->url, id), 200);
        QCOMPARE(client.profile().balanceSeconds, 3600);

        const QByteArray publicKey = client.publicKey();
        const Licence licence = client.activateDevice(QStringLiteral("this-pc"), publicKey);
        QCOMPARE(licence.accountId, id);
        const Lease lease = client.takeLease(600, 3600, publicKey);
        QCOMPARE(client.profile().balanceSeconds, 3000);
        const QString walletPath = studio.filePath(QStringLiteral("leases.json"));
        {
            LeaseWallet wallet(walletPath, publicKey);
            wallet.add(lease);
        }

        // Offline: the service is gone; exports spend the lease.
        cloud->kill();
        QVERIFY_THROWS_EXCEPTION(AccountError, client.profile());
        {
            LeaseWallet wallet(walletPath, publicKey);
            wallet.spend(100, now(), QStringLiteral("offline-1"), QStringLiteral("tts"));
            wallet.spend(150, now(), QStringLiteral("offline-2"), QStringLiteral("stt"));
            // The same export paid again costs nothing more.
            wallet.spend(150, now(), QStringLiteral("offline-2"), QStringLiteral("stt"));
            QVERIFY(wallet.hasSpent(QStringLiteral("offline-2")));
            QVERIFY_THROWS_EXCEPTION(AccountError, wallet.spend(351, now()));
            QCOMPARE(wallet.available(now()), 350);
            // A clock wound back by a day is noticed.
            QVERIFY_THROWS_EXCEPTION(AccountError, wallet.spend(1, now() - 86400));
            // The lease paid for exports, so it is due; offline, settling fails and keeps it.
            QVERIFY_THROWS_EXCEPTION(AccountError, wallet.settleDue(client, now()));
            QCOMPARE(wallet.leaseCount(), 1);
        }
        // Reopened (as after a restart) it remembers every spend.
        LeaseWallet wallet(walletPath, publicKey);
        QCOMPARE(wallet.available(now()), 350);

        // Back online on the same data: settlement reports the exports and returns the rest.
        cloud = std::make_unique<CloudProcess>(data.path());
        QVERIFY(!cloud->url.isEmpty());
        client.setBaseUrl(cloud->url);
        QCOMPARE(wallet.settleDue(client, now()), 1);
        QCOMPARE(wallet.leaseCount(), 0);
        QCOMPARE(LeaseWallet(walletPath, publicKey).leaseCount(), 0);
        QCOMPARE(client.profile().balanceSeconds, 3600 - 250);
        QCOMPARE(client.recordUsage(QStringLiteral("export-1"), 50, QStringLiteral("tts")), 3300);
        QCOMPARE(client.recordUsage(QStringLiteral("export-1"), 50, QStringLiteral("tts")), 3300);
        client.signOut();
        QVERIFY_THROWS_EXCEPTION(AccountError, client.refresh());
    }

    void serviceKeysFollowARotationAndTrustOnlyServedKeys() {
        using sonara::cloud::crypto::Ed25519Signer;
        const Ed25519Signer first(QByteArray(32, '\x11'));
        const Ed25519Signer second(QByteArray(32, '\x22'));
        const Ed25519Signer foreign(QByteArray(32, '\x33'));
        QTemporaryDir data;
        QTemporaryDir studio;
        auto cloud = cloudSigningWith(data.path(), 0, QByteArray(32, '\x11'));
        QVERIFY(!cloud->url.isEmpty());
        const quint16 port = static_cast<quint16>(cloud->url.port());
        AccountClient client(cloud->url);
        const QString id = client.registerAccount(QStringLiteral("keys@example.com"),
                                                  QStringLiteral("studio passphrase"));
        client.signIn(QStringLiteral("keys@example.com"), QStringLiteral("studio passphrase"));
        QCOMPARE(payWithStripe(cloud->url, id), 200);
        QVERIFY(!client.profile().subscription.has_value());

        // Nothing is trusted until the service has served it; the first lease fetches the keys.
        const QString cachePath = studio.filePath(QStringLiteral("service-keys.json"));
        ServiceKeys keys(cachePath, cloud->url);
        QVERIFY(keys.trusted().isEmpty());
        const Lease before = client.takeLease(600, 3600, keys);
        QCOMPARE(keys.trusted().keyIds(), QStringList{first.keyId()});
        QVERIFY(QFile::exists(cachePath));

        // The service rotates to a new key and still serves the retired one. The cached keys
        // lack the new kid, so the next lease refreshes them.
        cloud->kill();
        cloud = cloudSigningWith(data.path(), port, QByteArray(32, '\x22'), {first.publicKey()});
        QCOMPARE(cloud->url.port(), port);
        ServiceKeys cached(cachePath, cloud->url);
        QCOMPARE(cached.trusted().keyIds(), QStringList{first.keyId()});
        const Lease after = client.takeLease(600, 3600, cached);
        QCOMPARE(after.envelope.value(QStringLiteral("kid")).toString(), second.keyId());
        QCOMPARE(sorted(cached.trusted().keyIds()), sorted({first.keyId(), second.keyId()}));
        // The lease signed before the rotation verifies until it expires.
        QCOMPARE(verifyLease(before.envelope, cached.trusted(), now()).id, before.id);
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(before.envelope, cached.trusted(),
                                                           before.expiresAt + kClockSkewSeconds));

        // A lease signed by a key the service does not serve is refused, after a refresh.
        const QJsonObject forged = resigned(after, foreign);
        QVERIFY_THROWS_EXCEPTION(AccountError,
                                 verifyLease(forged, cached.forDocument(forged, client), now()));
        QCOMPARE(sorted(cached.trusted().keyIds()), sorted({first.keyId(), second.keyId()}));

        // Offline, the cache alone verifies what the service signed.
        cloud->kill();
        const ServiceKeys offline(cachePath, client.baseUrl());
        QCOMPARE(verifyLease(after.envelope, offline.trusted(), now()).id, after.id);
        QCOMPARE(verifyLease(before.envelope, offline.trusted(), now()).id, before.id);

        // Once the service stops serving the retired key, its documents are refused.
        cloud = cloudSigningWith(data.path(), port, QByteArray(32, '\x22'));
        cached.refresh(client);
        QCOMPARE(cached.trusted().keyIds(), QStringList{second.keyId()});
        QVERIFY_THROWS_EXCEPTION(AccountError,
                                 verifyLease(before.envelope, cached.trusted(), now()));

        // Keys cached for one service are not trusted for another, nor fetched through a
        // client that talks to another address, nor over plain HTTP to a remote host.
        ServiceKeys elsewhere(cachePath, QUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(elsewhere.trusted().isEmpty());
        QVERIFY_THROWS_EXCEPTION(AccountError, elsewhere.refresh(client));
        ServiceKeys plain(studio.filePath(QStringLiteral("plain.json")),
                          QUrl(QStringLiteral("http://account.example.com")));
        AccountClient remote(QUrl(QStringLiteral("http://account.example.com")));
        QVERIFY_THROWS_EXCEPTION(AccountError, plain.refresh(remote));
        QVERIFY(!QFile::exists(studio.filePath(QStringLiteral("plain.json"))));
    }

    void editedWalletGrantsNothing() {
        QTemporaryDir data;
        QTemporaryDir studio;
        CloudProcess cloud(data.path());
        QVERIFY(!cloud.url.isEmpty());
        AccountClient client(cloud.url);
        const QString id = client.registerAccount(QStringLiteral("edit@example.com"),
                                                  QStringLiteral("studio passphrase"));
        client.signIn(QStringLiteral("edit@example.com"), QStringLiteral("studio passphrase"));
        QCOMPARE(payWithStripe(cloud.url, id), 200);
        const QByteArray publicKey = client.publicKey();
        const QString walletPath = studio.filePath(QStringLiteral("leases.json"));
        LeaseWallet(walletPath, publicKey).add(client.takeLease(60, 3600, publicKey));
        QFile file(walletPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray leases = root.value(QStringLiteral("leases")).toArray();
        QJsonObject entry = leases.at(0).toObject();
        QJsonObject envelope = entry.value(QStringLiteral("envelope")).toObject();
        QByteArray payload =
            QByteArray::fromBase64(envelope.value(QStringLiteral("payload")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding);
        payload.replace("\"seconds\":60", "\"seconds\":6000");
        envelope.insert(QStringLiteral("payload"),
                        QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                             QByteArray::OmitTrailingEquals)));
        entry.insert(QStringLiteral("envelope"), envelope);
        leases.replace(0, entry);
        root.insert(QStringLiteral("leases"), leases);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        LeaseWallet edited(walletPath, publicKey);
        QCOMPARE(edited.leaseCount(), 0);
        QCOMPARE(edited.available(now()), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountClient)
#include "test_account_client.moc"
