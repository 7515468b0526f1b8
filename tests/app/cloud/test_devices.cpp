#include "app/cloud/cloud_test_support.h"
#include "core/account/account_error.h"
#include "core/account/wire_types.h"

#include <QJsonArray>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// Devices, their signed licences, and the signing keys that verify them.
class TestDevices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void devicesAreLimitedAndLicencesSigned();
    void rotatedSigningKeysStayTrusted();
};

void TestDevices::devicesAreLimitedAndLicencesSigned() {
    using namespace sonara::core::account;
    TestServer server;
    server.registerUser(QStringLiteral("dev@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("dev@example.com"));
    const QByteArray publicKey = server.service->signer().publicKey();
    for (int i = 0; i < 3; ++i) {
        const QString device = QStringLiteral("device-%1").arg(i);
        const Reply reply = server.post(QStringLiteral("/v1/devices/activate"),
                                        {{QStringLiteral("device_id"), device}}, token);
        QCOMPARE(reply.status, 201);
        const Licence licence = verifyLicence(
            reply.body.value(QStringLiteral("licence")).toObject(), publicKey, device, now());
        QCOMPARE(licence.deviceId, device);
    }
    QCOMPARE(server
                 .post(QStringLiteral("/v1/devices/activate"),
                       {{QStringLiteral("device_id"), QStringLiteral("device-0")}}, token)
                 .status,
             200);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/devices/activate"),
                       {{QStringLiteral("device_id"), QStringLiteral("device-3")}}, token)
                 .status,
             409);
    QCOMPARE(
        server
            .post(QStringLiteral("/v1/devices/activate"), {{QStringLiteral("device_id"), 3}}, token)
            .status,
        422);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM devices")), 3);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/devices"), {}, token)
                 .body.value(QStringLiteral("devices"))
                 .toArray()
                 .size(),
             3);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/devices/device-1"), {}, token).status, 204);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/devices/device-1"), {}, token).status, 404);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/devices/activate"),
                       {{QStringLiteral("device_id"), QStringLiteral("device-3")}}, token)
                 .status,
             201);
}

void TestDevices::rotatedSigningKeysStayTrusted() {
    using namespace sonara::core::account;
    const crypto::Ed25519Signer retired(QByteArray(32, '\x09'));
    TestServer server(
        [&](CloudConfig& config) { config.signingPreviousPublicKeys = {retired.publicKey()}; });
    server.registerUser(QStringLiteral("rotate@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("rotate@example.com"));
    const QJsonArray published =
        server.call("GET", QStringLiteral("/v1/keys")).body.value(QStringLiteral("keys")).toArray();
    QCOMPARE(published.size(), 2);
    TrustedKeys keys;
    for (const QJsonValue& key : published) {
        const QByteArray raw = QByteArray::fromBase64(
            key.toObject().value(QStringLiteral("public_key")).toString().toLatin1());
        QCOMPARE(key.toObject().value(QStringLiteral("kid")).toString(), TrustedKeys::keyIdOf(raw));
        keys.add(raw);
    }
    // A licence the service signs now, and one the retired key signed before the rotation.
    const Reply activated =
        server.post(QStringLiteral("/v1/devices/activate"),
                    {{QStringLiteral("device_id"), QStringLiteral("d1")}}, token);
    QCOMPARE(activated.status, 201);
    const QJsonObject current = activated.body.value(QStringLiteral("licence")).toObject();
    QCOMPARE(verifyLicence(current, keys, QStringLiteral("d1"), now()).deviceId,
             QStringLiteral("d1"));
    const QByteArray payload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(current.value(QStringLiteral("payload")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .toJson(QJsonDocument::Compact);
    const QJsonObject old{
        {QStringLiteral("alg"), QStringLiteral("Ed25519")},
        {QStringLiteral("kid"), retired.keyId()},
        {QStringLiteral("payload"), QString::fromLatin1(crypto::base64Url(payload))},
        {QStringLiteral("signature"),
         QString::fromLatin1(crypto::base64Url(retired.sign(payload)))}};
    QCOMPARE(verifyLicence(old, keys, QStringLiteral("d1"), now()).deviceId, QStringLiteral("d1"));
    // A studio that trusts only the current key refuses the retired key's documents.
    QVERIFY_THROWS_EXCEPTION(AccountError, verifyLicence(old, server.service->signer().publicKey(),
                                                         QStringLiteral("d1"), now()));
}

QTEST_GUILESS_MAIN(TestDevices)
#include "test_devices.moc"
