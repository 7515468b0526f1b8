// `sonara-studio --admin` against a real sonara-cloud on loopback: an administrator lists,
// pages and searches accounts, adjusts credits with the dialog's guard rails, suspends with a
// reason, looks at one account's records, edits plans without changing what was left alone,
// moderates shared voices (listening to the sample the studio sent), reads the audit log by email
// and signs out leaving nothing on screen; a user who is not an administrator is refused.

#include "app/cloud/cloud_test_support.h"
#include "app/studio/admin_dialogs.h"
#include "app/studio/admin_window.h"
#include "app/studio/credit_adjustment_dialog.h"
#include "app/studio/paged_table.h"
#include "app/studio/plan_dialog.h"
#include "app/studio/voice_share.h"
#include "core/account/account_client.h"
#include "core/audio/audio_writer.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sonara;
using cloud::testing::TestServer;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

QUrl serviceUrl(const TestServer& server) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port));
}

// Waits until `what` has been loaded `times` times since the spy was last cleared.
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

bool waitForDone(QSignalSpy& done, const QString& what) {
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : done) {
                if (arguments.value(0).toString() == what) {
                    return true;
                }
            }
            return false;
        },
        20000);
}

QStringList column(const studio::PagedTable* table, int index) {
    QStringList cells;
    for (int row = 0; row < table->table()->rowCount(); ++row) {
        cells << table->rowText(row).at(index);
    }
    return cells;
}

void signIn(studio::AdminWindow& window, const TestServer& server, QSignalSpy& loaded) {
    window.signIn(serviceUrl(server), kAdmin, kPassword);
    QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
    QVERIFY(window.isSignedIn());
}

QByteArray adminAccessToken(TestServer& server) {
    return server.login(kAdmin, kPassword)
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

}  // namespace

class TestAdminWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void anAdministratorAdjustsCreditsAndSuspends() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        const QString userId = server.registerUser(QStringLiteral("listener@example.com"));
        server.registerUser(QStringLiteral("other@example.com"));

        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        QSignalSpy done(&window, &studio::AdminWindow::done);
        signIn(window, server, loaded);
        QCOMPARE(window.usersTable()->matchingRowCount(), qint64(3));

        loaded.clear();
        window.searchEdit()->setText(QStringLiteral("listener"));
        QTest::keyClick(window.searchEdit(), Qt::Key_Return);
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
        QCOMPARE(window.usersTable()->matchingRowCount(), qint64(1));
        QVERIFY(window.usersTable()->selectRow(QStringLiteral("id"), userId));
        QCOMPARE(window.usersTable()->rowText(0).at(0), QStringLiteral("listener@example.com"));

        QSignalSpy adjusted(&window, &studio::AdminWindow::creditsAdjusted);
        loaded.clear();
        window.adjustCredits(userId, 600, QStringLiteral("goodwill for a failed export"));
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.count(), 1, 20000);
        QCOMPARE(adjusted.first().at(1).toLongLong(), qint64(600));
        QCOMPARE(server.service->balance(userId), qint64(600));
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
        QCOMPARE(window.usersTable()->rowText(0).at(4), QStringLiteral("10:00"));

        // A revocation larger than the balance stops at zero.
        window.adjustCredits(userId, -900, QStringLiteral("chargeback"));
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.count(), 2, 20000);
        QCOMPARE(server.service->balance(userId), qint64(0));
        QVERIFY(window.errorText().isEmpty());

        // One account's records: the ledger with its running balance, newest first; an API key
        // never used reads "never", not a date in 1970; looking is not an export.
        server.service->database().exec(
            QStringLiteral("INSERT INTO api_keys (id, account_id, prefix, key_hash, name, scopes, "
                           "created_at) VALUES ('key-1', ?, 'sk_abc', 'h', 'laptop', 'run', ?)"),
            {userId, cloud::testing::now()});
        loaded.clear();
        window.showUser(userId);
        QVERIFY(waitForLoad(loaded, QStringLiteral("records")));
        QVERIFY(waitForLoad(loaded, QStringLiteral("ledger")));
        const QStringList key = window.recordsTable(QStringLiteral("api_keys"))->rowText(0);
        QCOMPARE(key.at(4), QStringLiteral("never"));
        QCOMPARE(key.at(5), QStringLiteral("active"));
        QVERIFY(!key.join(QLatin1Char(' ')).contains(QStringLiteral("1970")));
        studio::PagedTable* ledger = window.recordsTable(QStringLiteral("ledger"));
        QCOMPARE(ledger->matchingRowCount(), qint64(2));
        QCOMPARE(ledger->rowText(0).mid(2, 2),
                 (QStringList{QStringLiteral("−10:00"), QStringLiteral("0:00")}));
        QCOMPARE(ledger->rowText(1).mid(2, 2),
                 (QStringList{QStringLiteral("10:00"), QStringLiteral("10:00")}));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'user.export'")),
                 qint64(0));
        window.revokeApiKey(QStringLiteral("key-1"));
        QVERIFY(waitForDone(done, QStringLiteral("apikey.revoke")));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS "
                                             "NOT NULL")),
                 qint64(1));
        window.recordsDialog()->close();

        // Suspension needs a reason, which the audit log keeps.
        studio::ConfirmActionDialog confirm(QStringLiteral("Suspend"), QStringLiteral("effect"),
                                            QStringLiteral("Suspend"), true);
        QVERIFY(!confirm.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        confirm.reasonEdit()->setText(QStringLiteral("card fraud"));
        QVERIFY(confirm.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        loaded.clear();
        window.setSuspended(userId, true, confirm.reason());
        QVERIFY(waitForDone(done, QStringLiteral("suspend")));
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'user.suspend' AND detail = 'card fraud'")),
                 qint64(1));
        QVERIFY(window.usersTable()->selectRow(QStringLiteral("id"), userId));
        QCOMPARE(window.usersTable()->rowText(0).at(2), QStringLiteral("suspended"));

        // The audit log names people by email and is searched by email.
        loaded.clear();
        window.tabs()->setCurrentIndex(5);
        QVERIFY(waitForLoad(loaded, QStringLiteral("audit")));
        QVERIFY(column(window.auditTable(), 1).contains(kAdmin));
        loaded.clear();
        window.auditTable()->setFilter(QStringLiteral("listener@example.com"));
        QVERIFY(waitForLoad(loaded, QStringLiteral("audit")));
        QVERIFY(window.auditTable()->matchingRowCount() >= 4);
        for (const QString& target : column(window.auditTable(), 3)) {
            QCOMPARE(target, QStringLiteral("listener@example.com"));
        }

        window.resize(1100, 600);
        QVERIFY(window.grab().save(QDir(studio::test::testOutputDirectory())
                                       .filePath(QStringLiteral("admin_window.png"))));

        // Signing out leaves no customer data on screen.
        window.signOut();
        QVERIFY(!window.isSignedIn());
        QCOMPARE(window.usersTable()->table()->rowCount(), 0);
        QCOMPARE(window.auditTable()->table()->rowCount(), 0);
        QVERIFY(window.searchEdit()->text().isEmpty());
        QVERIFY(window.auditTable()->searchEdit()->text().isEmpty());
    }

    void theAdjustmentDialogStatesItsEffect() {
        studio::CreditAdjustmentDialog dialog(QStringLiteral("carol@example.com"), 14 * 60 + 30);
        QPushButton* apply = dialog.buttons()->button(QDialogButtonBox::Ok);
        // Nothing is pre-filled: a reason and Enter grant nothing.
        QVERIFY(dialog.amountEdit()->text().isEmpty());
        dialog.reasonEdit()->setText(QStringLiteral("support ticket 12"));
        QVERIFY(!apply->isEnabled());
        dialog.amountEdit()->setText(QStringLiteral("25"));
        QVERIFY(apply->isEnabled());
        apply->click();
        QVERIFY(dialog.isConfirming());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.outcomeText(),
                 QStringLiteral("Grant 25:00 to carol@example.com; the balance becomes 39:30. "
                                "Press Confirm to apply it."));
        // Any edit asks again.
        dialog.amountEdit()->setText(QStringLiteral("-5:30"));
        QVERIFY(!dialog.isConfirming());
        QCOMPARE(dialog.seconds(), qint64(-330));
        dialog.amountEdit()->setText(QStringLiteral("25:00"));
        apply->click();
        apply->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.seconds(), qint64(1500));
        dialog.amountEdit()->setText(QStringLiteral("12.5"));
        QCOMPARE(dialog.seconds(), qint64(0));
    }

    void plansKeepWhatTheAdminLeftAlone() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        signIn(window, server, loaded);
        QSignalSpy saved(&window, &studio::AdminWindow::planSaved);
        window.savePlan({QStringLiteral("half-hour"), QStringLiteral("Half"), 500,
                         QStringLiteral("usd"), 1800, 0});
        window.savePlan({QStringLiteral("yen-hour"), QStringLiteral("Yen hour"), 1200,
                         QStringLiteral("jpy"), 3600, 1});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
        loaded.clear();
        window.tabs()->setCurrentIndex(1);
        QVERIFY(waitForLoad(loaded, QStringLiteral("plans")));

        // Renaming a 30-minute plan keeps its 1,800 seconds, and the dialog says so.
        QVERIFY(window.plansTable()->selectRow(QStringLiteral("id"), QStringLiteral("half-hour")));
        studio::PlanDialog dialog(
            core::account::AdminPlan::fromJson(window.plansTable()->selectedRow()));
        dialog.nameEdit()->setText(QStringLiteral("Half an hour"));
        QCOMPARE(dialog.plan().seconds, qint64(1800));
        QCOMPARE(dialog.plan().priceCents, qint64(500));
        QVERIFY2(dialog.summary().contains(QStringLiteral("30:00")), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("one-off")),
                 qPrintable(dialog.summary()));
        window.savePlan(dialog.plan());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 20000);
        QCOMPARE(server.count(QStringLiteral("SELECT seconds FROM plans WHERE id = 'half-hour'")),
                 qint64(1800));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM plans WHERE name = 'Half an "
                                             "hour'")),
                 qint64(1));

        // Yen have no cents; a one-off plan says so instead of "every 0".
        loaded.clear();
        window.reloadPlans();
        QVERIFY(waitForLoad(loaded, QStringLiteral("plans")));
        QVERIFY(window.plansTable()->selectRow(QStringLiteral("id"), QStringLiteral("yen-hour")));
        const int yenRow = window.plansTable()->table()->currentRow();
        QCOMPARE(window.plansTable()->rowText(yenRow).at(2), QLocale().toString(1200.0, 'f', 0));
        QCOMPARE(window.plansTable()->rowText(yenRow).at(5), QStringLiteral("every 1 month(s)"));
        QVERIFY(window.plansTable()->selectRow(QStringLiteral("id"), QStringLiteral("half-hour")));
        QCOMPARE(window.plansTable()->rowText(window.plansTable()->table()->currentRow()).at(5),
                 QStringLiteral("one-off purchase"));

        // A withdrawn plan stays listed and goes back on sale unchanged.
        QCOMPARE(server
                     .call("DELETE", QStringLiteral("/v1/admin/plans/yen-hour"), {},
                           adminAccessToken(server))
                     .status,
                 204);
        loaded.clear();
        window.reloadPlans();
        QVERIFY(waitForLoad(loaded, QStringLiteral("plans")));
        QVERIFY(window.plansTable()->selectRow(QStringLiteral("id"), QStringLiteral("yen-hour")));
        QCOMPARE(window.plansTable()->rowText(window.plansTable()->table()->currentRow()).at(6),
                 QStringLiteral("withdrawn"));
        window.restoreSelectedPlan();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 4, 20000);
        QCOMPARE(server.count(QStringLiteral("SELECT active FROM plans WHERE id = 'yen-hour'")),
                 qint64(1));
        QCOMPARE(server.count(QStringLiteral("SELECT price_cents FROM plans WHERE id = "
                                             "'yen-hour'")),
                 qint64(1200));

        // A plan the service refuses says why.
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        window.savePlan({QStringLiteral("bad-currency"), QStringLiteral("Bad"), 100,
                         QStringLiteral("dollars"), 60, 0});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(window.errorText().contains(QStringLiteral("currency")),
                 qPrintable(window.errorText()));
        QVERIFY(!window.errorText().contains(QStringLiteral("Settings")));
    }

    void everyAccountIsReachable() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        for (int i = 0; i < 250; ++i) {
            server.service->database().exec(
                QStringLiteral("INSERT INTO accounts (id, email, password_hash, role, status, "
                               "created_at) VALUES (?, ?, '!', 'user', 'active', ?)"),
                {QStringLiteral("account-%1").arg(i),
                 QStringLiteral("user-%1@example.com").arg(i, 3, 10, QLatin1Char('0')),
                 cloud::testing::now()});
        }
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        signIn(window, server, loaded);
        studio::PagedTable* users = window.usersTable();
        QCOMPARE(users->matchingRowCount(), qint64(251));
        QCOMPARE(users->pageCount(), 6);
        const QStringList first = column(users, 0);
        QSet<QString> seen(first.cbegin(), first.cend());
        auto* next = users->findChild<QPushButton*>(QStringLiteral("next"));
        while (next->isEnabled()) {
            loaded.clear();
            next->click();
            QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
            for (const QString& email : column(users, 0)) {
                seen.insert(email);
            }
        }
        QCOMPARE(users->page(), 5);
        QCOMPARE(seen.size(), 251);

        loaded.clear();
        window.searchEdit()->setText(QStringLiteral("user-237@"));
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
        QCOMPARE(users->matchingRowCount(), qint64(1));
        QCOMPARE(users->page(), 0);
        QCOMPARE(users->rowText(0).at(0), QStringLiteral("user-237@example.com"));
    }

    void sharedVoicesAreModerated() {
        TestServer server;
        server.service->createAccount(kAdmin, kPassword, QStringLiteral("admin"));
        server.registerUser(QStringLiteral("singer@example.com"));
        // The studio shares a voice as a user would: its recording's first seconds go along.
        QTemporaryDir folder;
        const QString recording = folder.filePath(QStringLiteral("alto.wav"));
        core::audio::AudioBuffer tone;
        tone.sampleRate = 44100;
        tone.channels = 2;
        tone.samples.resize(44100 * 2 * 3);
        for (size_t frame = 0; frame < tone.samples.size() / 2; ++frame) {
            const float value = 0.5f * std::sin(2 * M_PI * 440 * frame / 44100.0);
            tone.samples[frame * 2] = tone.samples[frame * 2 + 1] = value;
        }
        core::audio::encodeFile(tone, recording);
        core::account::AccountClient singer(serviceUrl(server));
        singer.signIn(QStringLiteral("singer@example.com"), kPassword);
        QStringList shares;
        for (const QString& name : {QStringLiteral("Warm alto"), QStringLiteral("Famous voice")}) {
            shares << singer.shareVoice(name, studio::VoiceShareSample::fromFile(recording));
        }
        studio::AdminWindow window;
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        QSignalSpy done(&window, &studio::AdminWindow::done);
        signIn(window, server, loaded);
        loaded.clear();
        window.tabs()->setCurrentIndex(6);
        QVERIFY(waitForLoad(loaded, QStringLiteral("moderation")));
        QCOMPARE(window.moderationTable()->matchingRowCount(), qint64(2));
        QCOMPARE(column(window.moderationTable(), 1),
                 (QStringList{QStringLiteral("singer@example.com"),
                              QStringLiteral("singer@example.com")}));

        // The moderator hears the sample before deciding; listening is logged.
        QVERIFY(window.moderationTable()->selectRow(QStringLiteral("id"), shares.at(0)));
        window.listenToSelectedVoice();
        QVERIFY(waitForDone(done, QStringLiteral("voice.listen")));
        const core::audio::AudioBuffer& heard = window.voiceSample();
        QVERIFY2(std::abs(double(heard.frames()) / heard.sampleRate - 3.0) < 0.1,
                 qPrintable(QString::number(double(heard.frames()) / heard.sampleRate)));
        double energy = 0;
        for (float value : heard.samples) {
            energy += double(value) * value;
        }
        const double rms = std::sqrt(energy / std::max<size_t>(heard.samples.size(), 1));
        QVERIFY2(rms > 0.3 && rms < 0.42, qPrintable(QString::number(rms)));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'voice.listen' AND target = '%1'")
                                  .arg(shares.at(0))),
                 qint64(1));
        loaded.clear();
        window.approveSelectedVoice();
        QVERIFY(waitForDone(done, QStringLiteral("voice.approve")));
        QVERIFY(waitForLoad(loaded, QStringLiteral("moderation")));
        QCOMPARE(window.moderationTable()->matchingRowCount(), qint64(1));
        window.decideVoice(shares.at(1), false, QStringLiteral("imitates a public figure"));
        QVERIFY(waitForDone(done, QStringLiteral("voice.reject")));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM voice_shares WHERE status = "
                                             "'approved'")),
                 qint64(1));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM voice_shares WHERE status = "
                                             "'rejected' AND reason = 'imitates a public figure'")),
                 qint64(1));
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                             "('voice.approve', 'voice.reject')")),
                 qint64(2));

        // Health as numbers.
        loaded.clear();
        window.tabs()->setCurrentIndex(8);
        QVERIFY(waitForLoad(loaded, QStringLiteral("health")));
        const QStringList measures = column(window.healthTable(), 0);
        QVERIFY(measures.contains(QStringLiteral("ready")));
        const int accounts =
            static_cast<int>(measures.indexOf(QStringLiteral("sonara_cloud_accounts")));
        QVERIFY(accounts >= 0);
        QCOMPARE(window.healthTable()->rowText(accounts).at(1), QStringLiteral("2"));
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
