#pragma once

#include "core/account/account_error.h"
#include "core/account/wire_types.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace sonara::studio {

// Why a call to the account service failed: the service's own words and its HTTP status, 0
// when the service could not be reached.
struct CloudFailure {
    QString message;
    int httpStatus = 0;
};

// Runs `work` on a worker thread, then `done` or `failed` on the thread of `context`, unless
// `context` is gone by then. An AccountError becomes a CloudFailure with the service's status.
template <typename Result>
void runAccountCall(QObject* context, std::function<Result()> work,
                    std::function<void(const Result&)> done,
                    std::function<void(const CloudFailure&)> failed) {
    struct Outcome {
        std::optional<Result> value;
        std::optional<CloudFailure> failure;
    };
    auto* watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done, failed] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.failure) {
            failed(*outcome.failure);
        } else {
            done(*outcome.value);
        }
    });
    // A call still running when its context goes away finishes on its own, so closing a
    // window never waits for the network.
    watcher->setFuture(QtConcurrent::run([work]() {
        Outcome outcome;
        try {
            outcome.value = work();
        } catch (const core::account::AccountError& error) {
            outcome.failure = CloudFailure{QString::fromUtf8(error.what()), error.httpStatus()};
        } catch (const std::exception& error) {
            outcome.failure = CloudFailure{QString::fromUtf8(error.what()), 0};
        }
        return outcome;
    }));
}

// The studio's link to sonara-cloud: the service address and the signed-in tokens, and a way
// to run the blocking account clients off the UI thread. Calls run one at a time, because a
// refresh rotates the refresh token and two refreshes at once would end the session.
template <typename Client>
class CloudSession {
public:
    explicit CloudSession(const QUrl& serviceUrl) : state_(std::make_shared<State>()) {
        state_->serviceUrl = serviceUrl;
    }

    QUrl serviceUrl() const {
        QMutexLocker lock(&state_->mutex);
        return state_->serviceUrl;
    }
    void setServiceUrl(const QUrl& url) {
        QMutexLocker lock(&state_->mutex);
        state_->serviceUrl = url;
    }
    core::account::TokenPair tokens() const {
        QMutexLocker lock(&state_->mutex);
        return state_->tokens;
    }
    void setTokens(const core::account::TokenPair& tokens) {
        QMutexLocker lock(&state_->mutex);
        state_->tokens = tokens;
    }
    void forgetTokens() {
        QMutexLocker lock(&state_->mutex);
        state_->tokens = {};
    }
    bool hasTokens() const { return !tokens().refreshToken.isEmpty(); }

    // Runs `work` with a client of its own on a worker thread, then `done` or `failed`
    // on the thread of `context`, unless `context` is gone by then.
    template <typename Result>
    void run(QObject* context, std::function<Result(Client&)> work,
             std::function<void(const Result&)> done,
             std::function<void(const CloudFailure&)> failed) {
        runAccountCall<Result>(
            context, [state = state_, work]() { return call(*state, work); }, done, failed);
    }

private:
    struct State {
        QMutex serial;  // held for a whole call
        QMutex mutex;   // guards the fields below
        QUrl serviceUrl;
        core::account::TokenPair tokens;
    };
    // Serial, and the rotated tokens are kept even when the call fails.
    template <typename Result>
    static Result call(State& state, const std::function<Result(Client&)>& work) {
        QMutexLocker serial(&state.serial);
        QMutexLocker lock(&state.mutex);
        Client client(state.serviceUrl);
        client.setTokens(state.tokens);
        lock.unlock();
        struct KeepTokens {
            State& state;
            Client& client;
            ~KeepTokens() {
                QMutexLocker relock(&state.mutex);
                state.tokens = client.tokens();
            }
        } keep{state, client};
        return work(client);
    }

    std::shared_ptr<State> state_;
};

// The failure in the user's terms: the service could not be reached, the email or password is
// wrong, or the service's own explanation.
QString describeCloudFailure(const CloudFailure& failure, const QUrl& serviceUrl);

// The service the studio signs in to, from the studio's settings.
QUrl configuredServiceUrl();
void setConfiguredServiceUrl(const QUrl& url);

}  // namespace sonara::studio
