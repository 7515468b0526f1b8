// The studio's voice library page: a voice is added only with the owner's consent ticked,
// exported and imported back, a foreign file refused with the reason, and "Share voice…" sends
// the voice's first seconds to a real sonara-cloud on loopback (or says to sign in).

#include "app/cloud/cloud_test_support.h"
#include "app/studio/account_area.h"
#include "app/studio/capability_form.h"
#include "app/studio/input_editor.h"
#include "app/studio/main_window.h"
#include "app/studio/voice_add_dialog.h"
#include "app/studio/voice_library_page.h"
#include "core/account/credit_account.h"
#include "core/engine/voice_library.h"
#include "message_box_answerer.h"
#include "studio_test_support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace sonara;
using cloud::testing::TestServer;

namespace {

const QString kEmail = QStringLiteral("singer@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

QString consentCell(const studio::VoiceLibraryPage& page, int row) {
    return page.table()->item(row, 3)->text();
}

}  // namespace

class TestVoiceLibraryPage : public QObject {
    Q_OBJECT

    // Adds a voice through the dialog, as the user does; returns its id.
    QString addThroughDialog(studio::VoiceLibraryPage& page, const QString& name,
                             const QString& recording) {
        page.addAction()->trigger();
        auto* dialog = page.findChild<studio::VoiceAddDialog*>();
        if (!dialog) {
            return {};
        }
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->nameEdit()->setText(name);
        dialog->addRecordings({recording});
        dialog->consentByEdit()->setText(QStringLiteral("Asha Rao"));
        // The statement must be ticked: a name alone is no consent.
        if (ok->isEnabled()) {
            return {};
        }
        dialog->consentBox()->setChecked(true);
        if (!ok->isEnabled()) {
            return {};
        }
        QSignalSpy finished(&page, &studio::VoiceLibraryPage::addFinished);
        ok->click();
        if (!finished.wait(60000)) {
            return {};
        }
        return finished.first().at(0).toString();
    }

private Q_SLOTS:
    void aVoiceIsAddedWithConsentExportedAndImported() {
        studio::test::TestHost host;
        studio::VoiceLibraryPage page(*host.host, host.host->sharedAccount());
        page.show();
        const QString recording =
            studio::test::writeTone(host.directory.path(), QStringLiteral("take.wav"), 3.0);
        const QString id = addThroughDialog(page, QStringLiteral("Narrator"), recording);
        QVERIFY(!id.isEmpty());
        QCOMPARE(page.table()->rowCount(), 1);
        QVERIFY2(consentCell(page, 0).startsWith(QStringLiteral("Asha Rao")),
                 qPrintable(consentCell(page, 0)));
        const core::Voice voice = *host.host->voices().find(id);
        QCOMPARE(voice.consent.statement, studio::VoiceAddDialog::consentStatement());
        QCOMPARE(voice.originalSamples.size(), 1);
        QVERIFY(voice.samples != voice.originalSamples);

        const QString file = QDir(host.directory.path()).filePath(QStringLiteral("n.sonaravoice"));
        QVERIFY(page.exportVoiceTo(id, file));
        page.selectVoice(id);
        {
            studio::test::MessageBoxAnswerer answerer({QStringLiteral("Yes")});
            page.deleteAction()->trigger();
            QCOMPARE(answerer.answered(), 1);
        }
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY(page.importVoiceFrom(file));
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("Narrator"));
        QVERIFY(consentCell(page, 0).startsWith(QStringLiteral("Asha Rao")));

        // Not a voice file: refused with the reason, nothing added.
        const QString foreign =
            QDir(host.directory.path()).filePath(QStringLiteral("x.sonaravoice"));
        {
            QFile junk(foreign);
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write(QByteArray(4096, 'x'));
        }
        studio::test::MessageBoxAnswerer answerer({QStringLiteral("Ok")});
        QVERIFY(!page.importVoiceFrom(foreign));
        QCOMPARE(answerer.answered(), 1);
        QVERIFY2(
            answerer.texts().first().contains(QStringLiteral("x.sonaravoice cannot be imported")),
            qPrintable(answerer.texts().first()));
        QCOMPARE(page.table()->rowCount(), 1);
    }

