#pragma once

#include "app/studio/cloud_session.h"
#include "core/account/admin_client.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sonara::studio {

// The admin window's link to sonara-cloud: the address, the administrator's tokens, and a
// thread of its own on which the blocking AdminClient calls run one after another, so that the
// window never waits for the network and never takes threads the rest of the studio needs.
// cancelAll() aborts the call waiting for an answer and drops the queued ones.
class AdminConnection : public QObject {
    Q_OBJECT
public:
    explicit AdminConnection(const QUrl& serviceUrl, QObject* parent = nullptr);
    ~AdminConnection() override;

    QUrl serviceUrl() const;
    void setServiceUrl(const QUrl& url);
    bool hasTokens() const;
    void forgetTokens();
    // How long one request waits for an answer.
    void setTimeout(int milliseconds);
    int timeout() const;
    // Calls queued or running.
    int pending() const { return pending_; }

    // Runs `work` on the connection's thread, then `done` or `failed` on the UI thread. A
    // cancelled call fails with httpStatus AdminClient::kCancelled.
    template <typename Result>
    void run(std::function<Result(core::account::AdminClient&)> work,
             std::function<void(const Result&)> done,
             std::function<void(const CloudFailure&)> failed);

public Q_SLOTS:
    void cancelAll();

Q_SIGNALS:
    // True when a call starts while none ran, false when the last one ends.
    void busyChanged(bool busy);

private:
    struct State {
        QMutex mutex;  // guards url and tokens
        QUrl url;
        core::account::TokenPair tokens;
        std::atomic<int> timeoutMs{core::account::AdminClient::kDefaultTimeoutMs};
        std::atomic<int> generation{0};  // bumped by cancelAll()
    };
    template <typename Result>
    static Result call(const std::shared_ptr<State>& state, int generation,
                       const std::function<Result(core::account::AdminClient&)>& work);
    void started();
    void finished();

    std::shared_ptr<State> state_;
    QThreadPool* pool_;
    int pending_ = 0;
};

template <typename Result>
Result AdminConnection::call(const std::shared_ptr<State>& state, int generation,
                             const std::function<Result(core::account::AdminClient&)>& work) {
    using core::account::AdminClient;
    if (state->generation.load() != generation) {
        throw core::account::AccountError(QStringLiteral("cancelled"), AdminClient::kCancelled);
    }
    QMutexLocker lock(&state->mutex);
    AdminClient client(state->url);
    client.setTokens(state->tokens);
    lock.unlock();
    client.setTimeout(state->timeoutMs.load());
    client.setCancelCheck([state, generation] { return state->generation.load() != generation; });
    // Rotated tokens are kept even when the call fails.
    struct KeepTokens {
        State& state;
        AdminClient& client;
        ~KeepTokens() {
            QMutexLocker relock(&state.mutex);
            state.tokens = client.tokens();
        }
    } keep{*state, client};
    return work(client);
}

template <typename Result>
void AdminConnection::run(std::function<Result(core::account::AdminClient&)> work,
                          std::function<void(const Result&)> done,
                          std::function<void(const CloudFailure&)> failed) {
    struct Outcome {
        std::optional<Result> value;
        std::optional<CloudFailure> failure;
    };
    started();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done, failed] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        finished();
        if (outcome.failure) {
            failed(*outcome.failure);
        } else {
            done(*outcome.value);
        }
    });
    const int generation = state_->generation.load();
    watcher->setFuture(QtConcurrent::run(pool_, [state = state_, generation, work]() {
        Outcome outcome;
        try {
            outcome.value = call<Result>(state, generation, work);
        } catch (const core::account::AccountError& error) {
            outcome.failure = CloudFailure{QString::fromUtf8(error.what()), error.httpStatus()};
        } catch (const std::exception& error) {
            outcome.failure = CloudFailure{QString::fromUtf8(error.what()), 0};
        }
        return outcome;
    }));
}

}  // namespace sonara::studio
