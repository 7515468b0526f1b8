// `sonara` signed in to a real sonara-cloud process: exports are charged to the account, paid
// from the offline lease while the service is down, and reported by `sonara account sync` once
// it is back; bad sign-ins are refused with a reason and change nothing.

#include "../core/account/cloud_process.h"
#include "core/account/account_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "sonara_process.h"

using namespace sonara::test;
using namespace sonara::core::account;
using namespace sonara::core::account::testing;

namespace {

const QString kEmail = QStringLiteral("cli@example.com");
const QString kPassword = QStringLiteral("cli passphrase 42");

}  // namespace

class TestCliAccount : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString data() const { return dir_.filePath(QStringLiteral("data")); }

    SonaraRun sonara(const QStringList& arguments, const QByteArray& input = {}) const {
        return runSonara(QStringList{QStringLiteral("--data"), data()} + arguments, 240000, input);
    }

    QJsonObject credits() const {
        const SonaraRun status =
            sonara({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(status.out.toUtf8()).object();
    }

    // Speaks a sentence and exports it; returns the exit code.
    int speak(const QString& output, const QString& text) const {
        const SonaraRun run =
            sonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"), text,
                    QStringLiteral("-o"), dir_.filePath(output)});
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.err));
        }
        return run.exitCode;
    }

    static qint64 ttsUsage(const AccountClient& client) {
        return usageSecondsOf(client, QStringLiteral("tts"));
    }

private Q_SLOTS:
    void signedInExportsUseTheAccountAndItsLeaseOffline() {
        QTemporaryDir cloudData;
        auto cloud = std::make_unique<CloudProcess>(cloudData.path());
        QVERIFY(!cloud->url.isEmpty());
        {
            AccountClient client(cloud->url);
            const QString id = client.registerAccount(kEmail, kPassword);
            QCOMPARE(payWithStripe(cloud->url, id), 200);
        }
        QCOMPARE(credits().value(QStringLiteral("source")).toString(), QStringLiteral("local"));

        // A wrong password and an insecure address are refused, and nothing is signed in.
        SonaraRun refused =
            sonara({QStringLiteral("account"), QStringLiteral("sign-in"),
                    QStringLiteral("--service"), cloud->url.toString(), QStringLiteral("--email"),
                    kEmail, QStringLiteral("--password-stdin")},
                   "not the passphrase\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("password")), qPrintable(refused.err));
        refused = sonara({QStringLiteral("account"), QStringLiteral("sign-in"),
                          QStringLiteral("--service"), QStringLiteral("http://example.com"),
                          QStringLiteral("--email"), kEmail, QStringLiteral("--password-stdin")},
                         kPassword.toUtf8() + '\n');
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("https://")), qPrintable(refused.err));
        QCOMPARE(credits().value(QStringLiteral("source")).toString(), QStringLiteral("local"));

        const SonaraRun signIn =
            sonara({QStringLiteral("account"), QStringLiteral("sign-in"),
                    QStringLiteral("--service"), cloud->url.toString(), QStringLiteral("--email"),
                    kEmail, QStringLiteral("--password-stdin")},
                   kPassword.toUtf8() + '\n');
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.err));
        QVERIFY2(signIn.out.contains(kEmail), qPrintable(signIn.out));
        QJsonObject now = credits();
        QCOMPARE(now.value(QStringLiteral("source")).toString(), QStringLiteral("account"));
        QCOMPARE(now.value(QStringLiteral("balance_seconds")).toInteger(), 3600);
        QCOMPARE(now.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("lease_seconds"))
                     .toInteger(),
                 1800);

        // Online: the service's balance pays.
        QCOMPARE(speak(QStringLiteral("online.wav"), QStringLiteral("Charged to the account.")), 0);
        AccountClient observer(cloud->url);
        observer.signIn(kEmail, kPassword);
        const qint64 online = 1800 - observer.profile().balanceSeconds;
        QVERIFY2(online >= 1 && online <= 10, qPrintable(QString::number(online)));
        QCOMPARE(ttsUsage(observer), online);

        // Offline: the lease pays, and the status says why.
        cloud->kill();
        QCOMPARE(speak(QStringLiteral("offline.wav"), QStringLiteral("Paid from the lease.")), 0);
        now = credits();
        const qint64 offline = 1800 - now.value(QStringLiteral("account"))
                                          .toObject()
                                          .value(QStringLiteral("lease_seconds"))
                                          .toInteger();
        QVERIFY2(offline >= 1 && offline <= 10, qPrintable(QString::number(offline)));
        QVERIFY(!now.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("last_error"))
                     .toString()
                     .isEmpty());
        const SonaraRun unreachable = sonara({QStringLiteral("account"), QStringLiteral("sync")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains(QStringLiteral("cannot reach")),
                 qPrintable(unreachable.err));

        // Back: sync reports the offline export and leases a fresh reserve.
        cloud = std::make_unique<CloudProcess>(cloudData.path(), cloud->url.port());
        QVERIFY(!cloud->url.isEmpty());
        const SonaraRun sync =
            sonara({QStringLiteral("account"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        now = QJsonDocument::fromJson(sync.out.toUtf8()).object();
        QCOMPARE(now.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("lease_seconds"))
                     .toInteger(),
                 1800);
        QCOMPARE(now.value(QStringLiteral("balance_seconds")).toInteger(), 3600 - online - offline);
        AccountClient back(cloud->url);
        back.signIn(kEmail, kPassword);
        QCOMPARE(back.profile().balanceSeconds, 3600 - online - offline - 1800);
        QCOMPARE(ttsUsage(back), online + offline);

        const SonaraRun signOut = sonara({QStringLiteral("account"), QStringLiteral("sign-out")});
        QVERIFY2(signOut.exitCode == 0, qPrintable(signOut.err));
        QCOMPARE(credits().value(QStringLiteral("source")).toString(), QStringLiteral("local"));
        QCOMPARE(back.profile().balanceSeconds, 3600 - online - offline);
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "test_cli_account.moc"
