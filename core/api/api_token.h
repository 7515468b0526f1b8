#pragma once

#include <QByteArray>
#include <QString>

namespace sonara::core::api {

// The local API's bearer token: 256 random bits, kept in a file only the user can read.
class ApiToken {
public:
    // <config dir>/api-token (QStandardPaths, honours XDG_CONFIG_HOME).
    static QString defaultPath();
    // Reads the token file, creating it with a fresh token (mode 0600) when absent.
    static QByteArray loadOrCreate(const QString& path = defaultPath());
    // Replaces the token; clients holding the old one are refused from then on.
    static QByteArray rotate(const QString& path = defaultPath());
    // A fresh token that is never written anywhere (a headless server living for one command).
    static QByteArray generate();
    // Compares in constant time.
    static bool matches(const QByteArray& expected, const QByteArray& presented);
};

}  // namespace sonara::core::api
