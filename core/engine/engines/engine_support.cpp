#include "core/engine/engines/engine_support.h"

#include "core/engine/errors.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <utility>

namespace sonara::core::engine_support {
namespace {

ParameterSpec baseParameter(const QString& id, const QString& title, ParameterType type,
                            const QVariant& defaultValue, const QString& help) {
    ParameterSpec spec;
    spec.id = id;
    spec.title = title;
    spec.type = type;
    spec.defaultValue = defaultValue;
    spec.help = help;
    return spec;
}

QVariant rawValue(const QVariantMap& parameters, const ParameterSpec& spec) {
    return parameters.value(spec.id, spec.defaultValue);
}

[[noreturn]] void throwOutOfRange(const ParameterSpec& spec, const QVariant& value) {
    QString allowed;
    if (spec.type == ParameterType::Choice) {
        allowed = QStringLiteral("one of %1").arg(spec.choices.join(QStringLiteral(", ")));
    } else if (spec.type == ParameterType::Boolean) {
        allowed = QStringLiteral("true or false");
    } else {
        allowed = QStringLiteral("a number from %1 to %2").arg(*spec.minimum).arg(*spec.maximum);
        if (!spec.unit.isEmpty()) {
            allowed += QLatin1Char(' ') + spec.unit;
        }
    }
    throw EngineError(
        QStringLiteral("%1 '%2' is not allowed: set %3 (%4) to %5")
            .arg(spec.title, value.toString(), spec.title.toLower(), spec.id, allowed));
}

double checkedNumber(const QVariantMap& parameters, const ParameterSpec& spec) {
    const QVariant value = rawValue(parameters, spec);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < *spec.minimum || number > *spec.maximum) {
        throwOutOfRange(spec, value);
    }
    return number;
}

}  // namespace

ParameterSpec integerParameter(const QString& id, const QString& title, qlonglong defaultValue,
                               qlonglong minimum, qlonglong maximum, const QString& unit,
                               const QString& help) {
    ParameterSpec spec = baseParameter(id, title, ParameterType::Integer, defaultValue, help);
    spec.minimum = static_cast<double>(minimum);
    spec.maximum = static_cast<double>(maximum);
    spec.unit = unit;
    return spec;
}

ParameterSpec numberParameter(const QString& id, const QString& title, double defaultValue,
                              double minimum, double maximum, const QString& unit,
                              const QString& help) {
    ParameterSpec spec = baseParameter(id, title, ParameterType::Number, defaultValue, help);
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.unit = unit;
    return spec;
}

ParameterSpec choiceParameter(const QString& id, const QString& title, const QString& defaultValue,
                              const QStringList& choices, const QString& help) {
    ParameterSpec spec = baseParameter(id, title, ParameterType::Choice, defaultValue, help);
    spec.choices = choices;
    return spec;
}

ParameterSpec booleanParameter(const QString& id, const QString& title, bool defaultValue,
                               const QString& help) {
    return baseParameter(id, title, ParameterType::Boolean, defaultValue, help);
}

qlonglong integerValue(const QVariantMap& parameters, const ParameterSpec& spec) {
    const double number = checkedNumber(parameters, spec);
    if (number != std::floor(number)) {
        throwOutOfRange(spec, rawValue(parameters, spec));
    }
    return static_cast<qlonglong>(number);
}

double numberValue(const QVariantMap& parameters, const ParameterSpec& spec) {
    return checkedNumber(parameters, spec);
}

QString choiceValue(const QVariantMap& parameters, const ParameterSpec& spec) {
    const QVariant value = rawValue(parameters, spec);
    const QString text = value.toString();
    if (!spec.choices.contains(text)) {
        throwOutOfRange(spec, value);
    }
    return text;
}

bool booleanValue(const QVariantMap& parameters, const ParameterSpec& spec) {
    const QVariant value = rawValue(parameters, spec);
    if (value.typeId() != QMetaType::Bool) {
        throwOutOfRange(spec, value);
    }
    return value.toBool();
}

OutputFileGuard::OutputFileGuard(QString path) : path_(std::move(path)) {}

OutputFileGuard::~OutputFileGuard() {
    if (!released_) {
        QFile::remove(path_);
    }
}

ProgressBand::ProgressBand(JobContext& context, double from, double to, double totalSeconds,
                           QString stage)
    : context_(context),
      from_(from),
      to_(to),
      total_(std::max(totalSeconds, 1e-3)),
      stage_(std::move(stage)) {}

bool ProgressBand::report(double seconds) {
    const double share = std::clamp(seconds / total_, 0.0, 1.0);
    return context_.progress(from_ + (to_ - from_) * share, stage_);
}

QString recordingInput(const ValidatedJob& job) {
    const QString path = job.inputs.file(QStringLiteral("audio"));
    if (path.isEmpty()) {
        throw EngineError(QStringLiteral("no recording to transcribe: add an audio file"));
    }
    return path;
}

EngineError unreadableAudio(const QString& path, const audio::AudioError& error,
                            const QString& what) {
    return EngineError(QStringLiteral("cannot %1 %2: %3. Choose a recording in a format "
                                      "FFmpeg can read, such as WAV, FLAC, MP3 or M4A")
                           .arg(what, QFileInfo(path).fileName(), error.reason()));
}

QList<EngineOutput> finishTranscript(const ValidatedJob& job, Transcript transcript,
                                     JobContext& context) {
    if (!job.parameters.value(QStringLiteral("word_timestamps"), true).toBool()) {
        for (TranscriptSegment& segment : transcript.segments) {
            segment.words.clear();
        }
    }
    context.throwIfCancelled();
    const QString path = context.outputPath(QStringLiteral("transcript.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(transcript.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        throw EngineError(QStringLiteral("could not save the transcript to %1: %2. Free some "
                                         "disk space or check the folder's permissions")
                              .arg(path, file.errorString()));
    }
    context.workDone();
    return {EngineOutput{QStringLiteral("transcript"), path}};
}

qint64 sttVramEstimate(qint64 modelBytes) {
    return modelBytes + modelBytes / 2;
}

}  // namespace sonara::core::engine_support
