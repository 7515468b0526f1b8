#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace sonara::core::api {

// The routes an API serves, by method and OpenAPI path template ("/v1/jobs/{job}"), so that a
// request no route takes can be told apart: a path served under other methods (405 with Allow)
// from a path that does not exist (404).
class RouteTable {
public:
    void add(const QByteArray& method, const QString& pathTemplate);
    // The methods that serve `path`, sorted; empty when no route has this path.
    QStringList methodsFor(const QString& path) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
    };
    QList<Route> routes_;
};

}  // namespace sonara::core::api
