// The status bar's account area against a real sonara-cloud on loopback: sign in shows the
// email and the minutes the account holds, a wrong password and an unreachable service say so,
// an export is charged to the account, sign out forgets.

#include "app/cloud/cloud_test_support.h"
#include "app/studio/account_area.h"
#include "app/studio/audio_document.h"
#include "app/studio/buy_minutes_dialog.h"
#include "app/studio/export_dialog.h"
#include "app/studio/main_window.h"
#include "app/studio/sign_in_dialog.h"
#include "studio_test_support.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>

using namespace sonara;
using cloud::testing::TestServer;

namespace {

const QString kEmail = QStringLiteral("creator@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

// An account that bought the default plan: 60 minutes.
QString registerBuyer(TestServer& server) {
    const QString id = server.registerUser(kEmail, kPassword);
    server.stripeEvent(cloud::testing::checkoutCompleted(QStringLiteral("evt_1"), id),
                       QDateTime::currentSecsSinceEpoch());
    return id;
}

QUrl serviceUrl(const TestServer& server) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port));
}

// A loopback port nothing listens on.
QUrl closedServiceUrl() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// Catches what the studio would open in the browser.
class BrowserStandIn : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

}  // namespace

class TestStudioAccount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void signInShowsTheBalanceInTheStatusBar() {
        TestServer server;
        registerBuyer(server);
        studio::test::TestHost host;
        studio::MainWindow window(*host.host);
        auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("account"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Not signed in"));

        window.accountArea()->showSignInDialog();
        auto* dialog = window.findChild<studio::SignInDialog*>();
        QVERIFY(dialog);
        dialog->serviceEdit()->setText(serviceUrl(server).toString());
        dialog->emailEdit()->setText(kEmail);
        dialog->passwordEdit()->setText(kPassword);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY_WITH_TIMEOUT(window.accountArea()->isSignedIn(), 20000);
        QCOMPARE(label->text(), QStringLiteral("%1 · 60:00 min").arg(kEmail));
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(studio::configuredServiceUrl(), serviceUrl(server));
    }

    void refreshFollowsTheServiceBalance() {
        TestServer server;
        registerBuyer(server);
        studio::test::TestHost host;
        studio::AccountArea area(host.host->sharedAccount());
        area.signIn(serviceUrl(server), kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(area.isSignedIn(), 20000);
        // Half an hour is held for exports while offline; the account still holds 60 minutes.
        QCOMPARE(area.accountStatus().leaseSeconds, qint64(1800));
        QCOMPARE(area.balanceSeconds(), qint64(3600));

        const QByteArray token = server.accessToken(kEmail);
        QCOMPARE(server
                     .post(QStringLiteral("/v1/usage"),
                           {{QStringLiteral("idempotency_key"), QStringLiteral("export-1")},
                            {QStringLiteral("seconds"), 90},
                            {QStringLiteral("capability"), QStringLiteral("tts")}},
                           token)
                     .status,
                 201);
        QSignalSpy changed(&area, &studio::AccountArea::profileChanged);
        area.refreshBalance();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QCOMPARE(area.balanceSeconds(), qint64(3600 - 90));
        QVERIFY(area.summaryText().endsWith(QStringLiteral("58:30 min")));

        area.signOut();
        QVERIFY(!area.isSignedIn());
        QCOMPARE(area.summaryText(), QStringLiteral("Not signed in"));
    }

    // Signing out from the window's account menu forgets the customer: the account corner, the
    // balance and every text and tooltip lose the email, the menu offers signing in again, the
    // account's files go, and the next start is signed out.
    void signingOutInTheWindowForgetsTheCustomer() {
        TestServer server;
        registerBuyer(server);
        studio::test::TestHost host;
        studio::MainWindow window(*host.host);
        window.show();
        auto* balance = window.statusBar()->findChild<QLabel*>(QStringLiteral("balance"));
        QVERIFY(balance);
        const QString localBalance = balance->text();
        const QString localTip = balance->toolTip();
        studio::AccountArea* area = window.accountArea();
        area->signIn(serviceUrl(server), kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(area->isSignedIn(), 20000);
        QTRY_VERIFY(balance->toolTip() != localTip);
        const QString session = host.host->account().sessionFile().path();
        QVERIFY(QFile::exists(session));
        QVERIFY(area->signOutAction()->isVisible());

        area->signOutAction()->trigger();
        QVERIFY(!area->isSignedIn());
        QCOMPARE(area->summaryText(), QStringLiteral("Not signed in"));
        QVERIFY(area->signInAction()->isVisible());
        QVERIFY(!area->signOutAction()->isVisible());
        QVERIFY(!area->buyAction()->isVisible());
        QVERIFY(!area->refreshAction()->isVisible());
        // Exports are charged to this computer's credits again once the sign-out (on a worker)
        // has let go of the account.
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), localBalance, 20000);
        QCOMPARE(balance->toolTip(), localTip);
        const auto mentionsTheCustomer = [&] {
            for (const QWidget* widget : window.findChildren<QWidget*>()) {
                const auto* label = qobject_cast<const QLabel*>(widget);
                if (widget->toolTip().contains(kEmail) ||
                    (label && label->text().contains(kEmail))) {
                    return widget->objectName() + QLatin1Char(' ') + widget->toolTip();
                }
            }
            for (const QAction* action : window.findChildren<QAction*>()) {
                if (action->text().contains(kEmail) || action->toolTip().contains(kEmail)) {
                    return action->text();
                }
            }
            return window.statusBar()->currentMessage().contains(kEmail)
                       ? window.statusBar()->currentMessage()
                       : QString();
        };
        QVERIFY2(mentionsTheCustomer().isEmpty(), qPrintable(mentionsTheCustomer()));
        // The session goes (its lease settled on the service) and the account's status with it.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(session), 20000);
        QTRY_VERIFY(
            !QFileInfo::exists(QFileInfo(session).dir().filePath(QStringLiteral("status.json"))));
        // The sign-in dialog asks for the password again.
        area->showSignInDialog();
        auto* dialog = window.findChild<studio::SignInDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        dialog->reject();
        // A new start on the same data folder is signed out too.
        studio::AccountArea restarted(host.host->sharedAccount());
        QTest::qWait(200);
        QVERIFY(!restarted.isSignedIn());
        QCOMPARE(restarted.summaryText(), QStringLiteral("Not signed in"));
    }

