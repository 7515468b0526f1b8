#pragma once

#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "support/api_test_client.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace sonara::test {

// A real engine host and local API server on a loopback port, over a folder of its own (a
// temporary one unless named): what the API tests share. `prepare` runs before the job queue
// starts (register a test capability, install a model). stop() and start() again on the same
// folder is a server restart.
class LocalApiFixture {
public:
    explicit LocalApiFixture(QString directory = {})
        : directory_(directory.isEmpty() ? temporary_.path() : std::move(directory)) {}

    // Whether it listens; throws what the server's constructor or listen() throws.
    bool start(const std::function<void(core::EngineHost&)>& prepare = {},
               const core::api::LocalApiOptions& options = {}) {
        if (directory_.isEmpty())
            return false;
        core::EngineHostOptions hostOptions;
        hostOptions.dataDirectory = path(QStringLiteral("data"));
        host_ = std::make_unique<core::EngineHost>(hostOptions);
        if (prepare)
            prepare(*host_);
        host_->jobs().start();
        token_ = core::api::ApiToken::loadOrCreate(path(QStringLiteral("config/api-token")));
        server_ = std::make_unique<core::api::LocalApiServer>(*host_, token_, options);
        port_ = server_->listen(0);
        return port_ > 0;
    }

    void stop() {
        server_.reset();
        host_.reset();
    }

    Client client() const { return Client(port_, token_); }
    core::EngineHost& host() { return *host_; }
    quint16 port() const { return port_; }
    const QByteArray& token() const { return token_; }
    QString path(const QString& name) const { return directory_ + QLatin1Char('/') + name; }
    QString folder() const { return directory_; }

private:
    QTemporaryDir temporary_;
    QString directory_;
    std::unique_ptr<core::EngineHost> host_;
    std::unique_ptr<core::api::LocalApiServer> server_;
    QByteArray token_;
    quint16 port_ = 0;
};

}  // namespace sonara::test
