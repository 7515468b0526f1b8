#include "app/studio/admin_connection.h"

namespace sonara::studio {

AdminConnection::AdminConnection(const QUrl& serviceUrl, QObject* parent)
    : QObject(parent), state_(std::make_shared<State>()), pool_(new QThreadPool) {
    state_->url = serviceUrl;
    // One thread: calls run in order, and a refresh never races another call's refresh.
    pool_->setMaxThreadCount(1);
}

AdminConnection::~AdminConnection() {
    cancelAll();
    // A call blocked in a sign-in cannot be aborted; closing the window does not wait for it,
    // the pool is left to finish on its own.
    if (pool_->waitForDone(500)) {
        delete pool_;
    }
}

QUrl AdminConnection::serviceUrl() const {
    QMutexLocker lock(&state_->mutex);
    return state_->url;
}

void AdminConnection::setServiceUrl(const QUrl& url) {
    QMutexLocker lock(&state_->mutex);
    state_->url = url;
}

bool AdminConnection::hasTokens() const {
    QMutexLocker lock(&state_->mutex);
    return !state_->tokens.refreshToken.isEmpty();
}

void AdminConnection::forgetTokens() {
    QMutexLocker lock(&state_->mutex);
    state_->tokens = {};
}

void AdminConnection::setTimeout(int milliseconds) {
    state_->timeoutMs = milliseconds;
}

int AdminConnection::timeout() const {
    return state_->timeoutMs.load();
}

void AdminConnection::cancelAll() {
    ++state_->generation;
}

void AdminConnection::started() {
    if (pending_++ == 0) {
        Q_EMIT busyChanged(true);
    }
}

void AdminConnection::finished() {
    if (--pending_ == 0) {
        Q_EMIT busyChanged(false);
    }
}

}  // namespace sonara::studio