    void theNextStartResumesTheSignIn() {
        TestServer server;
        registerBuyer(server);
        studio::test::TestHost host;
        {
            studio::AccountArea area(host.host->sharedAccount());
            area.signIn(serviceUrl(server), kEmail, kPassword);
            QTRY_VERIFY_WITH_TIMEOUT(area.isSignedIn(), 20000);
        }
        const QString path = host.host->account().sessionFile().path();
        QVERIFY(QFile::exists(path));
        QVERIFY(path.startsWith(host.host->dataDirectory()));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        studio::AccountArea restarted(host.host->sharedAccount());
        QVERIFY(restarted.isSignedIn());
        QCOMPARE(restarted.balanceSeconds(), qint64(3600));
        QSignalSpy refreshed(&restarted, &studio::AccountArea::profileChanged);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
        QVERIFY2(restarted.lastError().isEmpty(), qPrintable(restarted.lastError()));

        restarted.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 20000);
        // The lease went back when signing out.
        const QByteArray token = server.accessToken(kEmail);
        QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, token)
                     .body.value(QStringLiteral("balance_seconds"))
                     .toInteger(),
                 3600);
        studio::AccountArea afterSignOut(host.host->sharedAccount());
        QTest::qWait(200);
        QVERIFY(!afterSignOut.isSignedIn());
    }

    void anExportIsChargedToTheSignedInAccount() {
        TestServer server;
        registerBuyer(server);
        // The export charges on the UI thread, so the service it reaches runs on a thread of
        // its own (over the same storage as `server`).
        cloud::testing::ServiceThread service(server.dir.path(),
                                              server.service->config().databaseUrl);
        service.start();
        QTRY_VERIFY(service.port() != 0);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(service.port()));
        studio::test::TestHost host;
        studio::MainWindow window(*host.host);
        window.accountArea()->signIn(url, kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountArea()->isSignedIn(), 20000);
        QVERIFY(host.host->credits().chargesAccount());
        const qint64 local = [&] {
            core::CreditPolicy signedOut(host.host->database());
            return signedOut.balanceSeconds();
        }();

        QVERIFY(window.openFile(
            studio::test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 12.2)));
        const QString path = QDir(host.directory.path()).filePath(QStringLiteral("out.wav"));
        studio::ExportDialog dialog(*host.host, window.currentDocument()->buffer(), path, &window);
        QCOMPARE(dialog.costSeconds(), qint64(13));
        QVERIFY(dialog.canExport());
        QVERIFY2(studio::test::exportAndWait(dialog), qPrintable(dialog.errorText()));
        QVERIFY(QFileInfo::exists(path));
        window.accountArea()->showCurrentStatus();
        QCOMPARE(window.accountArea()->balanceSeconds(), qint64(3600 - 13));
        const QByteArray token = server.accessToken(kEmail);
        QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, token)
                     .body.value(QStringLiteral("balance_seconds"))
                     .toInteger(),
                 3600 - 1800 - 13);
        // The computer's own credits were not touched.
        core::CreditPolicy signedOut(host.host->database());
        QCOMPARE(signedOut.balanceSeconds(), local);
        auto* balance = window.statusBar()->findChild<QLabel*>(QStringLiteral("balance"));
        QVERIFY(balance);
        QVERIFY2(balance->text().contains(QStringLiteral("59:47")), qPrintable(balance->text()));
        service.quit();
        service.wait();
    }

    void buyingOpensThePaymentPageAndTheMinutesFollow() {
        // A stand-in for Stripe's REST API, which the service asks for a checkout session.
        QHttpServer stripe;
        stripe.route(QStringLiteral("/v1/checkout/sessions"), QHttpServerRequest::Method::Post,
                     [](const QHttpServerRequest&) {
                         return QHttpServerResponse(QJsonObject{
                             {QStringLiteral("id"), QStringLiteral("cs_test_7")},
                             {QStringLiteral("url"),
                              QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_7")}});
                     });
        const quint16 stripePort = stripe.listen(QHostAddress::LocalHost, 0);
        TestServer server([stripePort](cloud::CloudConfig& config) {
            config.stripeSecretKey = QByteArrayLiteral("sk_test_studio");
            config.stripeApiBase = QStringLiteral("http://127.0.0.1:%1").arg(stripePort);
        });
        const QString id = registerBuyer(server);
        studio::test::TestHost host;
        studio::AccountArea area(host.host->sharedAccount());
        QVERIFY(!area.buyAction()->isVisible());
        area.signIn(serviceUrl(server), kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(area.isSignedIn(), 20000);
        QVERIFY(area.buyAction()->isVisible());

        BrowserStandIn browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        area.showBuyDialog();
        QPointer<studio::BuyMinutesDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT(dialog = area.findChild<studio::BuyMinutesDialog*>(), 20000);
        QVERIFY(dialog->planList()->count() >= 1);
        const QString first = dialog->planList()->item(0)->text();
        QVERIFY2(
            first.contains(QStringLiteral("60 minutes")) && first.contains(QStringLiteral("20")),
            qPrintable(first));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 20000);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(browser.opened.first(),
                 QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_7")));
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // Stripe confirms the payment: the next refresh shows the minutes.
        QCOMPARE(server
                     .stripeEvent(cloud::testing::checkoutCompleted(QStringLiteral("evt_2"), id),
                                  QDateTime::currentSecsSinceEpoch())
                     .status,
                 200);
        area.refreshBalance();
        QTRY_COMPARE_WITH_TIMEOUT(area.balanceSeconds(), qint64(7200), 20000);
    }

    void aWrongPasswordIsExplained() {
        TestServer server;
        registerBuyer(server);
        studio::test::TestHost host;
        studio::AccountArea area(host.host->sharedAccount());
        QSignalSpy failed(&area, &studio::AccountArea::failed);
        area.signIn(serviceUrl(server), kEmail, QStringLiteral("not the passphrase"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!area.isSignedIn());
        QVERIFY2(area.lastError().contains(QStringLiteral("password is wrong")),
                 qPrintable(area.lastError()));
    }

    void anUnreachableServiceIsExplainedInTheDialog() {
        studio::test::TestHost host;
        studio::AccountArea area(host.host->sharedAccount());
        area.showSignInDialog();
        auto* dialog = area.window()->findChild<studio::SignInDialog*>();
        QVERIFY(dialog);
        const QUrl closed = closedServiceUrl();
        dialog->serviceEdit()->setText(closed.toString());
        dialog->emailEdit()->setText(kEmail);
        dialog->passwordEdit()->setText(kPassword);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("Cannot reach")),
                                 20000);
        QVERIFY(dialog->errorText().contains(closed.toString()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!area.isSignedIn());
    }
};

QTEST_MAIN(TestStudioAccount)
#include "test_studio_account.moc"
