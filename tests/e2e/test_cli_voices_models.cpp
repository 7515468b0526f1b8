#include <signal.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "sonara_process.h"
#include "support/range_file_server.h"

using namespace sonara::test;

namespace {

// Serves files from a thread of its own: runSonara() blocks this one while the CLI downloads.
class FileServerThread : public QThread {
public:
    ~FileServerThread() override {
        quit();
        wait();
    }
    // Serves `content` at `path`; with `dropFirst` the first request gets half of it.
    quint16 startServing(const QString& path, const QByteArray& content, bool dropFirst = true) {
        path_ = path;
        content_ = content;
        dropFirst_ = dropFirst;
        start();
        ready_.acquire();
        return port_;
    }
    void throttle(qint64 bytesPerSecond) { server_->throttle(path_, bytesPerSecond); }
    QList<qint64> offsets() const {
        return server_ ? server_->requestedOffsets(path_) : QList<qint64>();
    }

protected:
    void run() override {
        RangeFileServer server;
        server.addFile(path_, content_);
        if (dropFirst_) {
            server.dropOnce(path_);
        }
        server.listen(QHostAddress::LocalHost, 0);
        port_ = server.serverPort();
        server_ = &server;
        ready_.release();
        exec();
        server_ = nullptr;
    }

private:
    QString path_;
    QByteArray content_;
    bool dropFirst_ = true;
    quint16 port_ = 0;
    RangeFileServer* server_ = nullptr;
    QSemaphore ready_;
};

}  // namespace

