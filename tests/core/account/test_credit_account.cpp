// The signed-in account's credits against a real sonara-cloud process on loopback: exports are
// charged online, paid from the offline lease while the service is down, and reported when it
// is back; nothing is charged twice and the session is shared safely.

#include "cloud_process.h"
#include "core/account/account_client.h"
#include "core/account/account_error.h"
#include "core/account/credit_account.h"
#include "core/account/lease_wallet.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace sonara::core::account;
using namespace sonara::core::account::testing;

namespace {

const QString kEmail = QStringLiteral("studio@example.com");
const QString kPassword = QStringLiteral("studio passphrase");

// A client of its own (its own refresh-token family), for looking at the account from outside.
struct Observer {
    explicit Observer(const QUrl& url) : client(url) { client.signIn(kEmail, kPassword); }
    qint64 balance() { return client.profile().balanceSeconds; }
    qint64 usageOf(const QString& capability) { return usageSecondsOf(client, capability); }
    QJsonArray devices() {
        return getJson(client, QStringLiteral("/v1/devices"))
            .value(QStringLiteral("devices"))
            .toArray();
    }
    AccountClient client;
};

// Registers the test account, buys 60 minutes and signs `account` in to it.
void signInBuyer(CreditAccount& account, const QUrl& url) {
    AccountClient client(url);
    const QString id = client.registerAccount(kEmail, kPassword);
    QCOMPARE(payWithStripe(url, id), 200);
    client.signIn(kEmail, kPassword);
    const AccountStatus status = account.signIn(url, client.tokens(), client.profile());
    QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
}

CreditAccountOptions optionsFor(const QString& directory) {
    CreditAccountOptions options;
    options.directory = directory;
    options.reserveSeconds = 600;
    return options;
}

// A service of its own and a studio's account folder.
struct Setup {
    QTemporaryDir data;
    QTemporaryDir studio;
    CloudProcess cloud{data.path()};
};

int statusOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const AccountError& error) {
        return error.httpStatus();
    }
    return -1;
}

}  // namespace

class TestCreditAccount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsAreChargedOnlineThenFromTheLeaseThenSettled() {
        QTemporaryDir data;
        QTemporaryDir studio;
        auto cloud = std::make_unique<CloudProcess>(data.path());
        QVERIFY(!cloud->url.isEmpty());
        CreditAccount account(optionsFor(studio.path()));
        QVERIFY(!account.isSignedIn());
        QCOMPARE(statusOf([&] { account.charge(10, QStringLiteral("x"), QStringLiteral("tts")); }),
                 401);

        signInBuyer(account, cloud->url);
        QVERIFY(account.isSignedIn());
        AccountStatus status = account.status();
        QCOMPARE(status.email, kEmail);
        QCOMPARE(status.leaseSeconds, 600);
        QCOMPARE(status.serviceBalanceSeconds, 3000);
        QCOMPARE(status.totalSeconds(), 3600);
        // The device was activated; its licence verifies offline.
        QVERIFY(status.licenceExpiresAt > now() + 86400);
        // The session file holds tokens: only the user may read it.
        QCOMPARE(QFile::permissions(account.sessionFile().path()) &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        // Online: the service's ledger is charged, the lease is untouched.
        QCOMPARE(account.charge(100, QStringLiteral("export-1"), QStringLiteral("tts")), 100);
        QCOMPARE(account.status().serviceBalanceSeconds, 2900);
        QCOMPARE(account.status().leaseSeconds, 600);
        Observer observer(cloud->url);
        QCOMPARE(observer.balance(), 2900);
        QCOMPARE(observer.usageOf(QStringLiteral("tts")), 100);

        // Offline: the lease pays, once per export; what it cannot cover is refused.
        cloud->kill();
        QCOMPARE(account.charge(250, QStringLiteral("export-2"), QStringLiteral("stt")), 250);
        QCOMPARE(account.charge(250, QStringLiteral("export-2"), QStringLiteral("stt")), 0);
        status = account.status();
        QCOMPARE(status.leaseSeconds, 350);
        QVERIFY(!status.lastError.isEmpty());
        QCOMPARE(statusOf([&] {
                     account.charge(351, QStringLiteral("export-3"), QStringLiteral("tts"));
                 }),
                 0);
        QCOMPARE(account.status().leaseSeconds, 350);

        // An export the service charged though its answer never arrived: paid offline too.
        const QString lostKey = account.deviceId() + QStringLiteral(":export-4");
        {
            auto again = std::make_unique<CloudProcess>(data.path(), cloud->url.port());
            QVERIFY(!again->url.isEmpty());
            Observer(again->url).client.recordUsage(lostKey, 60, QStringLiteral("tts"));
        }
        QCOMPARE(account.charge(60, QStringLiteral("export-4"), QStringLiteral("tts")), 60);
        QCOMPARE(account.status().leaseSeconds, 290);

        // Back on the same address: the next contact reports the offline exports, charges
        // export-4 once, and leases a fresh reserve.
        cloud = std::make_unique<CloudProcess>(data.path(), cloud->url.port());
        QVERIFY(!cloud->url.isEmpty());
        status = account.sync();
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        QCOMPARE(status.leaseSeconds, 600);
        Observer back(cloud->url);
        QCOMPARE(back.balance(), 3600 - 100 - 250 - 60 - 600);
        QCOMPARE(status.serviceBalanceSeconds, back.balance());
        QCOMPARE(back.usageOf(QStringLiteral("stt")), 250);
        QCOMPARE(back.usageOf(QStringLiteral("tts")), 160);

        // More than the service's balance but not more than the account holds: the lease is
        // returned and the export charged; beyond that, 402 and nothing changes.
        QCOMPARE(account.charge(2900, QStringLiteral("export-5"), QStringLiteral("tts")), 2900);
        QCOMPARE(back.balance(), 290 - std::min<qint64>(600, 290));
        QCOMPARE(account.status().totalSeconds(), 290);
        QCOMPARE(statusOf([&] {
                     account.charge(291, QStringLiteral("export-6"), QStringLiteral("tts"));
                 }),
                 402);
        QCOMPARE(back.balance() + account.status().leaseSeconds, 290);

        // Signing out settles the lease and forgets the session.
        account.signOut();
        QVERIFY(!account.isSignedIn());
        QCOMPARE(back.balance(), 290);
        QVERIFY(!QFile::exists(account.sessionFile().path()));
        // ... and frees the device's place.
        QCOMPARE(back.devices().size(), 0);
    }

