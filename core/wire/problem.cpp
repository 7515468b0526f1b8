#include "core/wire/problem.h"

#include <QJsonDocument>

namespace sonara::wire {

QJsonObject Problem::toJson() const {
    QJsonObject body = extensions;
    body.insert(QStringLiteral("type"), QStringLiteral("about:blank"));
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("detail"), detail);
    if (!field.isEmpty()) {
        body.insert(QStringLiteral("field"), field);
    }
    return body;
}

QByteArray Problem::toBytes() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Problem Problem::fromJson(const QJsonObject& json, int status) {
    Problem problem;
    problem.status = status;
    problem.title = json.value(QStringLiteral("title")).toString();
    problem.detail = json.value(QStringLiteral("detail")).toString();
    problem.field = json.value(QStringLiteral("field")).toString();
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList kStandard{QStringLiteral("type"), QStringLiteral("title"),
                                           QStringLiteral("status"), QStringLiteral("detail"),
                                           QStringLiteral("field")};
        if (!kStandard.contains(it.key())) {
            problem.extensions.insert(it.key(), it.value());
        }
    }
    return problem;
}

}  // namespace sonara::wire
