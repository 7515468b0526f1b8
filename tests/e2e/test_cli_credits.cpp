#include "core/engine/credit_policy.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "sonara_process.h"

using namespace sonara::test;

// `sonara run -o` exports through the credit rule: a fresh data directory has its starter grant,
// an empty balance refuses the export with exit code 3 and writes nothing.
class TestCliCredits : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QStringList speak(const QString& output,
                      const QString& text = QStringLiteral("Exports cost credits.")) const {
        return {QStringLiteral("--data"), dir_.filePath(QStringLiteral("data")),
                QStringLiteral("run"),    QStringLiteral("tts"),
                QStringLiteral("--text"), text,
                QStringLiteral("-o"),     dir_.filePath(output),
                QStringLiteral("-o"),     dir_.filePath(output + QStringLiteral(".mp3"))};
    }

private Q_SLOTS:
    void exportsChargeTheStarterGrantOncePerResult() {
        const SonaraRun result = runSonara(speak(QStringLiteral("first.wav")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("first.wav"))));
        sonara::core::store::Database database(dir_.filePath(QStringLiteral("data/sonara.db")));
        sonara::core::CreditPolicy credits(database);
        const qint64 spent =
            sonara::core::CreditPolicy::kLocalStarterGrantSeconds - credits.balanceSeconds();
        // Two files from one short result: charged once, a few seconds rounded up.
        QVERIFY2(spent >= 1 && spent <= 10, qPrintable(QString::number(spent)));
    }

    void anEmptyBalanceRefusesTheExportAndWritesNothing() {
        {
            sonara::core::store::Database database(dir_.filePath(QStringLiteral("data/sonara.db")));
            sonara::core::CreditPolicy credits(database);
            QVERIFY(credits.record(QStringLiteral("usage"), -credits.balanceSeconds(),
                                   QStringLiteral("test-drain")));
            QCOMPARE(credits.balanceSeconds(), 0);
        }
        // A new result: the same text again would be the same audio, already paid for once.
        const SonaraRun result = runSonara(
            speak(QStringLiteral("second.wav"), QStringLiteral("A new result costs credits.")));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("not enough credits")), qPrintable(result.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("second.wav"))));
        QCOMPARE(QDir(dir_.path())
                     .entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCredits)
#include "test_cli_credits.moc"
