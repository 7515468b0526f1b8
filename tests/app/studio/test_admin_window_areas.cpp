// `sonara-studio --admin` against a real sonara-cloud on loopback, the areas beyond accounts:
// the model catalog, deleting an account on request after its export, revenue by day shown as
// dates, refunds through the payment provider (a loopback stand-in for Stripe's API) applied
// once across a retry, the health charts read from /metrics, and a suspension without a reason
// refused by the service itself.

#include "app/cloud/cloud_test_support.h"
#include "app/studio/admin_dialogs.h"
#include "app/studio/admin_health_chart.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QHttpServer>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sonara;
using cloud::testing::TestServer;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

enum Tab { Users, Plans, Transactions, Revenue, Usage, Audit, Moderation, Catalog, Health };

QUrl serviceUrl(const TestServer& server) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port));
}

bool waitFor(QSignalSpy& spy, const QString& what) {
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : spy) {
                if (arguments.value(0).toString() == what) {
                    return true;
                }
            }
            return false;
        },
        20000);
}

void signIn(studio::AdminWindow& window, const TestServer& server, QSignalSpy& loaded) {
    window.signIn(serviceUrl(server), kAdmin, kPassword);
    QVERIFY(waitFor(loaded, QStringLiteral("users")));
    QVERIFY(window.isSignedIn());
}

QString buy(TestServer& server, const QString& email, const QString& eventId) {
    const QString id = server.registerUser(email);
    server.stripeEvent(cloud::testing::checkoutCompleted(eventId, id),
                       QDateTime::currentSecsSinceEpoch());
    return id;
}

}  // namespace