    void aFourthDeviceIsToldAboutTheLimitAndStillExports() {
        QTemporaryDir data;
        CloudProcess cloud(data.path());
        QVERIFY(!cloud.url.isEmpty());
        QList<std::shared_ptr<QTemporaryDir>> folders;
        QList<std::shared_ptr<CreditAccount>> devices;
        for (int i = 0; i < 4; ++i) {
            folders.append(std::make_shared<QTemporaryDir>());
            devices.append(std::make_shared<CreditAccount>(optionsFor(folders.last()->path())));
        }
        signInBuyer(*devices[0], cloud.url);
        for (int i = 1; i < 4; ++i) {
            AccountClient client(cloud.url);
            client.signIn(kEmail, kPassword);
            const AccountStatus status =
                devices[i]->signIn(cloud.url, client.tokens(), client.profile());
            QVERIFY(status.signedIn);
            QCOMPARE(status.licenceExpiresAt > 0, i < 3);
            QCOMPARE(status.lastError.contains(QStringLiteral("deactivate one")), i == 3);
        }
        QCOMPARE(devices[3]->charge(30, QStringLiteral("export"), QStringLiteral("tts")), 30);
        // Signing one out makes room.
        devices[1]->signOut();
        QVERIFY(devices[3]->sync().licenceExpiresAt > 0);
        QVERIFY(devices[3]->status().lastError.isEmpty());
    }

    void concurrentChargesShareOneSessionAndNeverOverdraw() {
        Setup setup;
        QVERIFY(!setup.cloud.url.isEmpty());
        const QString studio = setup.studio.path();
        const QUrl url = setup.cloud.url;
        {
            CreditAccount account(optionsFor(studio));
            signInBuyer(account, url);
        }
        // Two programs on one data folder (the studio and `sonara serve`), each with its own
        // CreditAccount, charging at once: the refresh token rotates under the lock, so the
        // session survives, and the balance never goes below zero.
        CreditAccount studioSide(optionsFor(studio));
        CreditAccount serveSide(optionsFor(studio));
        QList<QFuture<int>> charges;
        for (int i = 0; i < 24; ++i) {
            CreditAccount& account = i % 2 ? studioSide : serveSide;
            charges.append(QtConcurrent::run([&account, i] {
                return statusOf([&] {
                    account.charge(200, QStringLiteral("parallel-%1").arg(i),
                                   QStringLiteral("tts"));
                });
            }));
        }
        int paid = 0;
        int refused = 0;
        for (QFuture<int>& charge : charges) {
            const int status = charge.result();
            paid += status == -1;
            refused += status == 402;
        }
        QCOMPARE(paid, 18);
        QCOMPARE(refused, 6);
        Observer observer(url);
        QCOMPARE(observer.balance() + studioSide.status().leaseSeconds, 0);
        QVERIFY(studioSide.isSignedIn());
        QVERIFY(studioSide.sync().lastError.isEmpty());
    }

    void aTamperedOrForeignLeaseGrantsNothing() {
        Setup setup;
        QVERIFY(!setup.cloud.url.isEmpty());
        const QString studio = setup.studio.path();
        CreditAccount account(optionsFor(studio));
        signInBuyer(account, setup.cloud.url);
        QCOMPARE(account.status().leaseSeconds, 600);
        const QString wallet =
            QDir(studio).filePath(QStringLiteral("leases-%1.json").arg(account.status().accountId));
        QFile file(wallet);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        // Raise the lease's seconds inside its signed payload.
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject envelope = root.value(QStringLiteral("leases"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("envelope"))
                                   .toObject();
        QJsonObject payload =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(
                    envelope.value(QStringLiteral("payload")).toString().toLatin1(),
                    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                .object();
        payload.insert(QStringLiteral("seconds"), 360000);
        envelope.insert(QStringLiteral("payload"),
                        QString::fromLatin1(QJsonDocument(payload)
                                                .toJson(QJsonDocument::Compact)
                                                .toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals)));
        const QJsonObject forged{
            {QStringLiteral("last_seen"), root.value(QStringLiteral("last_seen"))},
            {QStringLiteral("leases"),
             QJsonArray{QJsonObject{{QStringLiteral("envelope"), envelope},
                                    {QStringLiteral("usage"), QJsonArray{}}}}}};
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(forged).toJson());
        file.close();
        QCOMPARE(account.status().leaseSeconds, 0);
    }
};

QTEST_GUILESS_MAIN(TestCreditAccount)
#include "test_credit_account.moc"
