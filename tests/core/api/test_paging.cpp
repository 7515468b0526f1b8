// Cursor paging of GET /v1/jobs and GET /v1/assets through a real local API over loopback:
// pages follow next_cursor to the end without repeating or skipping a row while rows are added
// between pages, and a bad limit, cursor or offset is a 422 naming it.

#include "core/api/list_paging.h"
#include "support/gain_api_server.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using sonara::test::Client;
using sonara::test::GainApiServer;
using sonara::test::Reply;

class TestPaging : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<GainApiServer> api_;
    QString asset_;

    QString createJob(const QString& label) {
        QJsonObject body = GainApiServer::gainJob(asset_);
        body.insert(QStringLiteral("label"), label);
        Client http = api_->client();
        const Reply reply = http.post(QStringLiteral("/v1/jobs"), body);
        return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toString()
                                   : QString();
    }

    // One page of `path` (which has a query already); fails the test on anything but 200.
    QJsonObject page(const QString& path, const QString& cursor) {
        Client http = api_->client();
        const Reply reply =
            http.get(path + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        if (reply.status != 200) {
            qWarning() << path << reply.status << reply.body;
        }
        return reply.json();
    }

    static QStringList ids(const QJsonObject& page, const QString& key) {
        QStringList list;
        for (const QJsonValue& row : page.value(key).toArray()) {
            list.append(row.toObject().value(QStringLiteral("id")).toString());
        }
        return list;
    }

    void expectRefusal(const QString& path, const QString& field) {
        Client http = api_->client();
        const Reply reply = http.get(path);
        if (reply.status != 422) {
            qWarning() << path << reply.status << reply.body;
        }
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        api_ = std::make_unique<GainApiServer>(dir_.path());
        QVERIFY(api_->start() > 0);
        asset_ = api_->uploadTone(440, QStringLiteral("a440.wav"));
        QVERIFY(!asset_.isEmpty());
    }

    void jobsPageNewestFirstAndStayStableUnderInserts() {
        QStringList created;
        for (int i = 0; i < 7; ++i) {
            created.prepend(createJob(QStringLiteral("paging")));
            QVERIFY(!created.first().isEmpty());
        }
        const QString path = QStringLiteral("/v1/jobs?label=paging&limit=3");
        const QJsonObject first = page(path, {});
        QCOMPARE(ids(first, QStringLiteral("jobs")), created.mid(0, 3));
        const QString cursor = first.value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());

        // Jobs created between two pages sort before the first page; the next ones go on where
        // the first stopped.
        const QString newer1 = createJob(QStringLiteral("paging"));
        const QString newer2 = createJob(QStringLiteral("paging"));
        const QJsonObject second = page(path, cursor);
        QCOMPARE(ids(second, QStringLiteral("jobs")), created.mid(3, 3));
        const QJsonObject third =
            page(path, second.value(QStringLiteral("next_cursor")).toString());
        QCOMPARE(ids(third, QStringLiteral("jobs")), created.mid(6, 1));
        QVERIFY(third.value(QStringLiteral("next_cursor")).isNull());

        // A fresh first page starts with the newest.
        const QStringList fresh = ids(page(path, {}), QStringLiteral("jobs"));
        QCOMPARE(fresh.mid(0, 2), (QStringList{newer2, newer1}));
    }

    void aFullLastPageEndsWithANullCursor() {
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!createJob(QStringLiteral("even")).isEmpty());
        }
        const QString path = QStringLiteral("/v1/jobs?label=even&limit=2");
        const QJsonObject first = page(path, {});
        const QJsonObject second =
            page(path, first.value(QStringLiteral("next_cursor")).toString());
        QCOMPARE(ids(second, QStringLiteral("jobs")).size(), 2);
        QVERIFY(second.contains(QStringLiteral("next_cursor")));
        QVERIFY(second.value(QStringLiteral("next_cursor")).isNull());
        // The default page holds all of them and says there is no more.
        const QJsonObject all = page(QStringLiteral("/v1/jobs?label=even"), {});
        QCOMPARE(ids(all, QStringLiteral("jobs")).size(), 4);
        QVERIFY(all.value(QStringLiteral("next_cursor")).isNull());
    }

    void assetsPageOldestFirstAndStayStableUnderInserts() {
        QStringList uploaded{asset_};
        for (const double hertz : {220.0, 330.0, 550.0, 660.0}) {
            uploaded.append(api_->uploadTone(hertz, QStringLiteral("t%1.wav").arg(hertz)));
            QVERIFY(!uploaded.last().isEmpty());
        }
        // Results of the jobs above are assets too; list the uploads' kind and keep their order.
        QStringList seen;
        QString cursor;
        bool inserted = false;
        QString late;
        int pages = 0;
        do {
            const QJsonObject current =
                page(QStringLiteral("/v1/assets?kind=audio&limit=2"), cursor);
            seen += ids(current, QStringLiteral("assets"));
            cursor = current.value(QStringLiteral("next_cursor")).toString();
            if (!inserted) {
                // An upload between two pages comes at the end, once.
                late = api_->uploadTone(770, QStringLiteral("late.wav"));
                QVERIFY(!late.isEmpty());
                inserted = true;
            }
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        QStringList uploads;
        for (const QString& id : seen) {
            if (uploaded.contains(id) || id == late) {
                uploads.append(id);
            }
        }
        QCOMPARE(uploads, uploaded + QStringList{late});
    }

    void badPagingParametersAreRefusedNamingThem() {
        for (const QString& list : {QStringLiteral("jobs"), QStringLiteral("assets")}) {
            const QString path = QStringLiteral("/v1/") + list;
            expectRefusal(path + QStringLiteral("?limit=0"), QStringLiteral("limit"));
            expectRefusal(path + QStringLiteral("?limit=abc"), QStringLiteral("limit"));
            expectRefusal(
                path + QStringLiteral("?limit=%1").arg(sonara::core::api::kMaxPageSize + 1),
                QStringLiteral("limit"));
            expectRefusal(path + QStringLiteral("?cursor=not-a-cursor"), QStringLiteral("cursor"));
            expectRefusal(path + QStringLiteral("?cursor="), QStringLiteral("cursor"));
            expectRefusal(path + QStringLiteral("?offset=5"), QStringLiteral("offset"));
        }
        // A cursor of one list is refused by the other.
        createJob(QStringLiteral("cross"));
        createJob(QStringLiteral("cross"));
        const QString jobsCursor = page(QStringLiteral("/v1/jobs?label=cross&limit=1"), {})
                                       .value(QStringLiteral("next_cursor"))
                                       .toString();
        QVERIFY(!jobsCursor.isEmpty());
        expectRefusal(QStringLiteral("/v1/assets?cursor=") + jobsCursor, QStringLiteral("cursor"));
        // The largest page is allowed.
        Client http = api_->client();
        QCOMPARE(
            http.get(QStringLiteral("/v1/assets?limit=%1").arg(sonara::core::api::kMaxPageSize))
                .status,
            200);
    }

    void cleanupTestCase() { api_.reset(); }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "test_paging.moc"
