// What a download costs, read before downloading, through a real local API over loopback:
// GET /v1/jobs/{job}/outputs/{output}/price and /v1/assets/{asset}/price tell the price, whether
// it is paid and whether the balance covers it, and never charge; a 402 carries
// needed_seconds, balance_seconds and buy.

#include "core/engine/credit_policy.h"
#include "support/gain_api_server.h"

#include <QTemporaryDir>
#include <QtTest>

using sonara::test::Client;
using sonara::test::GainApiServer;
using sonara::test::Reply;

class TestPriceRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<GainApiServer> api_;
    QString asset_;

    qint64 balance() {
        Client http = api_->client();
        return http.get(QStringLiteral("/v1/credits"))
            .json()
            .value(QStringLiteral("balance_seconds"))
            .toInteger();
    }

    // A succeeded gain job of its own output (a gain no other job used).
    QJsonObject finishedJob(double gainDb) {
        Client http = api_->client();
        const Reply created =
            http.post(QStringLiteral("/v1/jobs"), GainApiServer::gainJob(asset_, gainDb));
        return http.waitFor(created.json().value(QStringLiteral("id")).toString());
    }

    QJsonObject price(const QString& path) {
        Client http = api_->client();
        const Reply reply = http.get(path);
        if (reply.status != 200) {
            qWarning() << path << reply.status << reply.body;
        }
        return reply.json();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        api_ = std::make_unique<GainApiServer>(dir_.path());
        QVERIFY(api_->start() > 0);
        asset_ = api_->uploadTone(440);
        QVERIFY(!asset_.isEmpty());
    }

    void thePriceIsToldWithoutChargingAndThenPaid() {
        const QJsonObject job = finishedJob(-2);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString id = job.value(QStringLiteral("id")).toString();
        const QString output = job.value(QStringLiteral("outputs"))
                                   .toObject()
                                   .value(QStringLiteral("audio"))
                                   .toString();
        const qint64 before = balance();
        QVERIFY(before > 0);
        const QString path = QStringLiteral("/v1/jobs/%1/outputs/audio/price").arg(id);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject unpaid = price(path);
            QCOMPARE(unpaid.value(QStringLiteral("job")).toString(), id);
            QCOMPARE(unpaid.value(QStringLiteral("output")).toString(), QStringLiteral("audio"));
            QCOMPARE(unpaid.value(QStringLiteral("asset")).toString(), output);
            QCOMPARE(unpaid.value(QStringLiteral("cost_seconds")).toInteger(), 1);
            QCOMPARE(unpaid.value(QStringLiteral("price_seconds")).toInteger(), 1);
            QCOMPARE(unpaid.value(QStringLiteral("paid")).toBool(), false);
            QCOMPARE(unpaid.value(QStringLiteral("balance_seconds")).toInteger(), before);
            QCOMPARE(unpaid.value(QStringLiteral("affordable")).toBool(), true);
            QVERIFY(!unpaid.value(QStringLiteral("buy")).toString().isEmpty());
        }
        QCOMPARE(balance(), before);
        QCOMPARE(price(QStringLiteral("/v1/assets/%1/price").arg(output))
                     .value(QStringLiteral("price_seconds"))
                     .toInteger(),
                 1);

        Client http = api_->client();
        QCOMPARE(http.get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=flac").arg(id)).status,
                 200);
        QCOMPARE(balance(), before - 1);
        for (const QString& paidPath : {path, QStringLiteral("/v1/assets/%1/price").arg(output)}) {
            const QJsonObject paid = price(paidPath);
            QCOMPARE(paid.value(QStringLiteral("paid")).toBool(), true);
            QCOMPARE(paid.value(QStringLiteral("cost_seconds")).toInteger(), 1);
            QCOMPARE(paid.value(QStringLiteral("price_seconds")).toInteger(), 0);
        }
    }

    void theUsersOwnUploadsAreFree() {
        const QJsonObject own = price(QStringLiteral("/v1/assets/%1/price").arg(asset_));
        QCOMPARE(own.value(QStringLiteral("cost_seconds")).toInteger(), 0);
        QCOMPARE(own.value(QStringLiteral("price_seconds")).toInteger(), 0);
        QCOMPARE(own.value(QStringLiteral("affordable")).toBool(), true);
    }

    void unknownJobsOutputsAndAssetsAre404() {
        Client http = api_->client();
        QCOMPARE(http.get(QStringLiteral("/v1/jobs/nope/outputs/audio/price")).status, 404);
        const QString id = finishedJob(-3).value(QStringLiteral("id")).toString();
        QCOMPARE(http.get(QStringLiteral("/v1/jobs/%1/outputs/video/price").arg(id)).status, 404);
        QCOMPARE(http.get(QStringLiteral("/v1/assets/nope/price")).status, 404);
    }

    // A HEAD of a result answers as its GET would (status, type, length, name) and, sending no
    // bytes, charges nothing; the GET after it pays once.
    void aHeadOfAResultChargesNothing() {
        const QJsonObject job = finishedJob(-5);
        const QString id = job.value(QStringLiteral("id")).toString();
        const QString output = job.value(QStringLiteral("outputs"))
                                   .toObject()
                                   .value(QStringLiteral("audio"))
                                   .toString();
        const qint64 before = balance();
        QVERIFY(before > 0);
        Client http = api_->client();
        for (const QString& path : {QStringLiteral("/v1/jobs/%1/outputs/audio?format=wav").arg(id),
                                    QStringLiteral("/v1/assets/%1/content").arg(output)}) {
            const Reply head = http.send("HEAD", path);
            QCOMPARE(head.status, 200);
            QVERIFY(head.body.isEmpty());
            QCOMPARE(head.headers.value("content-type"), QByteArray("audio/wav"));
            QVERIFY(head.headers.value("content-disposition").contains(".wav"));
            const Reply get = http.get(path);
            QCOMPARE(get.status, 200);
            QCOMPARE(head.headers.value("content-length").toLongLong(), get.body.size());
            QCOMPARE(head.headers.value("content-disposition"),
                     get.headers.value("content-disposition"));
            QCOMPARE(balance(), before - 1);  // the first GET paid; the HEADs did not
        }
    }

    // With the balance spent, the price says so, and the download's 402 says how much is
    // missing and where to buy, as fields.
    void aShortBalanceIsToldBeforeAndBy402() {
        const QString id = finishedJob(-4).value(QStringLiteral("id")).toString();
        const qint64 left = balance();
        QVERIFY(api_->host().credits().record(QStringLiteral("usage"), -left,
                                              QStringLiteral("test:spend-everything")));
        QCOMPARE(balance(), 0);
        const QJsonObject short_ = price(QStringLiteral("/v1/jobs/%1/outputs/audio/price").arg(id));
        QCOMPARE(short_.value(QStringLiteral("price_seconds")).toInteger(), 1);
        QCOMPARE(short_.value(QStringLiteral("balance_seconds")).toInteger(), 0);
        QCOMPARE(short_.value(QStringLiteral("affordable")).toBool(), false);

        Client http = api_->client();
        const Reply refused = http.get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(id));
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.json().value(QStringLiteral("needed_seconds")).toInteger(), 1);
        QCOMPARE(refused.json().value(QStringLiteral("balance_seconds")).toInteger(), 0);
        QVERIFY(!refused.json().value(QStringLiteral("buy")).toString().isEmpty());
        QCOMPARE(balance(), 0);
        // A HEAD is refused where its GET would be, with the same head.
        for (const QString& path : {QStringLiteral("/v1/jobs/%1/outputs/audio").arg(id),
                                    QStringLiteral("/v1/assets/%1/content")
                                        .arg(http.get(QStringLiteral("/v1/jobs/") + id)
                                                 .json()
                                                 .value(QStringLiteral("outputs"))
                                                 .toObject()
                                                 .value(QStringLiteral("audio"))
                                                 .toString())}) {
            const Reply head = http.send("HEAD", path);
            QCOMPARE(head.status, 402);
            QVERIFY(head.body.isEmpty());
            QVERIFY(head.headers.value("content-length").toInt() > 0);
        }
    }

    void cleanupTestCase() { api_.reset(); }
};

QTEST_GUILESS_MAIN(TestPriceRoutes)
#include "test_price_routes.moc"
