#pragma once

#include <stdexcept>
#include <string>

namespace sonara::models {

// Every failure in models/ is one of these, with a message written for the person who has to act
// on it (which tensor, which shape, which file).
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message);
};

// Thrown when a progress callback returns false; callers treat it as a user decision, not a fault.
class Cancelled : public Error {
public:
    explicit Cancelled(const std::string& stage);
};

}  // namespace sonara::models
