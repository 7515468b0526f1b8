// One event stream for many jobs (GET /v1/events) and the numbered events behind it: real
// espeak-ng jobs on a real server over loopback, followed by raw server-sent-events sockets.

#include "core/api/api_token.h"
#include "core/api/job_event_log.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "support/api_test_client.h"
#include "support/sse_connection.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using sonara::core::EngineHost;
using sonara::core::EngineHostOptions;
using sonara::core::api::LocalApiOptions;
using sonara::core::api::LocalApiServer;
using sonara::test::Client;
using sonara::test::Reply;
using sonara::test::SseConnection;
using sonara::test::SseEvent;

namespace {

// A host and server of their own, so that each test can set the worker count and the limits.
class Server {
public:
    Server(int cpuWorkers, LocalApiOptions options) {
        EngineHostOptions hostOptions;
        hostOptions.dataDirectory = dir_.filePath(QStringLiteral("data"));
        hostOptions.cpuWorkers = cpuWorkers;
        host_ = std::make_unique<EngineHost>(hostOptions);
        host_->jobs().start();
        token_ = sonara::core::api::ApiToken::loadOrCreate(
            dir_.filePath(QStringLiteral("config/api-token")));
        server_ = std::make_unique<LocalApiServer>(*host_, token_, options);
        port_ = server_->listen(0);
    }

    Client client() const { return Client(port_, token_); }
    SseConnection stream(const QByteArray& path, const QByteArray& lastEventId = {}) const {
        return SseConnection(port_, token_, path, lastEventId);
    }
    LocalApiServer& api() { return *server_; }

    QString speak(const QString& text, int priority = 0, const QString& label = {}) {
        QJsonObject job{{QStringLiteral("capability"), QStringLiteral("tts")},
                        {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                        {QStringLiteral("text"), text},
                        {QStringLiteral("priority"), priority}};
        if (!label.isEmpty()) {
            job.insert(QStringLiteral("label"), label);
        }
        const Reply created = client().post(QStringLiteral("/v1/jobs"), job);
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString()
                                     : QString();
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;
    std::unique_ptr<LocalApiServer> server_;
    QByteArray token_;
    quint16 port_ = 0;
};

QString longText(int sentences) {
    QStringList text;
    for (int i = 0; i < sentences; ++i) {
        text.append(
            QStringLiteral("Sentence %1 keeps the speech engine busy for a while.").arg(i + 1));
    }
    return text.join(QLatin1Char(' '));
}

QString jobOf(const SseEvent& event) {
    return event.data.value(QStringLiteral("id")).toString();
}

// What every job stream promises: ids that never go back, a state in every progress event, one
// "done" stage (and no other spelling) and one finished event per job that succeeded.
void checkJobEvents(const QList<SseEvent>& events, const QStringList& jobs) {
    qint64 lastId = 0;
    QHash<QString, int> done;
    QHash<QString, int> finished;
    for (const SseEvent& event : events) {
        QVERIFY2(event.id > 0, event.name.constData());
        QVERIFY2(event.id >= lastId,
                 qPrintable(QStringLiteral("%1 after %2").arg(event.id).arg(lastId)));
        lastId = event.id;
        QVERIFY2(jobs.contains(jobOf(event)), qPrintable(jobOf(event)));
        if (event.name == "progress") {
            QVERIFY(event.data.contains(QStringLiteral("state")));
            const QString stage = event.data.value(QStringLiteral("stage")).toString();
            QVERIFY2(stage == QLatin1String("done") ||
                         stage.compare(QLatin1String("done"), Qt::CaseInsensitive) != 0,
                     qPrintable(stage));
            if (stage == QLatin1String("done")) {
                ++done[jobOf(event)];
                QCOMPARE(event.data.value(QStringLiteral("state")).toString(),
                         QStringLiteral("succeeded"));
                QCOMPARE(event.data.value(QStringLiteral("progress")).toDouble(), 1.0);
            }
        } else {
            QCOMPARE(event.name, QByteArray("finished"));
            ++finished[jobOf(event)];
            QCOMPARE(event.data.value(QStringLiteral("state")).toString(),
                     QStringLiteral("succeeded"));
        }
    }
    for (const QString& job : jobs) {
        QCOMPARE(done.value(job), 1);
        QCOMPARE(finished.value(job), 1);
    }
}

}  // namespace

class TestEventStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A batch larger than the connection cap is followed on one connection, which leaves the
    // others free; the stream ends once every job it follows has finished.
    void followsABatchLargerThanTheConnectionCapOnOneConnection() {
        LocalApiOptions options;
        options.connection.maxConnections = 4;
        Server server(2, options);
        QStringList jobs;
        for (int i = 0; i < 12; ++i) {
            jobs.append(server.speak(QStringLiteral("Job number %1 of the batch. ").arg(i + 1) +
                                     longText(15)));
            QVERIFY(!jobs.last().isEmpty());
        }
        // Commas percent-encoded, as urlencode() writes them, mean the same list.
        SseConnection stream =
            server.stream("/v1/events?jobs=" + jobs.join(QStringLiteral("%2C")).toLatin1());
        QVERIFY(stream.readUntil([](const QList<SseEvent>& events) { return !events.isEmpty(); },
                                 20000));
        QCOMPARE(stream.status, 200);
        QVERIFY2(stream.head.contains("Content-Type: text/event-stream"), stream.head);
        QCOMPARE(server.client().get(QStringLiteral("/v1/health")).status, 200);
        QVERIFY2(stream.readToEnd(120000), stream.body.right(2000).constData());
        checkJobEvents(stream.events, jobs);
        // Progress arrived while the jobs ran, not only as their final states.
        QVERIFY(std::any_of(stream.events.cbegin(), stream.events.cend(), [](const SseEvent& e) {
            return e.data.value(QStringLiteral("state")).toString() == QLatin1String("running");
        }));
    }

