#include "core/wire/signed_envelope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sonara::wire {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray fromBase64Url(const QJsonValue& value) {
    auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QJsonObject keyToJson(const SigningKey& key) {
    return {{QStringLiteral("kid"), key.keyId},
            {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64())}};
}

SigningKey keyFromJson(const QJsonObject& json) {
    return {json.value(QStringLiteral("kid")).toString(),
            QByteArray::fromBase64(json.value(QStringLiteral("public_key")).toString().toLatin1())};
}

}  // namespace

QString keyIdOf(const QByteArray& key) {
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject SignedEnvelope::toJson() const {
    return {{QStringLiteral("alg"), algorithm},
            {QStringLiteral("kid"), keyId},
            {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64(kBase64Url))},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64(kBase64Url))}};
}

SignedEnvelope SignedEnvelope::fromJson(const QJsonObject& json) {
    SignedEnvelope envelope;
    envelope.algorithm = json.value(QStringLiteral("alg")).toString();
    envelope.keyId = json.value(QStringLiteral("kid")).toString();
    envelope.payload = fromBase64Url(json.value(QStringLiteral("payload")));
    envelope.signature = fromBase64Url(json.value(QStringLiteral("signature")));
    return envelope;
}

QByteArray payloadBytes(const QJsonObject& payload) {
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QJsonObject SigningKeys::toJson() const {
    QJsonArray list;
    for (const SigningKey& key : keys) {
        list.append(keyToJson(key));
    }
    QJsonObject body = keyToJson(current);
    body.insert(QStringLiteral("alg"), QString::fromLatin1(SignedEnvelope::kEd25519));
    body.insert(QStringLiteral("keys"), list);
    return body;
}

SigningKeys SigningKeys::fromJson(const QJsonObject& json) {
    SigningKeys keys;
    keys.current = keyFromJson(json);
    for (const QJsonValue& key : json.value(QStringLiteral("keys")).toArray()) {
        keys.keys.append(keyFromJson(key.toObject()));
    }
    return keys;
}

}  // namespace sonara::wire
