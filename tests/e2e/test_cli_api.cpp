#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "sonara_process.h"

using namespace sonara::test;

namespace {

// The peak resident memory of a process so far, from /proc/<pid>/status.
qint64 peakResidentBytes(qint64 pid) {
    const QByteArray status = readFile(QStringLiteral("/proc/%1/status").arg(pid));
    for (const QByteArray& line : status.split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return -1;
}

// A WAV of silence of `bytes` PCM bytes (16 kHz mono 16-bit), written without holding it in
// memory.
bool writeSilentWav(const QString& path, qint64 bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray header(44, '\0');
    char* out = header.data();
    memcpy(out, "RIFF", 4);
    qToLittleEndian<quint32>(quint32(36 + bytes), out + 4);
    memcpy(out + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, out + 16);
    qToLittleEndian<quint16>(1, out + 20);
    qToLittleEndian<quint16>(1, out + 22);
    qToLittleEndian<quint32>(16000, out + 24);
    qToLittleEndian<quint32>(32000, out + 28);
    qToLittleEndian<quint16>(2, out + 32);
    qToLittleEndian<quint16>(16, out + 34);
    memcpy(out + 36, "data", 4);
    qToLittleEndian<quint32>(quint32(bytes), out + 40);
    file.write(header);
    const QByteArray chunk(1 << 20, '\0');
    for (qint64 left = bytes; left > 0; left -= chunk.size()) {
        if (file.write(chunk.constData(), std::min<qint64>(left, chunk.size())) < 0) {
            return false;
        }
    }
    return true;
}

}  // namespace

// The command line as a client of a running `sonara serve`, found through the config directory.
class TestCliApi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString startServer(QProcess& server, const QStringList& extra = {}) {
        server.start(sonaraBinary(), QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                                 QStringLiteral("0")} +
                                         extra);
        if (!server.waitForStarted()) {
            return {};
        }
        QString port;
        for (int i = 0; i < 200 && port.isEmpty(); ++i) {
            server.waitForReadyRead(100);
            const auto match =
                QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
                    .match(QString::fromUtf8(server.peek(4096)));
            port = match.captured(1);
        }
        return port;
    }

    void stop(QProcess& server) {
        server.terminate();
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitCode(), 0);
    }

private Q_SLOTS:
    // A fresh data directory each run, so that exports never run out of the starter credit grant
    // however often the suite is run; the config directory stays the one the test was given.
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir_.filePath(QStringLiteral("xdg-data"))));
    }

    void withNoServerNoAutostartRefuses() {
        QFile::remove(sonaraConfigFile(QStringLiteral("api-url")));
        const SonaraRun result = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QStringLiteral("sonara serve")), qPrintable(result.err));
    }

    void commandsUseTheRunningServer() {
        QProcess server;
        const QString port = startServer(server);
        QVERIFY(!port.isEmpty());
        QCOMPARE(readFile(sonaraConfigFile(QStringLiteral("api-url"))).trimmed(),
                 QByteArray("http://127.0.0.1:") + port.toLatin1());

        const QString speech = dir_.filePath(QStringLiteral("hello.wav"));
        SonaraRun result = runSonara({QStringLiteral("--no-autostart"), QStringLiteral("run"),
                                      QStringLiteral("tts"), QStringLiteral("--text"),
                                      QStringLiteral("Hello through the server."),
                                      QStringLiteral("-o"), speech, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString id = QJsonDocument::fromJson(result.out.toUtf8())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(QFile::exists(speech));

        // The server, not this short-lived command, ran and kept the job.
        result = runSonara({QStringLiteral("--no-autostart"), QStringLiteral("jobs"),
                            QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        result = runSonara({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
                            QStringLiteral("capabilities"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).array().size() >= 3);
        result = runSonara({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
                            QStringLiteral("--token"), QString(64, QLatin1Char('a')),
                            QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 4);
        result = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        stop(server);
        QVERIFY(!QFile::exists(sonaraConfigFile(QStringLiteral("api-url"))));
    }

    void rotatingTheTokenRefusesTheOldOne() {
        QProcess first;
        QVERIFY(!startServer(first).isEmpty());
        const QByteArray before = readFile(sonaraConfigFile(QStringLiteral("api-token"))).trimmed();
        stop(first);
        QProcess second;
        const QString port = startServer(second, {QStringLiteral("--rotate-token")});
        QVERIFY(!port.isEmpty());
        const QByteArray after = readFile(sonaraConfigFile(QStringLiteral("api-token"))).trimmed();
        QCOMPARE(after.size(), 64);
        QVERIFY(after != before);
        const SonaraRun old =
            runSonara({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
                       QStringLiteral("--token"), QString::fromLatin1(before),
                       QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(old.exitCode, 4);
        const SonaraRun current = runSonara(
            {QStringLiteral("--no-autostart"), QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(current.exitCode, 0);
        stop(second);
    }
    // Qt HTTP Server alone would hold the whole body in memory; the upload streams to disk.
    void aLargeUploadStreamsToDiskInFlatMemory() {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer holds freed memory in quarantine: resident memory measures it");
#endif
        QProcess server;
        const QString port = startServer(server);
        QVERIFY(!port.isEmpty());
        const QByteArray token = readFile(sonaraConfigFile(QStringLiteral("api-token"))).trimmed();
        const QString path = dir_.filePath(QStringLiteral("long.wav"));
        const qint64 pcmBytes = 300LL << 20;
        QVERIFY(writeSilentWav(path, pcmBytes));
        QVERIFY(runSonara({QStringLiteral("--no-autostart"), QStringLiteral("jobs"),
                           QStringLiteral("list")})
                    .exitCode == 0);
        const qint64 before = peakResidentBytes(server.processId());
        QVERIFY(before > 0);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port.toUShort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/assets?filename=long.wav HTTP/1.1\r\nHost: 127.0.0.1:" +
                     port.toLatin1() + "\r\nAuthorization: Bearer " + token +
                     "\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                     QByteArray::number(file.size()) + "\r\n\r\n");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 20);
            hash.addData(chunk);
            socket.write(chunk);
            while (socket.bytesToWrite() > (4 << 20)) {
                QVERIFY(socket.waitForBytesWritten(30000));
            }
        }
        QByteArray response;
        while (socket.state() == QAbstractSocket::ConnectedState &&
               socket.waitForReadyRead(120000)) {
            response += socket.readAll();
        }
        response += socket.readAll();
        const qint64 after = peakResidentBytes(server.processId());
        QVERIFY2(response.startsWith("HTTP/1.1 201"), response.left(600).constData());
        const QJsonObject asset =
            QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(asset.value(QStringLiteral("size_bytes")).toInteger(), file.size());
        QCOMPARE(asset.value(QStringLiteral("sha256")).toString().toLatin1(),
                 hash.result().toHex());
        qInfo("server peak RSS %lld MiB before, %lld MiB after a %lld MiB upload", before >> 20,
              after >> 20, file.size() >> 20);
        QVERIFY2(after - before < (48LL << 20),
                 qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg((after - before) >> 20)));
        QFile::remove(path);
        stop(server);
    }
};

QTEST_GUILESS_MAIN(TestCliApi)
#include "test_cli_api.moc"