    void resumesAfterTheLastEventIdWithoutLosingOrRepeating() {
        Server server(1, {});
        SseConnection all = server.stream("/v1/events");
        QVERIFY(all.readUntil([](const QList<SseEvent>&) { return false; }, 300) == false);
        QCOMPARE(all.status, 200);
        const QString job = server.speak(longText(12));
        QVERIFY(all.readUntil(
            [&](const QList<SseEvent>& events) {
                return std::any_of(events.cbegin(), events.cend(), [&](const SseEvent& e) {
                    return jobOf(e) == job && e.data.value(QStringLiteral("state")).toString() ==
                                                  QLatin1String("running");
                });
            },
            30000));
        const qint64 lastSeen = all.events.last().id;
        all.close();
        QCOMPARE(server.client().waitFor(job).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));

        SseConnection resumed =
            server.stream("/v1/events?jobs=" + job.toLatin1(), QByteArray::number(lastSeen));
        QVERIFY2(resumed.readToEnd(30000), resumed.body.constData());
        QVERIFY(!resumed.events.isEmpty());
        qint64 previous = lastSeen;
        for (const SseEvent& event : std::as_const(resumed.events)) {
            QVERIFY2(event.id > previous, resumed.body.constData());  // nothing seen twice
            previous = event.id;
            QVERIFY(event.name != "reset");
        }
        QList<SseEvent> whole = all.events;
        whole += resumed.events;
        checkJobEvents(whole, {job});
    }

