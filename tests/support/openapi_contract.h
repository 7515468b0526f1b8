#pragma once

// Checks an answer of the local API against its own OpenAPI document: the status must be one
// the route documents, the content type one it documents for that status, and a JSON body (or
// each server-sent event's data, by the route's x-events) must satisfy the schema. The schemas
// are checked with core/engine/json_schema once their $refs are resolved; oneOf is checked as
// anyOf (the API's oneOfs are of disjoint shapes, so that loses nothing here). An object schema
// that lists its properties is closed: a field the server sends must be described.

#include "core/engine/json_schema.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace sonara::test {

class OpenApiContract {
public:
    explicit OpenApiContract(QJsonObject document) : document_(std::move(document)) {}

    // The schema with every "$ref" replaced by what it names, its listed objects closed.
    QJsonValue resolved(const QJsonValue& schema, int depth = 0) const {
        if (depth > 32) {
            return schema;
        }
        if (schema.isArray()) {
            QJsonArray array;
            for (const QJsonValue& entry : schema.toArray()) {
                array.append(resolved(entry, depth + 1));
            }
            return array;
        }
        if (!schema.isObject()) {
            return schema;
        }
        QJsonObject object = schema.toObject();
        const QString ref = object.value(QStringLiteral("$ref")).toString();
        if (!ref.isEmpty()) {
            return resolved(named(ref), depth + 1);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = resolved(it.value(), depth + 1);
        }
        if (object.contains(QStringLiteral("properties")) &&
            !object.contains(QStringLiteral("additionalProperties"))) {
            object.insert(QStringLiteral("additionalProperties"), false);
        }
        if (object.contains(QStringLiteral("oneOf"))) {
            object.insert(QStringLiteral("anyOf"), object.take(QStringLiteral("oneOf")));
        }
        return object;
    }

    // The OpenAPI operation serving `method` on `path` (a concrete path, no query); empty when
    // the document has none.
    QJsonObject operation(const QByteArray& method, const QString& path) const {
        const QJsonObject paths = document_.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}")),
                            QStringLiteral("[^/]+"));
            if (QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                    .match(path)
                    .hasMatch()) {
                const QJsonObject item = it.value().toObject();
                if (item.contains(QString::fromLatin1(method).toLower())) {
                    return item.value(QString::fromLatin1(method).toLower()).toObject();
                }
            }
        }
        return {};
    }

    // What is wrong with this answer, or nothing when the document describes it.
    std::optional<QString> violation(const QByteArray& method, const QString& pathAndQuery,
                                     int status, const QByteArray& contentType,
                                     const QByteArray& body) const {
        const QString path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
        const QString what = QStringLiteral("%1 %2 → %3: ")
                                 .arg(QString::fromLatin1(method), pathAndQuery)
                                 .arg(status);
        // A HEAD is its GET without the body (every GET route answers one).
        const QJsonObject op = operation(method == "HEAD" ? QByteArray("GET") : method, path);
        if (op.isEmpty()) {
            return what + QStringLiteral("no such operation in the document");
        }
        const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
        if (!responses.contains(QString::number(status))) {
            return what + QStringLiteral("status not documented (documented: %1)")
                              .arg(responses.keys().join(QStringLiteral(", ")));
        }
        const QJsonObject content = responses.value(QString::number(status))
                                        .toObject()
                                        .value(QStringLiteral("content"))
                                        .toObject();
        if (body.isEmpty() || method == "HEAD") {
            return std::nullopt;
        }
        if (content.isEmpty()) {
            return what + QStringLiteral("a body where the document says none");
        }
        QString type = QString::fromLatin1(contentType);
        if (!content.contains(type)) {
            type = type.section(QLatin1Char(';'), 0, 0).trimmed();
        }
        if (!content.contains(type)) {
            return what + QStringLiteral("content type %1 not documented (documented: %2)")
                              .arg(QString::fromLatin1(contentType),
                                   content.keys().join(QStringLiteral(", ")));
        }
        const QJsonObject media = content.value(type).toObject();
        if (type == QLatin1String("text/event-stream")) {
            return eventsViolation(what, media, body);
        }
        if (!type.endsWith(QLatin1String("json"))) {
            return std::nullopt;
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            return what + QStringLiteral("the body is not JSON: ") + error.errorString();
        }
        const QJsonValue value = json.isObject() ? QJsonValue(json.object()) : json.array();
        if (const auto wrong = core::schemaViolation(
                value, resolved(media.value(QStringLiteral("schema"))).toObject())) {
            return what + *wrong;
        }
        return std::nullopt;
    }

private:
    QJsonValue named(const QString& ref) const {
        QJsonValue at = document_;
        for (const QString& part : ref.mid(2).split(QLatin1Char('/'))) {
            at = at.toObject().value(part);
        }
        return at;
    }

    std::optional<QString> eventsViolation(const QString& what, const QJsonObject& media,
                                           const QByteArray& body) const {
        const QJsonObject events = resolved(media.value(QStringLiteral("x-events")))
                                       .toObject()
                                       .value(QStringLiteral("properties"))
                                       .toObject();
        if (events.isEmpty()) {
            return what + QStringLiteral("an event stream without x-events");
        }
        QString name;
        for (const QByteArray& line : body.split('\n')) {
            if (line.startsWith("event: ")) {
                name = QString::fromUtf8(line.mid(7));
            } else if (line.startsWith("data: ")) {
                if (!events.contains(name)) {
                    return what + QStringLiteral("undocumented event '%1'").arg(name);
                }
                const QJsonObject data = QJsonDocument::fromJson(line.mid(6)).object();
                if (const auto wrong = core::schemaViolation(data, events.value(name).toObject())) {
                    return what + QStringLiteral("event '%1': %2").arg(name, *wrong);
                }
            }
        }
        return std::nullopt;
    }

    QJsonObject document_;
};

}  // namespace sonara::test