// `sonara voices` and `sonara models install --url` as API clients (each command autostarts a
// headless server on the test's data directory).
class TestCliVoicesModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    // Starts `sonara serve` on `data`; returns its address, or nothing when it did not start.
    QString startServer(QProcess& server, const QString& data) {
        server.start(sonaraBinary(), {QStringLiteral("--data"), data, QStringLiteral("serve"),
                                      QStringLiteral("--port"), QStringLiteral("0")});
        if (!server.waitForStarted()) {
            return {};
        }
        for (int i = 0; i < 200; ++i) {
            server.waitForReadyRead(100);
            const auto match =
                QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
                    .match(QString::fromUtf8(server.peek(4096)));
            if (match.hasMatch()) {
                return match.captured(1);
            }
        }
        return {};
    }

    SonaraRun sonara(const QStringList& arguments) {
        return runSonara(
            QStringList{QStringLiteral("--data"), dir_.filePath(QStringLiteral("data"))} +
            arguments);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void addListAndRemoveAVoice() {
        const QString take1 = dir_.filePath(QStringLiteral("take1.wav"));
        const QString take2 = dir_.filePath(QStringLiteral("take2.wav"));
        // Different words, so the store keeps two recordings rather than one deduplicated asset.
        const QList<QPair<QString, QString>> takes = {
            {take1, QStringLiteral("A first reference recording for the narrator voice.")},
            {take2, QStringLiteral("And a second one, read a little more slowly than the first.")}};
        for (const auto& [path, words] : takes) {
            const SonaraRun spoken =
                sonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                        words, QStringLiteral("-o"), path});
            QVERIFY2(spoken.exitCode == 0, qPrintable(spoken.err));
        }

        SonaraRun result =
            sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("narrator"),
                    take1, take2, QStringLiteral("--language"), QStringLiteral("en")});
        // Without the owner's consent nothing is uploaded or added.
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--consent-by")), qPrintable(result.err));
        result =
            sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("narrator"),
                    take1, take2, QStringLiteral("--language"), QStringLiteral("en"),
                    QStringLiteral("--consent-by"), QStringLiteral("Asha Rao")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("added voice narrator")),
                 qPrintable(result.out));

        result =
            sonara({QStringLiteral("voices"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray voices = QJsonDocument::fromJson(result.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("voices"))
                                      .toArray();
        QCOMPARE(voices.size(), 1);
        const QJsonObject voice = voices.first().toObject();
        QCOMPARE(voice.value(QStringLiteral("name")).toString(), QStringLiteral("narrator"));
        QCOMPARE(voice.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(voice.value(QStringLiteral("samples")).toArray().size(), 2);
        QCOMPARE(voice.value(QStringLiteral("consent")).toObject().value("by").toString(),
                 QStringLiteral("Asha Rao"));

        // Export, rename, and import the exported file back beside it; a foreign file is refused.
        const QString exported = dir_.filePath(QStringLiteral("narrator.sonaravoice"));
        result = sonara({QStringLiteral("voices"), QStringLiteral("export"),
                         QStringLiteral("narrator"), exported});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFileInfo(exported).size() > 2048);
        result = sonara({QStringLiteral("voices"), QStringLiteral("rename"),
                         QStringLiteral("narrator"), QStringLiteral("storyteller")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = sonara({QStringLiteral("voices"), QStringLiteral("import"), exported});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("imported voice narrator")),
                 qPrintable(result.out));
        result = sonara({QStringLiteral("voices"), QStringLiteral("import"), exported});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("already a voice")), qPrintable(result.err));
        result = sonara({QStringLiteral("voices"), QStringLiteral("import"), take1,
                         QStringLiteral("--name"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("take1.wav cannot be imported")),
                 qPrintable(result.err));
        result = sonara(
            {QStringLiteral("voices"), QStringLiteral("consent"), QStringLiteral("storyteller")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--by")), qPrintable(result.err));
        result =
            sonara({QStringLiteral("voices"), QStringLiteral("consent"),
                    QStringLiteral("storyteller"), QStringLiteral("--by"), QStringLiteral("Ravi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = sonara(
            {QStringLiteral("voices"), QStringLiteral("remove"), QStringLiteral("storyteller")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        // The same name again is refused with the server's explanation.
        result =
            sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("narrator"),
                    take1, QStringLiteral("--consent-by"), QStringLiteral("Asha Rao")});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("already a voice")), qPrintable(result.err));

        // Not audio at all: the upload itself is refused.
        const QString text = dir_.filePath(QStringLiteral("notes.wav"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2048, 'x'));
        }
        result = sonara({QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("other"),
                         text, QStringLiteral("--consent-by"), QStringLiteral("Asha Rao")});
        QVERIFY(result.exitCode != 0);

        result = sonara(
            {QStringLiteral("voices"), QStringLiteral("remove"), QStringLiteral("narrator")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result =
            sonara({QStringLiteral("voices"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(result.out.toUtf8()).object().value("voices").toArray().size(),
            0);
        result = sonara(
            {QStringLiteral("voices"), QStringLiteral("remove"), QStringLiteral("narrator")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no voice")), qPrintable(result.err));
    }

    void installAModelFromAUrl() {
        QByteArray weights(300 * 1024, Qt::Uninitialized);
        for (int i = 0; i < weights.size(); ++i) {
            weights[i] = char(i * 31 % 251);
        }
        FileServerThread files;
        const quint16 port = files.startServing(QStringLiteral("/ckpt/generator.bin"), weights);
        QVERIFY(port > 0);
        const QString url = QStringLiteral("http://127.0.0.1:%1/ckpt/generator.bin").arg(port);

        SonaraRun result = sonara({QStringLiteral("models"), QStringLiteral("install"),
                                   QStringLiteral("my-vocoder"), QStringLiteral("--url"), url,
                                   QStringLiteral("--architecture"), QStringLiteral("hifigan")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("installed my-vocoder (hifigan)")),
                 qPrintable(result.out));
        // The server dropped the first connection halfway; the last request asked for the rest.
        // (Qt's HTTP client may itself resend a request whose connection closed under it, so
        // there can be one more request from 0 in between.)
        const QList<qint64> offsets = files.offsets();
        QCOMPARE(offsets.first(), 0);
        QCOMPARE(offsets.last(), weights.size() / 2);
        QVERIFY(offsets.size() <= 3);
        QCOMPARE(readFile(dir_.filePath(QStringLiteral("data/models/my-vocoder/generator.bin"))),
                 weights);

        result =
            sonara({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(result.out.contains(QStringLiteral("my-vocoder")));

        // Nothing at the address: a clear failure and a non-zero exit.
        result = sonara({QStringLiteral("models"), QStringLiteral("install"),
                         QStringLiteral("missing-one"), QStringLiteral("--url"),
                         QStringLiteral("http://127.0.0.1:%1/nothing.bin").arg(port),
                         QStringLiteral("--architecture"), QStringLiteral("hifigan")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("HTTP 404")), qPrintable(result.err));
    }
    void ctrlCStopsAnInstallThatTheSameCommandResumes() {
        QByteArray weights(2 << 20, Qt::Uninitialized);
        for (int i = 0; i < weights.size(); ++i) {
            weights[i] = char(i * 17 % 253);
        }
        FileServerThread files;
        const quint16 port =
            files.startServing(QStringLiteral("/slow/generator.bin"), weights, false);
        QVERIFY(port > 0);
        files.throttle(256 * 1024);
        QProcess install;
        install.start(sonaraBinary(),
                      {QStringLiteral("--data"), dir_.filePath(QStringLiteral("data")),
                       QStringLiteral("models"), QStringLiteral("install"),
                       QStringLiteral("slow-one"), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1/slow/generator.bin").arg(port),
                       QStringLiteral("--architecture"), QStringLiteral("hifigan")});
        const QString partial =
            dir_.filePath(QStringLiteral("data/models/.downloading-slow-one/generator.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partial).size() > 128 * 1024, 30000);
        ::kill(pid_t(install.processId()), SIGINT);
        QVERIFY(install.waitForFinished(20000));
        const QString err = QString::fromUtf8(install.readAllStandardError());
        QCOMPARE(install.exitCode(), 130);
        QVERIFY2(err.contains(QStringLiteral("downloading slow-one: ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral(
                     "sonara models install slow-one: interrupted (Ctrl-C); download cancelled")),
                 qPrintable(err));
        const qint64 kept = QFileInfo(partial).size();
        QVERIFY2(kept > 0 && kept < weights.size(), qPrintable(QString::number(kept)));

        SonaraRun result = sonara({QStringLiteral("models"), QStringLiteral("list")});
        QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("slow-one .*cancelled"))),
                 qPrintable(result.out));
        files.throttle(0);
        // No --url: the interrupted download knows where it came from.
        result = sonara(
            {QStringLiteral("models"), QStringLiteral("install"), QStringLiteral("slow-one")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(files.offsets(), (QList<qint64>{0, kept}));
        QCOMPARE(readFile(dir_.filePath(QStringLiteral("data/models/slow-one/generator.bin"))),
                 weights);
    }
    // A server killed mid-download leaves the download for the next server to list and resume.
    void aDownloadCutShortByACrashIsResumedByTheNextServer() {
        QByteArray weights(2 << 20, Qt::Uninitialized);
        for (int i = 0; i < weights.size(); ++i) {
            weights[i] = char(i * 13 % 241);
        }
        FileServerThread files;
        const quint16 filePort =
            files.startServing(QStringLiteral("/crash/generator.bin"), weights, false);
        QVERIFY(filePort > 0);
        files.throttle(256 * 1024);
        const QString data = dir_.filePath(QStringLiteral("crash-data"));

        QProcess server;
        QString url = startServer(server, data);
        QVERIFY(!url.isEmpty());
        QProcess install;
        install.start(sonaraBinary(),
                      {QStringLiteral("--url"), url, QStringLiteral("models"),
                       QStringLiteral("install"), QStringLiteral("crashy"), QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:%1/crash/generator.bin").arg(filePort),
                       QStringLiteral("--architecture"), QStringLiteral("hifigan")});
        const QString partial =
            QDir(data).filePath(QStringLiteral("models/.downloading-crashy/generator.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partial).size() > 128 * 1024, 30000);
        server.kill();
        QVERIFY(server.waitForFinished(10000));
        QVERIFY(install.waitForFinished(30000));
        QVERIFY(install.exitCode() != 0);
        const qint64 kept = QFileInfo(partial).size();

        QProcess restarted;
        url = startServer(restarted, data);
        QVERIFY(!url.isEmpty());
        SonaraRun result = runSonara(
            {QStringLiteral("--url"), url, QStringLiteral("models"), QStringLiteral("list")});
        const QString listed = result.out.split(QLatin1Char('\n'))
                                   .filter(QRegularExpression(QStringLiteral("^crashy ")))
                                   .join(QLatin1Char('\n'));
        QVERIFY2(listed.contains(QRegularExpression(QStringLiteral("interrupted \\d+%"))),
                 qPrintable(QStringLiteral("listed as: ") + listed));
        files.throttle(0);
        result = runSonara({QStringLiteral("--url"), url, QStringLiteral("models"),
                            QStringLiteral("install"), QStringLiteral("crashy")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(files.offsets(), (QList<qint64>{0, kept}));
        QCOMPARE(readFile(QDir(data).filePath(QStringLiteral("models/crashy/generator.bin"))),
                 weights);
        restarted.terminate();
        QVERIFY(restarted.waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestCliVoicesModels)
#include "test_cli_voices_models.moc"
