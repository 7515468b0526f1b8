#include "app/cli/input_arguments.h"

#include "app/cli/api_client.h"
#include "app/cli/cli.h"
#include "core/engine/capability.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sonara::cli {
namespace {

using core::CapabilityDescriptor;
using core::InputKind;
using core::InputSpec;

QString knownInputs(const CapabilityDescriptor& descriptor) {
    QStringList ids;
    for (const InputSpec& spec : descriptor.inputs) {
        ids.append(spec.id);
    }
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

std::optional<QString> readTextFile(const QString& path, QString& text) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    }
    text = QString::fromUtf8(file.readAll());
    return std::nullopt;
}

// The value of a text-like input: `@FILE` is the file's content.
std::optional<QString> textValue(const InputSpec& spec, const QString& value, QString& text) {
    if (spec.kind != InputKind::Document && value.startsWith(QLatin1Char('@'))) {
        return readTextFile(value.mid(1), text);
    }
    text = value;
    return std::nullopt;
}

std::optional<QString> addShorthand(const CapabilityDescriptor& descriptor, InputKind kind,
                                    const QString& option, const QStringList& values,
                                    InputArguments& inputs) {
    if (values.isEmpty()) {
        return std::nullopt;
    }
    const InputSpec* spec =
        kind == InputKind::Audio ? descriptor.firstFileInput() : descriptor.firstInput(kind);
    if (!spec) {
        return QStringLiteral("%1 takes no %2 (its inputs: %3)")
            .arg(descriptor.id, option, knownInputs(descriptor));
    }
    if (inputs.contains(spec->id)) {
        return QStringLiteral("'%1' is given twice: with --input and as %2").arg(spec->id, option);
    }
    inputs.insert(spec->id, values);
    return std::nullopt;
}

std::optional<QJsonValue> documentValue(const QString& value, QString& error) {
    QByteArray text = value.toUtf8();
    const QString trimmed = value.trimmed();
    QString source = QStringLiteral("the inline JSON");
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('['))) {
        const QString path = value.startsWith(QLatin1Char('@')) ? value.mid(1) : value;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        text = file.readAll();
        source = path;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                    .arg(source, parseError.errorString())
                    .arg(parseError.offset);
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString placeholder(const InputSpec& spec) {
    switch (spec.kind) {
        case InputKind::Audio:
        case InputKind::Video:
        case InputKind::Image:
            return QStringLiteral("FILE");
        case InputKind::Text:
            return QStringLiteral("TEXT");
        case InputKind::Choice:
            return spec.choices.isEmpty()
                       ? QStringLiteral("VALUE")
                       : spec.choices.mid(0, 4).join(QLatin1Char('|')) +
                             (spec.choices.size() > 4 ? QStringLiteral("|...") : QString());
        case InputKind::Voice:
            return QStringLiteral("VOICE");
        case InputKind::Document:
            return QStringLiteral("FILE.json");
    }
    return {};
}

}  // namespace

std::optional<QString> collectInputs(const CapabilityDescriptor& descriptor,
                                     const QStringList& assignments, const QStringList& files,
                                     const QString& text, const QString& voice,
                                     InputArguments& inputs) {
    for (const QString& assignment : assignments) {
        const int equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return QStringLiteral("--input takes NAME=VALUE; got '%1'").arg(assignment);
        }
        const QString id = assignment.left(equals);
        const InputSpec* spec = descriptor.input(id);
        if (!spec) {
            return QStringLiteral("%1 has no input '%2'; its inputs: %3")
                .arg(descriptor.id, id, knownInputs(descriptor));
        }
        QString value;
        if (const auto error = textValue(*spec, assignment.mid(equals + 1), value)) {
            return error;
        }
        inputs[id].append(value);
    }
    if (const auto error = addShorthand(descriptor, InputKind::Audio, QStringLiteral("input file"),
                                        files, inputs)) {
        return error;
    }
    if (const auto error =
            addShorthand(descriptor, InputKind::Text, QStringLiteral("--text"),
                         text.isNull() ? QStringList() : QStringList{text}, inputs)) {
        return error;
    }
    return addShorthand(descriptor, InputKind::Voice, QStringLiteral("--voice"),
                        voice.isEmpty() ? QStringList() : QStringList{voice}, inputs);
}

std::optional<QJsonObject> inputsToJson(ApiClient& api, const CapabilityDescriptor& descriptor,
                                        const InputArguments& inputs, QString& error,
                                        int& exitCode) {
    QJsonObject json;
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it) {
        const InputSpec* spec = descriptor.input(it.key());
        if (!spec) {
            continue;
        }
        if (!core::isFileInput(spec->kind)) {
            if (spec->kind == InputKind::Document) {
                const std::optional<QJsonValue> document = documentValue(it->last(), error);
                if (!document) {
                    error = QStringLiteral("input '%1': %2").arg(spec->id, error);
                    exitCode = kUsage;
                    return std::nullopt;
                }
                json.insert(spec->id, *document);
            } else {
                json.insert(spec->id, it->last());
            }
            continue;
        }
        QJsonArray ids;
        for (const QString& path : *it) {
            if (QFileInfo(path).isDir()) {
                error = QStringLiteral(
                            "%1 is a folder; give a file (for every file of a folder, "
                            "see sonara batch --help)")
                            .arg(path);
                exitCode = kUsage;
                return std::nullopt;
            }
            if (!QFileInfo(path).isFile()) {
                error = QStringLiteral("cannot read %1: there is no such file").arg(path);
                exitCode = kUsage;
                return std::nullopt;
            }
            const ApiReply uploaded = api.upload(path);
            if (!uploaded.ok()) {
                // A file the server refuses (unreadable audio, too large) is the user's to fix.
                error = QStringLiteral("input '%1': cannot use %2: %3")
                            .arg(spec->id, path, uploaded.message());
                exitCode = exitCodeFor(uploaded);
                return std::nullopt;
            }
            ids.append(uploaded.json().value(QStringLiteral("id")));
        }
        json.insert(spec->id, spec->multiple ? QJsonValue(ids) : ids.first());
    }
    return json;
}

QString inputsUsage(const CapabilityDescriptor& descriptor) {
    QStringList parts;
    const InputSpec* file = descriptor.firstFileInput();
    const InputSpec* text = descriptor.firstInput(InputKind::Text);
    const InputSpec* voice = descriptor.firstInput(InputKind::Voice);
    for (const InputSpec& spec : descriptor.inputs) {
        QString part;
        if (&spec == file) {
            part = spec.multiple ? QStringLiteral("INPUT...") : QStringLiteral("INPUT");
        } else if (&spec == text) {
            part = QStringLiteral("--text TEXT");
        } else if (&spec == voice) {
            part = QStringLiteral("--voice VOICE");
        } else {
            part = QStringLiteral("--input %1=%2").arg(spec.id, placeholder(spec));
        }
        parts.append(spec.required ? part : QLatin1Char('[') + part + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QStringList inputsHelp(const CapabilityDescriptor& descriptor) {
    QStringList lines;
    for (const InputSpec& spec : descriptor.inputs) {
        lines << QStringLiteral("  --input %1=%2  (%3%4)\n      %5")
                     .arg(spec.id, placeholder(spec), core::inputKindName(spec.kind),
                          spec.required ? QString() : QStringLiteral(", optional"), spec.help);
    }
    return lines;
}

}  // namespace sonara::cli
