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

}  // namespace sonara::core::account