class TestAdminWindowAreas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void theCatalogTabListsAndWithdrawsModels() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        const QByteArray admin =
            server.login(kAdmin).value(QStringLiteral("access_token")).toString().toLatin1();
        for (const QString& id : {QStringLiteral("whisper-tiny"), QStringLiteral("demucs-v4")}) {
            QCOMPARE(
                server
                    .call(
                        "PUT", QStringLiteral("/v1/admin/catalog/%1").arg(id),
                        R"({"architecture":"arch-)" + id.toLatin1() +
                            R"(","capability":"stt","licence":"MIT","files":[{"url":"https://example.com/m","size":1,"sha256":"ab"}]})",
                        admin)
                    .status,
                200);
        }
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        QSignalSpy done(&window, &studio::AdminWindow::done);
        signIn(window, server, loaded);
        loaded.clear();
        window.tabs()->setCurrentIndex(Catalog);
        QVERIFY(waitFor(loaded, QStringLiteral("catalog")));
        studio::PagedTable* catalog = window.catalogTable();
        QCOMPARE(catalog->matchingRowCount(), qint64(2));
        QCOMPARE(catalog->rowText(0),
                 (QStringList{QStringLiteral("demucs-v4"), QStringLiteral("stt"),
                              QStringLiteral("arch-demucs-v4"), QStringLiteral("MIT")}));

        loaded.clear();
        window.withdrawModel(QStringLiteral("demucs-v4"));
        QVERIFY(waitFor(done, QStringLiteral("catalog.withdraw")));
        QVERIFY(waitFor(loaded, QStringLiteral("catalog")));
        QCOMPARE(catalog->matchingRowCount(), qint64(1));
        QCOMPARE(catalog->rowText(0).at(0), QStringLiteral("whisper-tiny"));
        QCOMPARE(server.count(
                     QStringLiteral("SELECT published FROM model_catalog WHERE id = 'demucs-v4'")),
                 qint64(0));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'catalog.withdraw' AND target = 'demucs-v4'")),
                 qint64(1));
        // The public catalog the studios read no longer offers it.
        QCOMPARE(server.call("GET", QStringLiteral("/v1/catalog"))
                     .body.value(QStringLiteral("models"))
                     .toArray()
                     .size(),
                 1);
    }

    void anAccountIsDeletedOnlyAfterItsExport() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        const QString leaver = buy(server, QStringLiteral("leaver@example.com"), "evt_leaver");
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        QSignalSpy done(&window, &studio::AdminWindow::done);
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        signIn(window, server, loaded);

        // An export that cannot be written stops the deletion.
        window.deleteAccount(leaver, QStringLiteral("/proc/no-such-folder/export.json"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(window.errorText().contains(QStringLiteral("nothing was deleted")));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email = "
                                             "'leaver@example.com'")),
                 qint64(1));

        QTemporaryDir folder;
        const QString exportPath = folder.filePath(QStringLiteral("leaver export.json"));
        loaded.clear();
        window.deleteAccount(leaver, exportPath);
        QVERIFY(waitFor(done, QStringLiteral("delete")));
        QFile exported(exportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject data = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(data.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("leaver@example.com"));
        QCOMPARE(data.value(QStringLiteral("purchases")).toArray().size(), 1);
        QCOMPARE(data.value(QStringLiteral("ledger")).toArray().size(), 1);
        // Anonymised: the person is gone, the money records stay for the books.
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email = "
                                             "'leaver@example.com'")),
                 qint64(0));
        QCOMPARE(
            server.count(QStringLiteral("SELECT COUNT(*) FROM purchases WHERE account_id = '%1'")
                             .arg(leaver)),
            qint64(1));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'user.delete' AND target = '%1'")
                                  .arg(leaver)),
                 qint64(1));
        QVERIFY(waitFor(loaded, QStringLiteral("users")));
        for (int row = 0; row < window.usersTable()->table()->rowCount(); ++row) {
            QVERIFY(!window.usersTable()->rowText(row).at(0).startsWith(QStringLiteral("leaver")));
        }
    }

    void revenueByDayIsShownAsDates() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        buy(server, QStringLiteral("a@example.com"), "evt_a");
        buy(server, QStringLiteral("b@example.com"), "evt_b");
        // One purchase on an earlier day.
        server.service->database().exec(QStringLiteral(
            "UPDATE purchases SET created_at = 1767225600 + 3600 WHERE payment_ref = 'pi_evt_b'"));
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        signIn(window, server, loaded);
        loaded.clear();
        window.tabs()->setCurrentIndex(Revenue);
        QVERIFY(waitFor(loaded, QStringLiteral("revenue")));
        studio::PagedTable* revenue = window.revenueTable();
        QCOMPARE(revenue->table()->rowCount(), 2);
        const QString earlier =
            QLocale().toString(QDate(2026, 1, 1), QLocale::ShortFormat);  // 1767225600
        const QString today =
            QLocale().toString(QDateTime::currentDateTimeUtc().date(), QLocale::ShortFormat);
        QCOMPARE(revenue->rowText(0).at(0), earlier);
        QCOMPARE(revenue->rowText(1).at(0), today);
        for (int row = 0; row < 2; ++row) {
            bool number = false;
            revenue->rowText(row).at(0).toLongLong(&number);
            QVERIFY(!number);
            QCOMPARE(revenue->rowText(row).at(3), QLocale().toString(20.0, 'f', 2));
        }
    }

    void theRefundDialogStatesItsEffect() {
        studio::RefundDialog dialog({QStringLiteral("carol@example.com"), QStringLiteral("stripe"),
                                     QStringLiteral("usd"), 2000, 500, 3600});
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(dialog.amountEdit()->text().isEmpty());
        QVERIFY(!ok->isEnabled());
        dialog.amountEdit()->setText(QStringLiteral("16"));  // more than is left (15.00)
        QCOMPARE(dialog.amount(), qint64(0));
        dialog.amountEdit()->setText(QLocale().toString(5.0, 'f', 2));
        QCOMPARE(dialog.amount(), qint64(500));
        QVERIFY(!ok->isEnabled());  // no reason yet
        dialog.reasonEdit()->setText(QStringLiteral("charged twice"));
        QVERIFY(ok->isEnabled());
        QVERIFY2(dialog.effectText().startsWith(
                     QStringLiteral("Refund %1 of %2 to carol@example.com through stripe. About "
                                    "15:00 of their minutes")
                         .arg(QLocale().toString(5.0, 'f', 2) + QStringLiteral(" USD"),
                              QLocale().toString(20.0, 'f', 2) + QStringLiteral(" USD"))),
                 qPrintable(dialog.effectText()));
    }

    void aRefundRetriedAfterATimeoutIsMadeOnce() {
        // Stripe's API, standing in on loopback. Its first answer comes after the window has
        // given up waiting: the refund is made, but the window does not hear of it.
        QHttpServer stripe;
        int calls = 0;
        QStringList keys;
        stripe.route(QStringLiteral("/v1/refunds"), QHttpServerRequest::Method::Post,
                     [&](const QHttpServerRequest& request) {
                         ++calls;
                         keys << QString::fromLatin1(request.value("Idempotency-Key"));
                         if (calls == 1) {
                             QThread::msleep(2500);
                         }
                         return QHttpServerResponse(
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("re_%1").arg(calls)},
                                         {QStringLiteral("status"), QStringLiteral("succeeded")}});
                     });
        const quint16 stripePort = stripe.listen(QHostAddress::LocalHost, 0);
        TestServer server([&](cloud::CloudConfig& config) {
            config.stripeSecretKey = QByteArrayLiteral("sk_test_1");
            config.stripeApiBase = QStringLiteral("http://127.0.0.1:%1").arg(stripePort);
        });
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        const QString payer = buy(server, QStringLiteral("payer@example.com"), "evt_pay");
        QCOMPARE(server.service->balance(payer), qint64(3600));

        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        QSignalSpy done(&window, &studio::AdminWindow::done);
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        signIn(window, server, loaded);
        loaded.clear();
        window.tabs()->setCurrentIndex(Transactions);
        QVERIFY(waitFor(loaded, QStringLiteral("transactions")));
        QCOMPARE(window.transactionsTable()->matchingRowCount(), qint64(1));
        QSqlQuery row = server.service->database().exec(QStringLiteral("SELECT id FROM purchases"));
        QVERIFY(row.next());
        QVERIFY(
            window.transactionsTable()->selectRow(QStringLiteral("id"), row.value(0).toString()));

        window.connection().setTimeout(1000);
        window.refundPayment(row.value(0).toString(), 1000, QStringLiteral("duplicate order"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(window.canRetry());
        // The service went on and made the refund while the window waited no more.
        QTRY_COMPARE_WITH_TIMEOUT(server.service->balance(payer), qint64(1800), 20000);
        window.connection().setTimeout(10000);
        loaded.clear();
        window.retryLastAction();
        QVERIFY(waitFor(done, QStringLiteral("payment.refund")));
        QCOMPARE(calls, 1);
        QCOMPARE(server.service->balance(payer), qint64(1800));
        QCOMPARE(server.count(QStringLiteral("SELECT refunded_amount FROM purchases")),
                 qint64(1000));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'payment.refund'")),
                 qint64(1));
        QVERIFY(window.errorText().isEmpty());
        QVERIFY(waitFor(loaded, QStringLiteral("transactions")));
        QCOMPARE(window.transactionsTable()->rowText(0).at(7), QLocale().toString(10.0, 'f', 2));

        // A new refund of the same payment is a new intended action: a new key.
        done.clear();
        window.refundPayment(row.value(0).toString(), 1000, QStringLiteral("the rest"));
        QVERIFY(waitFor(done, QStringLiteral("payment.refund")));
        QCOMPARE(calls, 2);
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.at(0) != keys.at(1));
        QCOMPARE(server.service->balance(payer), qint64(0));
    }

    void healthIsChartedFromTheMetrics() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        studio::AdminWindow window;
        window.resize(1000, 700);
        window.show();
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        signIn(window, server, loaded);
        window.setHealthPollInterval(300);
        window.tabs()->setCurrentIndex(Health);
        studio::HealthCharts* charts = window.healthCharts();
        using Series = studio::HealthCharts::Series;
        QTRY_VERIFY_WITH_TIMEOUT(charts->points(Series::Requests).size() >= 2, 20000);
        // Refused requests between readings show as 4xx per second.
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(server.call("GET", QStringLiteral("/v1/me")).status, 401);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QPointF& point : charts->points(Series::ClientErrors)) {
                    if (point.y() > 0) {
                        return true;
                    }
                }
                return false;
            }(),
            20000);
        QVERIFY(charts->points(Series::Requests).last().y() >= 0);
        QVERIFY(!charts->points(Series::OpenLeases).isEmpty());
        for (const QPointF& point : charts->points(Series::ServerErrors)) {
            QCOMPARE(point.y(), 0.0);
        }
        // Readings stop while another tab is shown.
        window.tabs()->setCurrentIndex(Users);
        QTest::qWait(700);
        const qsizetype count = charts->points(Series::Requests).size();
        QTest::qWait(900);
        QCOMPARE(charts->points(Series::Requests).size(), count);
        const QImage image = charts->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void aSuspensionWithoutAReasonIsRefusedByTheService() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        const QString userId = server.registerUser(QStringLiteral("keep@example.com"));
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        signIn(window, server, loaded);
        window.setSuspended(userId, true, QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(window.errorText().contains(QStringLiteral("reason")),
                 qPrintable(window.errorText()));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = "
                                             "'active' AND id = '%1'")
                                  .arg(userId)),
                 qint64(1));
    }
};

QTEST_MAIN(TestAdminWindowAreas)
#include "test_admin_window_areas.moc"
