#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include "sonara_process.h"

using namespace sonara::test;

// The CLI's exit codes and messages agree across commands, name the user's own files and
// folders, and point command-line users to commands (issue 22 item 9, issue 21 item 8).
class TestCliMessages : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    // A spoken sentence written by the real tts engine, made once.
    QString speech() {
        const QString file = path(QStringLiteral("interview.wav"));
        if (!QFile::exists(file)) {
            const SonaraRun made =
                runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                           QStringLiteral("Hello there, this is the interview."),
                           QStringLiteral("-o"), file});
            if (made.exitCode != 0) {
                qWarning("tts failed: %s", qPrintable(made.err));
            }
        }
        return file;
    }

    static void verifyNoInternalPath(const SonaraRun& result) {
        for (const char* internal : {".incoming", "/assets/", ".partial", "did not answer",
                                     "std::exception", "Models page", "account menu"}) {
            QVERIFY2(!result.err.contains(QString::fromLatin1(internal)) &&
                         !result.out.contains(QString::fromLatin1(internal)),
                     qPrintable(QStringLiteral("%1 in: %2 %3")
                                    .arg(QString::fromLatin1(internal), result.out, result.err)));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("xdg-data"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("folder"))));
    }

    void convertExitsTwoForBadInputLikeRun() {
        SonaraRun result = runSonara({QStringLiteral("convert"), path(QStringLiteral("none.wav")),
                                      QStringLiteral("-o"), path(QStringLiteral("out.flac"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("none.wav: there is no such file")) ||
                     result.err.contains(QStringLiteral("cannot read ") +
                                         path(QStringLiteral("none.wav"))),
                 qPrintable(result.err));

        result = runSonara({QStringLiteral("convert"), speech(), QStringLiteral("-o"),
                            path(QStringLiteral("out.xyz"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("out.xyz")) &&
                     result.err.contains(QStringLiteral("flac")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.xyz"))));

        QFile text(path(QStringLiteral("broken.wav")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("just some text\n").repeated(50));
        text.close();
        result = runSonara({QStringLiteral("convert"), text.fileName(), QStringLiteral("-o"),
                            path(QStringLiteral("out.flac"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("broken.wav")), qPrintable(result.err));
        verifyNoInternalPath(result);
    }

    void aFolderGivenAsInputIsCalledAFolder() {
        const QString folder = path(QStringLiteral("folder"));
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("convert"), folder, QStringLiteral("-o"),
                          path(QStringLiteral("x.wav"))},
              QStringList{QStringLiteral("run"), QStringLiteral("denoise"), folder,
                          QStringLiteral("-o"), path(QStringLiteral("x.wav"))}}) {
            const SonaraRun result = runSonara(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(folder + QStringLiteral(" is a folder")),
                     qPrintable(result.err));
            QVERIFY(!result.err.contains(QStringLiteral("no such file")));
        }
    }

    void aBatchGlobMatchingNothingSaysSo() {
        const SonaraRun result = runSonara(
            {QStringLiteral("batch"), path(QStringLiteral("folder")),
             QStringLiteral("--capability"), QStringLiteral("denoise"), QStringLiteral("--glob"),
             QStringLiteral("*.nothing"), QStringLiteral("-o"), path(QStringLiteral("batch-out"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no file in")) &&
                     result.err.contains(QStringLiteral("*.nothing")),
                 qPrintable(result.err));
    }

    void jsonFailuresPrintAJsonErrorObject() {
        const SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("denoise"), QStringLiteral("--json"),
                       path(QStringLiteral("missing.wav")), QStringLiteral("-o"),
                       path(QStringLiteral("y.wav"))});
        QCOMPARE(result.exitCode, 2);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(result.out));
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("exit_code")).toInt(), 2);
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("missing.wav")),
                 qPrintable(result.out));

        const SonaraRun unknown =
            runSonara({QStringLiteral("jobs"), QStringLiteral("show"),
                       QStringLiteral("no-such-job"), QStringLiteral("--json")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(QJsonDocument::fromJson(unknown.out.toUtf8())
                     .object()
                     .value(QStringLiteral("error"))
                     .isObject(),
                 qPrintable(unknown.out));
    }

    void batchHelpShowsItsOwnUsage() {
        const SonaraRun result = runSonara({QStringLiteral("batch"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("usage: sonara batch DIR --capability")),
                 qPrintable(result.out));
        QVERIFY(!result.out.contains(QStringLiteral("--help-all")));
        QVERIFY(!result.out.contains(QStringLiteral("Usage: sonara [options]")));
        for (const QString& command : {QStringLiteral("convert"), QStringLiteral("jobs")}) {
            const SonaraRun help = runSonara({command, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("usage: sonara ") + command),
                     qPrintable(help.out));
            QVERIFY(!help.out.contains(QStringLiteral("--help-all")));
        }
    }

    void aMistypedCapabilityGetsASuggestion() {
        SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("denoize"), QStringLiteral("x.wav"),
                       QStringLiteral("-o"), QStringLiteral("y.wav")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("did you mean 'denoise'?")),
                 qPrintable(result.err));
        result = runSonara({QStringLiteral("batch"), path(QStringLiteral("folder")),
                            QStringLiteral("--capability"), QStringLiteral("sst"),
                            QStringLiteral("-o"), path(QStringLiteral("b"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("did you mean 'stt'?")),
                 qPrintable(result.err));
        result = runSonara({QStringLiteral("modles")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("did you mean 'models'?")),
                 qPrintable(result.err));
    }

    void aMissingOutputFolderIsReportedAsSuch() {
        const QString target = path(QStringLiteral("no-such-folder/out.wav"));
        const SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                       QStringLiteral("hello"), QStringLiteral("-o"), target});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(path(QStringLiteral("no-such-folder")) +
                                     QStringLiteral(" does not exist")),
                 qPrintable(result.err));
        verifyNoInternalPath(result);
    }

    void anUnreadableUploadNamesTheUsersFile() {
        const QString broken = path(QStringLiteral("notes.wav"));
        QFile text(broken);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("not audio at all\n").repeated(50));
        text.close();
        const SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("denoise"), broken,
                       QStringLiteral("-o"), path(QStringLiteral("z.wav"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("notes.wav")), qPrintable(result.err));
        verifyNoInternalPath(result);
    }

    void commandLineMessagesGiveTheCommand() {
        const SonaraRun result =
            runSonara({QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--engine"),
                       QStringLiteral("whisper"), speech(), QStringLiteral("-o"),
                       path(QStringLiteral("w.txt"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("sonara models")), qPrintable(result.err));
        verifyNoInternalPath(result);
    }

    void jobsAreListedByTheirInputsNames() {
        const QString input = speech();
        SonaraRun result = runSonara({QStringLiteral("run"), QStringLiteral("denoise"), input,
                                      QStringLiteral("-o"), path(QStringLiteral("clean.wav"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = runSonara({QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--capability"), QStringLiteral("denoise")});
        QCOMPARE(result.exitCode, 0);
        const QString line = result.out.split(QLatin1Char('\n')).value(0);
        QVERIFY2(line.contains(QStringLiteral("interview.wav")), qPrintable(result.out));
        QVERIFY2(line.contains(QStringLiteral("denoise/")), qPrintable(line));
        const QString id = line.section(QLatin1Char(' '), 0, 0);
        // A text input shows its start.
        result = runSonara({QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--capability"), QStringLiteral("tts")});
        QVERIFY2(result.out.contains(QStringLiteral("\"Hello there, this is the")),
                 qPrintable(result.out));

        result = runSonara({QStringLiteral("jobs"), QStringLiteral("show"), id});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("interview.wav")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("state: +succeeded"))),
                 qPrintable(result.out));
        verifyNoInternalPath(result);
    }

    void ctrlCSaysTheJobWasCancelledOnce() {
        const QString text = path(QStringLiteral("long.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QByteArray("This is a long sentence about nothing in particular. ").repeated(3500));
        file.close();
        QProcess run;
        run.start(sonaraBinary(),
                  {QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text-file"),
                   text, QStringLiteral("-o"), path(QStringLiteral("long.wav"))});
        QVERIFY(run.waitForStarted());
        // Long enough for the job to be queued and running, far from its end.
        QTest::qWait(2500);
        QCOMPARE(::kill(static_cast<pid_t>(run.processId()), SIGINT), 0);
        QVERIFY(run.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(run.readAllStandardError());
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 130);
        QVERIFY2(err.contains(QStringLiteral("sonara run tts: interrupted (Ctrl-C); job ")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("cancelled: cancelled")), qPrintable(err));
        QVERIFY(!QFile::exists(path(QStringLiteral("long.wav"))));
    }

    void modelsAreListedInAlignedColumnsWithTitles() {
        const SonaraRun result = runSonara({QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("ID ")), qPrintable(result.out));
        for (const char* column : {"FOR", "SIZE", "LICENCE", "STATE"}) {
            const qsizetype at = lines.first().indexOf(QString::fromLatin1(column));
            QVERIFY(at > 0);
            for (const QString& line : lines) {
                QVERIFY2(line.size() > at && line.at(at - 1) == QLatin1Char(' ') &&
                             line.at(at) != QLatin1Char(' '),
                         qPrintable(QStringLiteral("%1 misaligned in: %2")
                                        .arg(QString::fromLatin1(column), line)));
            }
        }
        QVERIFY2(!result.out.contains(QStringLiteral(" ? ")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QRegularExpression(QStringLiteral("  stt  "))),
                 qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "test_cli_messages.moc"
