#include "core/api/route_table.h"

namespace sonara::core::api {

void RouteTable::add(const QByteArray& method, const QString& pathTemplate) {
    QString pattern = QRegularExpression::escape(pathTemplate);
    // escape() turned "{job}" into "\{job\}": each such parameter matches one path segment.
    pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}")),
                    QStringLiteral("[^/]+"));
    routes_.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern))});
}

QStringList RouteTable::methodsFor(const QString& path) const {
    QStringList methods;
    for (const Route& route : routes_) {
        const QString method = QString::fromLatin1(route.method);
        if (!methods.contains(method) && route.pattern.match(path).hasMatch()) {
            methods.append(method);
        }
    }
    methods.sort();
    return methods;
}

}  // namespace sonara::core::api
