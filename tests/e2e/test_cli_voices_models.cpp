#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    quint16 startServing(const QString& path, const QByteArray& content) {
        path_ = path;
        content_ = content;
        start();
        ready_.acquire();
        return port_;
    }
    QList<qint64> offsets() const {
        return server_ ? server_->requestedOffsets(path_) : QList<qint64>();
    }

protected:
    void run() override {
        RangeFileServer server;
        server.addFile(path_, content_);
        server.dropOnce(path_);
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

        // The same name again is refused with the server's explanation.
        result = sonara(
            {QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("narrator"), take1});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("already a voice")), qPrintable(result.err));

        // Not audio at all: the upload itself is refused.
        const QString text = dir_.filePath(QStringLiteral("notes.wav"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2048, 'x'));
        }
        result = sonara(
            {QStringLiteral("voices"), QStringLiteral("add"), QStringLiteral("other"), text});
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
        // The server dropped the first connection halfway; the second asked for the rest.
        QCOMPARE(files.offsets(), (QList<qint64>{0, weights.size() / 2}));
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
};

QTEST_GUILESS_MAIN(TestCliVoicesModels)
#include "test_cli_voices_models.moc"
