// The status bar's account area against a real sonara-cloud on loopback: sign in shows the
// email and balance, a wrong password and an unreachable service say so, sign out forgets.

#include "app/cloud/cloud_test_support.h"
#include "app/studio/account_area.h"
#include "app/studio/main_window.h"
#include "app/studio/remembered_session.h"
#include "app/studio/sign_in_dialog.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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

}  // namespace

class TestStudioAccount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }
    void cleanup() { studio::forgetRememberedSession(); }

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
        studio::AccountArea area;
        area.signIn(serviceUrl(server), kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(area.isSignedIn(), 20000);

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
        QCOMPARE(area.profile().balanceSeconds, qint64(3600 - 90));
        QVERIFY(area.summaryText().endsWith(QStringLiteral("58:30 min")));

        area.signOut();
        QVERIFY(!area.isSignedIn());
        QCOMPARE(area.summaryText(), QStringLiteral("Not signed in"));
    }

    void theNextStartResumesTheSignIn() {
        TestServer server;
        registerBuyer(server);
        {
            studio::AccountArea area;
            area.signIn(serviceUrl(server), kEmail, kPassword);
            QTRY_VERIFY_WITH_TIMEOUT(area.isSignedIn(), 20000);
        }
        QVERIFY(studio::rememberedSession().has_value());
        const QString path =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                .filePath(QStringLiteral("account-session"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        studio::AccountArea restarted;
        QTRY_VERIFY_WITH_TIMEOUT(restarted.isSignedIn(), 20000);
        QCOMPARE(restarted.profile().balanceSeconds, qint64(3600));

        restarted.signOut();
        QVERIFY(!studio::rememberedSession().has_value());
        studio::AccountArea afterSignOut;
        QTest::qWait(200);
        QVERIFY(!afterSignOut.isSignedIn());
    }

    void aWrongPasswordIsExplained() {
        TestServer server;
        registerBuyer(server);
        studio::AccountArea area;
        QSignalSpy failed(&area, &studio::AccountArea::failed);
        area.signIn(serviceUrl(server), kEmail, QStringLiteral("not the passphrase"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!area.isSignedIn());
        QVERIFY2(area.lastError().contains(QStringLiteral("password is wrong")),
                 qPrintable(area.lastError()));
    }

    void anUnreachableServiceIsExplainedInTheDialog() {
        studio::AccountArea area;
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