    void anIdNoLongerKeptSaysSoAndGivesEachJobsStateAgain() {
        LocalApiOptions options;
        options.eventHistory = 3;
        Server server(1, options);
        const QString first = server.speak(QStringLiteral("The first job."));
        QCOMPARE(server.client().waitFor(first).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        const qint64 early = server.api().jobEvents().lastId();
        const QString second = server.speak(longText(3));
        QCOMPARE(server.client().waitFor(second).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(server.api().jobEvents().lastId() - early > 3);

        for (const QByteArray& stale : {QByteArray::number(early), QByteArray("1")}) {
            SseConnection stream = server.stream(
                "/v1/events?jobs=" + first.toLatin1() + ',' + second.toLatin1(), stale);
            QVERIFY(stream.readToEnd(20000));
            QVERIFY2(stream.events.size() == 5, stream.body.constData());
            QCOMPARE(stream.events.first().name, QByteArray("reset"));
            QCOMPARE(stream.events.first().data.value(QStringLiteral("last_event_id")).toString(),
                     QString::fromLatin1(stale));
            checkJobEvents(stream.events.mid(1), {first, second});
        }
    }

    // Following a label: the jobs of that label, those queued before the stream opened and those
    // sent after, and nothing of other labels; such a stream stays open.
    void followsEveryJobOfALabel() {
        Server server(1, {});
        const QString before = server.speak(longText(4), 0, QStringLiteral("batch-a"));
        SseConnection stream = server.stream("/v1/events?label=batch-a");
        QVERIFY(!stream.readUntil([](const QList<SseEvent>&) { return false; }, 200));
        QCOMPARE(stream.status, 200);
        const QString other = server.speak(QStringLiteral("Other."), 0, QStringLiteral("batch-b"));
        const QString after = server.speak(QStringLiteral("After."), 0, QStringLiteral("batch-a"));
        QVERIFY2(stream.readUntil(
                     [&](const QList<SseEvent>& events) {
                         return std::count_if(
                                    events.cbegin(), events.cend(),
                                    [](const SseEvent& e) { return e.name == "finished"; }) == 2;
                     },
                     60000),
                 stream.body.constData());
        QCOMPARE(server.client().waitFor(other).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(!stream.readUntil([](const QList<SseEvent>&) { return false; }, 300));
        checkJobEvents(stream.events, {before, after});
    }

    void badFollowRequestsAreRefusedNamingTheField() {
        Server server(1, {});
        const QString job = server.speak(QStringLiteral("Hello."));
        Reply reply =
            server.client().get(QStringLiteral("/v1/events?jobs=%1,no-such-job").arg(job));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("jobs"));
        QVERIFY(reply.json().value(QStringLiteral("detail")).toString().contains("no-such-job"));
        reply = server.client().send("GET", QStringLiteral("/v1/events?jobs=") + job, {}, {},
                                     {{"Last-Event-ID", "yesterday"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("Last-Event-ID"));
        QCOMPARE(server.client().get(QStringLiteral("/v1/jobs/no-such-job/events")).status, 404);
    }

    // One worker: a long job runs while three wait; the one sent to the front starts first,
    // then the higher priority, then first come first served.
    void theSchedulerStartsTheHighestPriorityFirst() {
        Server server(1, {});
        Client http = server.client();
        const QString running = server.speak(longText(300));
        QElapsedTimer clock;
        clock.start();
        while (http.get(QStringLiteral("/v1/jobs/") + running)
                       .json()
                       .value(QStringLiteral("state"))
                       .toString() != QLatin1String("running") &&
               clock.elapsed() < 20000) {
            QTest::qWait(20);
        }
        const QString plain = server.speak(QStringLiteral("Plain."));
        const QString urgent = server.speak(QStringLiteral("Urgent."), 5);
        const QString last = server.speak(QStringLiteral("Last but moved."));
        QCOMPARE(http.get(QStringLiteral("/v1/jobs/") + urgent)
                     .json()
                     .value(QStringLiteral("priority"))
                     .toInt(),
                 5);
        const Reply front = http.send("POST", QStringLiteral("/v1/jobs/%1/front").arg(last));
        QCOMPARE(front.status, 200);
        QCOMPARE(front.json().value(QStringLiteral("priority")).toInt(), 5);
        QCOMPARE(server.api().host().jobs().queuedInOrder(), (QStringList{last, urgent, plain}));

        SseConnection stream = server.stream("/v1/events?jobs=" + plain.toLatin1() + ',' +
                                             urgent.toLatin1() + ',' + last.toLatin1());
        QCOMPARE(http.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(running)).status, 202);
        QVERIFY2(stream.readToEnd(60000), stream.body.constData());
        QStringList started;
        for (const SseEvent& event : std::as_const(stream.events)) {
            if (event.data.value(QStringLiteral("state")).toString() == QLatin1String("running") &&
                !started.contains(jobOf(event))) {
                started.append(jobOf(event));
            }
        }
        QCOMPARE(started, (QStringList{last, urgent, plain}));

        // A finished job cannot be moved; an unknown one is not found.
        QCOMPARE(http.send("POST", QStringLiteral("/v1/jobs/%1/front").arg(plain)).status, 422);
        QCOMPARE(http.send("POST", QStringLiteral("/v1/jobs/no-such-job/front")).status, 404);
    }

    // A priority of the wrong type and one out of range are refused alike, naming the field.
    void badPrioritiesAreRefusedAlike() {
        Server server(1, {});
        Client http = server.client();
        for (const QJsonValue& priority :
             {QJsonValue(11), QJsonValue(-11), QJsonValue(2.5), QJsonValue(QStringLiteral("high")),
              QJsonValue(QJsonArray{1})}) {
            const Reply reply =
                http.post(QStringLiteral("/v1/jobs"),
                          QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                                      {QStringLiteral("text"), QStringLiteral("Hi.")},
                                      {QStringLiteral("priority"), priority}});
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.json().value(QStringLiteral("field")).toString(),
                     QStringLiteral("priority"));
        }
        QVERIFY(server.api().host().jobs().jobs().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "test_event_stream.moc"