    // A capability page built before a voice was added lists it once shown again, and forgets
    // it once deleted, instead of waiting for a restart.
    void formsFollowTheLibrary() {
        studio::test::TestHost host;
        studio::CapabilityForm form(*host.host, QStringLiteral("voice-changer"));
        studio::InputEditor* voiceInput = nullptr;
        for (studio::InputEditor* editor : form.inputEditors()) {
            if (editor->spec().kind == core::InputKind::Voice) {
                voiceInput = editor;
            }
        }
        QVERIFY(voiceInput);
        QComboBox* voices = voiceInput->comboBox();
        QCOMPARE(voices->count(), 1);  // "(none)": reference clips can stand in for a voice
        studio::VoiceLibraryPage page(*host.host, host.host->sharedAccount());
        page.show();
        const QString id = addThroughDialog(
            page, QStringLiteral("Narrator"),
            studio::test::writeTone(host.directory.path(), QStringLiteral("take.wav"), 3.0));
        QVERIFY(!id.isEmpty());
        page.hide();
        form.show();
        QCOMPARE(voices->count(), 2);
        voices->setCurrentIndex(voices->findData(id));
        QCOMPARE(voiceInput->value().toString(), id);
        form.hide();
        page.show();
        page.selectVoice(id);
        {
            studio::test::MessageBoxAnswerer answerer({QStringLiteral("Yes")});
            page.deleteAction()->trigger();
        }
        form.show();
        QCOMPARE(voices->count(), 1);
        QVERIFY(!voiceInput->isGiven());
    }

    void shareVoiceNeedsASignInThenReachesTheModerators() {
        TestServer server;
        server.registerUser(kEmail, kPassword);
        studio::test::TestHost host;
        studio::MainWindow window(*host.host);
        studio::VoiceLibraryPage* page = window.voiceLibrary();
        QVERIFY(page);
        const QString recording =
            studio::test::writeTone(host.directory.path(), QStringLiteral("take.wav"), 3.0);
        const QString id = addThroughDialog(*page, QStringLiteral("Warm alto"), recording);
        QVERIFY(!id.isEmpty());
        page->selectVoice(id);
        QVERIFY(page->shareAction()->isEnabled());

        // Not signed in: the dialog's Share says so.
        {
            studio::test::MessageBoxAnswerer answerer({QStringLiteral("Ok")});
            QSignalSpy finished(page, &studio::VoiceLibraryPage::shareFinished);
            page->shareAction()->trigger();
            auto* dialog = page->findChild<QDialog*>(QStringLiteral("shareVoiceDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("sharedName"))->text(),
                     QStringLiteral("Warm alto"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().at(0).toBool(), false);
            QTRY_COMPARE(answerer.answered(), 1);
            QVERIFY2(answerer.texts().first().contains(QStringLiteral("Sign in")),
                     qPrintable(answerer.texts().first()));
        }
        QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM voice_shares")), 0);

        // Signed in as the studio does it (the service answers on this thread's event loop).
        window.accountArea()->signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port)),
                                     kEmail, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountArea()->isSignedIn(), 20000);
        studio::test::MessageBoxAnswerer answerer({QStringLiteral("Ok")});
        QSignalSpy finished(page, &studio::VoiceLibraryPage::shareFinished);
        page->shareVoice(id, QStringLiteral("Alto for everyone"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QTRY_COMPARE(answerer.answered(), 1);
        QCOMPARE(server.count(QStringLiteral(
                     "SELECT COUNT(*) FROM voice_shares WHERE name = 'Alto for everyone'")),
                 qint64(1));
    }

    void aVoiceWithoutConsentCannotBeShared() {
        studio::test::TestHost host;
        studio::VoiceLibraryPage page(*host.host, host.host->sharedAccount());
        const QString recording =
            studio::test::writeTone(host.directory.path(), QStringLiteral("take.wav"), 2.0);
        const QString id = addThroughDialog(page, QStringLiteral("Old"), recording);
        QVERIFY(!id.isEmpty());
        QSqlQuery clear(host.host->database().connection());
        QVERIFY(clear.exec(QStringLiteral("UPDATE voices SET consent_by = ''")));
        page.refresh();
        QVERIFY(consentCell(page, 0).startsWith(QStringLiteral("Missing")));
        page.selectVoice(id);
        studio::test::MessageBoxAnswerer answerer({QStringLiteral("Ok")});
        page.shareAction()->trigger();
        QCOMPARE(answerer.answered(), 1);
        QVERIFY(answerer.texts().first().contains(QStringLiteral("no recorded consent")));
        QVERIFY(!page.findChild<QDialog*>(QStringLiteral("shareVoiceDialog")));
    }
};

QTEST_MAIN(TestVoiceLibraryPage)
#include "test_voice_library_page.moc"
