// `sonara-studio --admin` against a real sonara-cloud on loopback: an administrator lists and
// searches users, adjusts a user's credits (the service's balance changes), edits a plan and
// sees the audit log; a user who is not an administrator is refused.

#include "app/cloud/cloud_test_support.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sonara;
using cloud::testing::TestServer;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

QUrl serviceUrl(const TestServer& server) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port));
}

// Waits until `what` has been loaded `times` times in all.
bool waitForLoad(QSignalSpy& loaded, const QString& what, int times = 1) {
    return QTest::qWaitFor(
        [&] {
            int count = 0;
            for (const QList<QVariant>& arguments : loaded) {
                count += arguments.value(0).toString() == what ? 1 : 0;
            }
            return count >= times;
        },
        20000);
}

}  // namespace

class TestAdminWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void anAdministratorAdjustsCredits() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        const QString userId = server.registerUser(QStringLiteral("listener@example.com"));
        server.registerUser(QStringLiteral("other@example.com"));

        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        window.signIn(serviceUrl(server), kAdmin, kPassword);
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
        QVERIFY(window.isSignedIn());
        QCOMPARE(window.usersTable()->matchingRowCount(), 3);

        window.searchEdit()->setText(QStringLiteral("listener"));
        window.reloadUsers();
        QVERIFY(waitForLoad(loaded, QStringLiteral("users"), 2));
        QCOMPARE(window.usersTable()->matchingRowCount(), 1);
        QVERIFY(window.usersTable()->selectRow(QStringLiteral("id"), userId));
        QCOMPARE(window.usersTable()->rowText(0).at(0), QStringLiteral("listener@example.com"));

        QSignalSpy adjusted(&window, &studio::AdminWindow::creditsAdjusted);
        window.adjustCredits(userId, 600, QStringLiteral("goodwill for a failed export"));
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.count(), 1, 20000);
        QCOMPARE(adjusted.first().at(1).toLongLong(), qint64(600));
        QCOMPARE(server.service->balance(userId), qint64(600));
        QVERIFY(waitForLoad(loaded, QStringLiteral("users"), 3));
        QCOMPARE(window.usersTable()->rowText(0).at(4), QStringLiteral("10:00"));

        // A revocation larger than the balance stops at zero.
        window.adjustCredits(userId, -900, QStringLiteral("chargeback"));
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.count(), 2, 20000);
        QCOMPARE(server.service->balance(userId), qint64(0));
        QVERIFY(window.errorText().isEmpty());

        QVERIFY(waitForLoad(loaded, QStringLiteral("audit"), 2));
        bool granted = false;
        for (int row = 0; row < window.auditTable()->table()->rowCount(); ++row) {
            granted = granted ||
                      window.auditTable()->rowText(row).contains(QStringLiteral("credit.grant"));
        }
        QVERIFY(granted);

        window.setSuspended(userId, true);
        QVERIFY(waitForLoad(loaded, QStringLiteral("users"), 5));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = "
                                             "'suspended'")),
                 qint64(1));
        QVERIFY(window.usersTable()->selectRow(QStringLiteral("id"), userId));
        QCOMPARE(window.usersTable()->rowText(0).at(2), QStringLiteral("suspended"));

        window.resize(1100, 600);
        QVERIFY(window.grab().save(QDir(studio::test::testOutputDirectory())
                                       .filePath(QStringLiteral("admin_window.png"))));
    }

    void plansAreEditedAndListsArePaged() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        window.signIn(serviceUrl(server), kAdmin, kPassword);
        QVERIFY(waitForLoad(loaded, QStringLiteral("plans")));
        const int before = window.plansTable()->matchingRowCount();

        QSignalSpy saved(&window, &studio::AdminWindow::planSaved);
        window.savePlan({QStringLiteral("minutes-120"), QStringLiteral("Two hours"), 3500,
                         QStringLiteral("usd"), 7200, 0});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QVERIFY(waitForLoad(loaded, QStringLiteral("plans"), 2));
        QCOMPARE(window.plansTable()->matchingRowCount(), before + 1);
        QCOMPARE(server.count(QStringLiteral("SELECT seconds FROM plans WHERE id = 'minutes-120'")),
                 qint64(7200));

        window.plansTable()->setPageSize(1);
        QCOMPARE(window.plansTable()->pageCount(), before + 1);
        QCOMPARE(window.plansTable()->table()->rowCount(), 1);
        window.plansTable()->showPage(1);
        QCOMPARE(window.plansTable()->page(), 1);
        window.plansTable()->setFilter(QStringLiteral("two hours"));
        QCOMPARE(window.plansTable()->matchingRowCount(), 1);

        // A plan the service refuses says why.
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        window.savePlan({QStringLiteral("bad-currency"), QStringLiteral("Bad"), 100,
                         QStringLiteral("dollars"), 60, 0});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(window.errorText().contains(QStringLiteral("currency")),
                 qPrintable(window.errorText()));
    }

    void aUserWhoIsNotAnAdministratorIsRefused() {
        TestServer server;
        server.registerUser(QStringLiteral("listener@example.com"), kPassword);
        studio::AdminWindow window;
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        window.signIn(serviceUrl(server), QStringLiteral("listener@example.com"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!window.isSignedIn());
        QVERIFY2(window.errorText().contains(QStringLiteral("not an administrator")),
                 qPrintable(window.errorText()));
    }
};

QTEST_MAIN(TestAdminWindow)
#include "test_admin_window.moc"
