#pragma once

#include "core/account/wire_types.h"

#include <QLockFile>
#include <QString>
#include <QUrl>

#include <optional>

namespace sonara::core::account {

// A sign-in kept between runs: the service, the account and its tokens.
struct StoredSession {
    QUrl serviceUrl;
    QString accountId;
    QString email;
    TokenPair tokens;
};

// The sign-in the studio and `sonara serve` share, in a file only the user can read. Every
// refresh rotates the refresh token and presenting a used one ends the session, so any call
// that may refresh holds the lock (which also works across processes) from reading the tokens
// to writing the rotated ones back.
class SessionFile {
public:
    explicit SessionFile(QString path);

    const QString& path() const { return path_; }
    std::optional<StoredSession> read() const;
    // Throws AccountError when the file cannot be written.
    void write(const StoredSession& session) const;
    void remove() const;

    class Lock {
    public:
        explicit Lock(const SessionFile& file);
        Lock(const Lock&) = delete;
        Lock& operator=(const Lock&) = delete;

    private:
        QLockFile lock_;
    };

private:
    QString path_;
};

}  // namespace sonara::core::account
