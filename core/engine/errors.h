#pragma once

#include <QString>
#include <stdexcept>

namespace sonara::core {

// Every error that reaches a user derives from Error and says what was wrong and what to do.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message);
    QString message() const { return QString::fromUtf8(what()); }
};

// A request names something unknown or gives a value out of range; `field` is the offending
// parameter, input or id, so the API can point at it.
class ValidationError : public Error {
public:
    // BadBody: the request itself is unreadable (not JSON, not an object, a broken multipart
    // body); Malformed: a field's value has the wrong type or form.
    enum class Kind { BadBody, Malformed, Unknown, OutOfRange, Missing };
    ValidationError(Kind kind, QString field, const QString& message);
    Kind kind() const { return kind_; }
    const QString& field() const { return field_; }

private:
    Kind kind_;
    QString field_;
};

class NotFoundError : public Error {
public:
    using Error::Error;
};

class ModelNotInstalledError : public Error {
public:
    ModelNotInstalledError(const QString& modelId, const QString& reason = {});
    const QString& modelId() const { return modelId_; }

private:
    QString modelId_;
};

class EngineError : public Error {
public:
    using Error::Error;
};

class JobCancelled : public Error {
public:
    JobCancelled();
};

}  // namespace sonara::core
