#include "core/engine/input_validation.h"

#include "core/engine/errors.h"
#include "core/engine/json_schema.h"
#include "core/engine/voice_library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sonara::core {
namespace {

using Kind = ValidationError::Kind;

constexpr qsizetype kMaxDocumentBytes = 8 * 1024 * 1024;

// How a client gives an input of this kind, for messages that say what to do.
QString howToGive(const QString& capability, const InputSpec& spec) {
    switch (spec.kind) {
        case InputKind::Audio:
        case InputKind::Video:
        case InputKind::Image:
            return QStringLiteral(
                       "give the file as inputs.%1 (an uploaded asset's id) or with "
                       "sonara run %2 --input %1=FILE")
                .arg(spec.id, capability);
        case InputKind::Text:
            return QStringLiteral("give it as inputs.%1 or with sonara run %2 --input %1=TEXT")
                .arg(spec.id, capability);
        case InputKind::Choice:
            return spec.choices.isEmpty()
                       ? QStringLiteral("give it as inputs.%1").arg(spec.id)
                       : QStringLiteral("give one of %1 as inputs.%2")
                             .arg(spec.choices.join(QStringLiteral(", ")), spec.id);
        case InputKind::Voice:
            return QStringLiteral(
                       "give a voice of your voice library (sonara voices list) as "
                       "inputs.%1")
                .arg(spec.id);
        case InputKind::Document:
            return QStringLiteral(
                       "give a JSON document as inputs.%1 or with sonara run %2 "
                       "--input %1=FILE.json")
                .arg(spec.id, capability);
    }
    return {};
}

bool isGiven(const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        return false;
    }
    if (value.typeId() == QMetaType::QString) {
        return !value.toString().isEmpty();
    }
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        return !value.toList().isEmpty();
    }
    return true;
}

QString stringValue(const InputSpec& spec, const QVariant& value) {
    if (value.typeId() != QMetaType::QString) {
        throw ValidationError(Kind::Malformed, spec.id,
                              QStringLiteral("input '%1' must be a text value").arg(spec.id));
    }
    return value.toString();
}

QStringList validateFiles(const QString& capability, const InputSpec& spec, const QVariant& value) {
    QStringList given;
    if (value.typeId() == QMetaType::QString) {
        given.append(value.toString());
    } else if (value.typeId() == QMetaType::QStringList ||
               value.typeId() == QMetaType::QVariantList) {
        for (const QVariant& entry : value.toList()) {
            if (entry.typeId() != QMetaType::QString || entry.toString().isEmpty()) {
                throw ValidationError(Kind::Malformed, spec.id,
                                      QStringLiteral("input '%1' must list files").arg(spec.id));
            }
            given.append(entry.toString());
        }
    } else {
        throw ValidationError(Kind::Malformed, spec.id,
                              QStringLiteral("input '%1' must be a file; %2")
                                  .arg(spec.id, howToGive(capability, spec)));
    }
    if (!spec.multiple && given.size() > 1) {
        throw ValidationError(Kind::OutOfRange, spec.id,
                              QStringLiteral("%1 takes one %2 file as '%3'; got %4")
                                  .arg(capability, inputKindName(spec.kind), spec.id)
                                  .arg(given.size()));
    }
    QStringList paths;
    for (const QString& path : given) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable()) {
            throw ValidationError(
                Kind::Missing, spec.id,
                QStringLiteral("input file '%1' does not exist or cannot be read").arg(path));
        }
        paths.append(file.absoluteFilePath());
    }
    return paths;
}

QString validateText(const QString& capability, const InputSpec& spec, const QVariant& value) {
    const QString text = stringValue(spec, value);
    if (spec.required && text.trimmed().isEmpty()) {
        throw ValidationError(Kind::Missing, spec.id,
                              QStringLiteral("%1 needs a non-empty %2; %3")
                                  .arg(capability, spec.id, howToGive(capability, spec)));
    }
    if (text.size() > spec.maxCharacters) {
        throw ValidationError(Kind::OutOfRange, spec.id,
                              QStringLiteral("the %1 has %2 characters; the limit is %3")
                                  .arg(spec.id)
                                  .arg(text.size())
                                  .arg(spec.maxCharacters));
    }
    return text;
}

QString validateChoice(const QString& capability, const InputSpec& spec, const QVariant& value) {
    const QString choice = stringValue(spec, value).trimmed();
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    const bool accepted = spec.choices.isEmpty() ? identifier.match(choice).hasMatch()
                                                 : spec.choices.contains(choice);
    if (!accepted) {
        throw ValidationError(Kind::OutOfRange, spec.id,
                              QStringLiteral("'%1' is not a valid %2; %3")
                                  .arg(choice.left(64), spec.id, howToGive(capability, spec)));
    }
    return choice;
}

