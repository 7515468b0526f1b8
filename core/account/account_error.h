#pragma once

#include <QString>

#include <stdexcept>

namespace sonara::core::account {

// Every account failure carries a message the studio can show as it is.
class AccountError : public std::runtime_error {
public:
    explicit AccountError(const QString& message, int httpStatus = 0)
        : std::runtime_error(message.toStdString()), httpStatus_(httpStatus) {}
    // The service's HTTP status, 0 when the failure happened on this side.
    int httpStatus() const { return httpStatus_; }

private:
    int httpStatus_;
};

// Not reaching the service, or a service that cannot answer now (timeout, rate limit, 5xx): what
// offline leases are for. A refusal (401, 402, 409, 422) is an answer.
inline bool isUnreachable(const AccountError& error) {
    const int status = error.httpStatus();
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

}  // namespace sonara::core::account
