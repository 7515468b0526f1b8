// The admin window against a sonara-cloud process that stops answering (SIGSTOP): the window
// keeps repainting, says it is waiting with a Cancel, tells a timeout as one, clears the
// banner once the service is back, and an adjustment retried after a timeout is applied once.

#include "app/cloud/cloud_test_support.h"
#include "app/studio/admin_window.h"
#include "app/studio/paged_table.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <sys/types.h>
#include <csignal>

using namespace sonara;
using namespace sonara::cloud::testing;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

// sonara-cloud as its own process, so that it can be stopped and continued.
class CloudProcess {
public:
    explicit CloudProcess(const QString& dataDir) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SONARA_CLOUD_JWT_SECRET"),
                           QString::fromLatin1(kJwtSecret));
        process.setProcessEnvironment(environment);
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(QStringLiteral(SONARA_CLOUD_BINARY),
                      {QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir});
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(10000)) {
            line += process.readAllStandardOutput();
        }
        port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
    }
    ~CloudProcess() {
        signal(SIGCONT);
        process.kill();
        process.waitForFinished(5000);
    }
    void signal(int number) { ::kill(static_cast<pid_t>(process.processId()), number); }

    QProcess process;
    quint16 port = 0;
};

class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

bool waitForLoad(QSignalSpy& loaded, const QString& what) {
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : loaded) {
                if (arguments.value(0).toString() == what) {
                    return true;
                }
            }
            return false;
        },
        20000);
}

}  // namespace

class TestAdminWindowHung : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void aStoppedServiceNeverFreezesTheWindow() {
        QTemporaryDir data;
        QString userId;
        {
            // The accounts are made before the process opens the same database.
            cloud::CloudService service(testConfig(data.path(), {}));
            service.createAccount(kAdmin, kPassword, QStringLiteral("admin"));
            userId = service.createAccount(QStringLiteral("carol@example.com"), kPassword,
                                           QStringLiteral("user"));
        }
        CloudProcess cloud(data.path());
        QVERIFY(cloud.port != 0);

        studio::AdminWindow window;
        window.connection().setTimeout(1500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &studio::AdminWindow::loaded);
        window.signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(cloud.port)), kAdmin,
                      kPassword);
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));

        cloud.signal(SIGSTOP);
        PaintCounter counter;
        window.tabs()->installEventFilter(&counter);
        window.reloadAll();
        // Clicking through the tabs repaints at once while every call waits.
        QElapsedTimer clock;
        clock.start();
        for (int step = 0; step < 25; ++step) {
            window.tabs()->setCurrentIndex(step % window.tabs()->count());
            window.tabs()->update();
            QTest::qWait(100);
        }
        QVERIFY2(clock.elapsed() < 5000, "the event loop was blocked");
        QVERIFY2(counter.paints >= 20, qPrintable(QString::number(counter.paints)));
        QVERIFY(window.isWaiting());
        // A timeout is told as one, once, without a Settings the window does not have.
        QTRY_VERIFY_WITH_TIMEOUT(!window.errorText().isEmpty(), 5000);
        QVERIFY2(window.errorText().contains(QStringLiteral("did not answer within 1.5 s")),
                 qPrintable(window.errorText()));
        QCOMPARE(window.errorText().count(QStringLiteral("did not answer")), 1);
        QVERIFY(!window.errorText().contains(QStringLiteral("Settings")));
        QVERIFY(!window.errorText().contains(QStringLiteral("canceled")));
        window.cancelRequests();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWaiting(), 2000);
        QCOMPARE(window.connection().pending(), 0);

        // An adjustment that times out may have reached the service; retrying it sends the
        // same idempotency key, so it is applied once.
        QSignalSpy failed(&window, &studio::AdminWindow::failed);
        window.adjustCredits(userId, 600, QStringLiteral("goodwill"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(window.canRetry());
        cloud.signal(SIGCONT);
        TestServer client;
        client.port = cloud.port;
        const QByteArray token = client.login(kAdmin, kPassword)
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toLatin1();
        auto grants = [&] {
            return client
                .call("GET", QStringLiteral("/v1/admin/users/%1/ledger").arg(userId), {}, token)
                .body.value(QStringLiteral("total"))
                .toInt();
        };
        // The request the window gave up on is applied once the service runs again.
        QTRY_COMPARE_WITH_TIMEOUT(grants(), 1, 5000);
        QSignalSpy adjusted(&window, &studio::AdminWindow::creditsAdjusted);
        window.retryLastAction();
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.count(), 1, 10000);
        QCOMPARE(adjusted.first().at(1).toLongLong(), qint64(600));
        QCOMPARE(grants(), 1);

        // Back to normal: the banner reflects the last outcome.
        loaded.clear();
        window.tabs()->setCurrentIndex(0);
        window.reloadCurrent();
        QVERIFY(waitForLoad(loaded, QStringLiteral("users")));
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(!window.canRetry());
    }
};

QTEST_MAIN(TestAdminWindowHung)
#include "test_admin_window_hung.moc"