QString validateVoice(const InputSpec& spec, const QVariant& value, const VoiceLibrary* voices,
                      JobInputs& validated) {
    const QString name = stringValue(spec, value).trimmed();
    if (!voices) {
        return name;
    }
    const std::optional<Voice> voice = voices->findByIdOrName(name);
    if (!voice) {
        throw ValidationError(Kind::Unknown, spec.id,
                              QStringLiteral("there is no voice '%1' in your voice library; "
                                             "sonara voices list (or GET /v1/voices) shows them")
                                  .arg(name));
    }
    if (!voice->consent.isGiven()) {
        throw ValidationError(Kind::OutOfRange, spec.id,
                              QStringLiteral("the voice '%1' has no recorded consent and cannot be "
                                             "used; record it in the studio's voice library or "
                                             "with sonara voices consent \"%1\" --by NAME")
                                  .arg(voice->name));
    }
    validated.setVoiceSamples(spec.id, voices->samplePaths(*voice));
    validated.setVoiceCacheDirectory(spec.id, voices->cacheDirectory(*voice));
    return voice->id;
}

QJsonValue validateDocument(const QString& capability, const InputSpec& spec,
                            const QVariant& value) {
    QJsonValue document;
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
        const QByteArray text = value.toByteArray();
        if (text.size() > kMaxDocumentBytes) {
            throw ValidationError(Kind::OutOfRange, spec.id,
                                  QStringLiteral("the document '%1' is larger than %2 MB")
                                      .arg(spec.id)
                                      .arg(kMaxDocumentBytes / (1024 * 1024)));
        }
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            throw ValidationError(Kind::Malformed, spec.id,
                                  QStringLiteral("input '%1' is not valid JSON (%2 at offset "
                                                 "%3); %4")
                                      .arg(spec.id, error.errorString())
                                      .arg(error.offset)
                                      .arg(howToGive(capability, spec)));
        }
        document = parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object());
    } else {
        document = QJsonValue::fromVariant(value);
    }
    if (auto problem = schemaViolation(document, spec.schema)) {
        throw ValidationError(Kind::OutOfRange, spec.id,
                              QStringLiteral("input '%1' %2").arg(spec.id, *problem));
    }
    return document;
}

void rejectUnknown(const CapabilityDescriptor& descriptor, const JobInputs& raw) {
    for (const QString& id : raw.ids()) {
        if (descriptor.input(id) || !isGiven(raw.value(id))) {
            continue;
        }
        QStringList known;
        for (const InputSpec& spec : descriptor.inputs) {
            known.append(spec.id);
        }
        throw ValidationError(
            Kind::Unknown, id,
            known.isEmpty()
                ? QStringLiteral("%1 takes no inputs; remove '%2'").arg(descriptor.id, id)
                : QStringLiteral("%1 takes no input '%2'; its inputs are %3")
                      .arg(descriptor.id, id, known.join(QStringLiteral(", "))));
    }
}

}  // namespace

JobInputs validateInputs(const CapabilityDescriptor& descriptor, const JobInputs& raw,
                         const VoiceLibrary* voices) {
    rejectUnknown(descriptor, raw);
    JobInputs validated;
    for (const InputSpec& spec : descriptor.inputs) {
        const QVariant value = raw.value(spec.id);
        if (!isGiven(value)) {
            if (spec.required) {
                throw ValidationError(Kind::Missing, spec.id,
                                      QStringLiteral("%1 needs the input '%2' (%3); %4")
                                          .arg(descriptor.id, spec.id, inputKindName(spec.kind),
                                               howToGive(descriptor.id, spec)));
            }
            continue;
        }
        switch (spec.kind) {
            case InputKind::Audio:
            case InputKind::Video:
            case InputKind::Image:
                validated.setFiles(spec.id, validateFiles(descriptor.id, spec, value));
                break;
            case InputKind::Text:
                validated.setText(spec.id, validateText(descriptor.id, spec, value));
                break;
            case InputKind::Choice:
                validated.setText(spec.id, validateChoice(descriptor.id, spec, value));
                break;
            case InputKind::Voice:
                validated.setText(spec.id, validateVoice(spec, value, voices, validated));
                break;
            case InputKind::Document:
                validated.setDocument(spec.id, validateDocument(descriptor.id, spec, value));
                break;
        }
    }
    return validated;
}

}  // namespace sonara::core
