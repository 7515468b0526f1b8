#pragma once

#include "core/account/wire_types.h"

#include <QUrl>
#include <optional>

namespace sonara::studio {

// The sign-in the studio keeps between runs: the service and its refresh token, in a file only
// the user can read ($XDG_CONFIG_HOME/sonara/account-session), like the local API token.
struct RememberedSession {
    QUrl serviceUrl;
    QString refreshToken;
};

std::optional<RememberedSession> rememberedSession();
// Best effort: a session that cannot be saved only means signing in again next time.
void rememberSession(const QUrl& serviceUrl, const core::account::TokenPair& tokens);
void forgetRememberedSession();

}  // namespace sonara::studio
