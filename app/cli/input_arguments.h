#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace sonara::core {
struct CapabilityDescriptor;
}  // namespace sonara::core

namespace sonara::cli {

class ApiClient;

// A job's inputs as given on the command line, by input id, before upload: file paths for
// file inputs, the text for the others (a document as a file path or inline JSON).
using InputArguments = QMap<QString, QStringList>;

// What `sonara run` and `sonara batch` accept for inputs: `--input NAME=VALUE` (repeatable;
// `NAME=@FILE` reads a text from FILE), and the shorthands: positional FILEs for the first
// audio/video input, --text for the first text input, --voice for the first voice input.
// Returns the message for a bad argument (an input the capability does not have, a shorthand
// it takes nothing for, a file that cannot be read).
std::optional<QString> collectInputs(const core::CapabilityDescriptor& descriptor,
                                     const QStringList& assignments, const QStringList& files,
                                     const QString& text, const QString& voice,
                                     InputArguments& inputs);

// The request's `inputs` object: uploads file inputs (their asset ids go in), parses
// documents. On failure sets `error` to the reason and `exitCode` to the exit status.
std::optional<QJsonObject> inputsToJson(ApiClient& api,
                                        const core::CapabilityDescriptor& descriptor,
                                        const InputArguments& inputs, QString& error,
                                        int& exitCode);

// One usage line's worth of the capability's inputs, e.g. "INPUT --input language=CHOICE".
QString inputsUsage(const core::CapabilityDescriptor& descriptor);
// Help lines, one per input.
QStringList inputsHelp(const core::CapabilityDescriptor& descriptor);

}  // namespace sonara::cli
