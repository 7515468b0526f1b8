#include "core/engine/engines/marian_translate_engine.h"

#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "models/common/error.h"
#include "models/marian/marian.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sonara::core {
namespace {

using namespace engine_support;

const QString kArchitecture = QStringLiteral("marian");
const QString kEnglish = QStringLiteral("en");
constexpr qint64 kVramBytes = 600'000'000;
constexpr double kLoadedAt = 0.1;

QString engineTitle() {
    return QStringLiteral("Marian translation");
}

// "en-US", "de_DE", " DE " -> "en", "de", "de"; "auto" and "" stay as they are.
QString languageCode(const QString& value) {
    const QString code = value.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return cut > 0 ? code.left(cut) : code;
}

QJsonObject readJsonObject(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The segments to translate: the transcript input's, or one per non-empty line of the text.
Transcript sourceTranscript(const ValidatedJob& job) {
    const bool hasText = !job.inputs.text(QStringLiteral("text")).trimmed().isEmpty();
    const bool hasTranscript = job.inputs.has(QStringLiteral("transcript")) &&
                               job.inputs.document(QStringLiteral("transcript")).isObject();
    if (hasText && hasTranscript) {
        throw EngineError(
            QStringLiteral("translate takes a text or a transcript, not both: "
                           "remove the text input or the transcript input"));
    }
    if (!hasText && !hasTranscript) {
        throw EngineError(
            QStringLiteral("translate needs something to translate: give the text "
                           "input (one segment per line) or the transcript input "
                           "(JSON from speech to text)"));
    }
    if (hasTranscript) {
        Transcript transcript =
            Transcript::fromJson(job.inputs.document(QStringLiteral("transcript")).toObject());
        for (TranscriptSegment& segment : transcript.segments) {
            if (segment.text.trimmed().isEmpty()) {
                QStringList words;
                for (const TranscriptWord& word : segment.words) {
                    words.append(word.text.trimmed());
                }
                segment.text = words.join(QLatin1Char(' '));
            }
        }
        return transcript;
    }
    Transcript transcript;
    const QStringList lines = job.inputs.text(QStringLiteral("text")).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            TranscriptSegment segment;
            segment.text = line.trimmed();
            transcript.segments.append(segment);
        }
    }
    return transcript;
}

QString sourceLanguageOf(const ValidatedJob& job, const Transcript& transcript) {
    const QString given =
        languageCode(job.parameters.value(QStringLiteral("source_language")).toString());
    if (!given.isEmpty() && given != QLatin1String("auto")) {
        return given;
    }
    if (!languageCode(transcript.language).isEmpty()) {
        return languageCode(transcript.language);
    }
    if (job.model) {
        if (const auto pair = marianLanguagePair(*job.model)) {
            return pair->source;
        }
    }
    throw EngineError(
        QStringLiteral("the source language is unknown: set source_language to a "
                       "code such as en or de"));
}

QString targetLanguageOf(const ValidatedJob& job) {
    const QString given =
        languageCode(job.parameters.value(QStringLiteral("target_language")).toString());
    if (!given.isEmpty() && given != QLatin1String("auto")) {
        return given;
    }
    if (job.model) {
        if (const auto pair = marianLanguagePair(*job.model)) {
            return pair->target;
        }
    }
    throw EngineError(
        QStringLiteral("the target language is unknown: set target_language to a "
                       "code such as de or hi"));
}

QList<InstalledModel> installedMarianModels(const ValidatedJob& job, JobContext& context) {
    QList<InstalledModel> models;
    if (context.capabilities().models) {
        for (const InstalledModel& model : context.capabilities().models->installedModels()) {
            if (model.architecture == kArchitecture) {
                models.append(model);
            }
        }
    }
    if (models.isEmpty() && job.model) {
        models.append(*job.model);
    }
    return models;
}

EngineError noRoute(const QString& source, const QString& target) {
    return EngineError(
        QStringLiteral("no installed translation model takes %1 to %2: install opus-mt-%1-%2 "
                       "(or opus-mt-%1-en and opus-mt-en-%2, to translate through English) from "
                       "the Models page or with `sonara models install opus-mt-%1-%2`")
            .arg(source, target));
}

std::shared_ptr<models::Marian> loadMarian(const InstalledModel& model, JobContext& context) {
    try {
        return loadCachedModel<models::Marian>(model, context);
    } catch (const models::Error& error) {
        throw EngineError(QStringLiteral("%1 could not use model %2: %3. Reinstall it with "
                                         "`sonara models install %2`")
                              .arg(engineTitle(), model.id, QString::fromUtf8(error.what())));
    }
}

std::vector<std::string> segmentTexts(const Transcript& transcript) {
    std::vector<std::string> texts;
    for (const TranscriptSegment& segment : transcript.segments) {
        texts.push_back(segment.text.trimmed().toStdString());
    }
    return texts;
}

class MarianTranslateEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("marian");
        info.capability = QStringLiteral("translate");
        info.title = QT_TRANSLATE_NOOP("capability", "OPUS-MT (Marian)");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Helsinki-NLP's opus-mt models, one per language pair; through English when no "
            "direct pair is installed.");
        info.architectures = {kArchitecture};
        info.choosesModel = true;
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        Transcript transcript = sourceTranscript(job);
        const QString source = sourceLanguageOf(job, transcript);
        const QString target = targetLanguageOf(job);
        if (source == target) {
            throw EngineError(QStringLiteral("source_language and target_language are both %1: "
                                             "choose another target language")
                                  .arg(source));
        }
        const QList<InstalledModel> route =
            marianRoute(installedMarianModels(job, context), source, target, job.model);
        if (route.isEmpty()) {
            throw noRoute(source, target);
        }
        context.progress(0.0, QStringLiteral("Loading the translation model"));
        std::vector<std::shared_ptr<models::Marian>> loaded;
        for (const InstalledModel& model : route) {
            loaded.push_back(loadMarian(model, context));
            context.throwIfCancelled();
        }
        models::Marian::TranslateOptions options;
        options.beamSize = int(job.parameters.value(QStringLiteral("beam_size"), 4).toLongLong());
        std::vector<std::string> texts = segmentTexts(transcript);
        QStringList ids;
        for (size_t hop = 0; hop < loaded.size(); ++hop) {
            const double from = kLoadedAt + (1.0 - kLoadedAt) * double(hop) / double(loaded.size());
            const double share = (1.0 - kLoadedAt) / double(loaded.size());
            const QString stage =
                loaded.size() > 1
                    ? QStringLiteral("Translating (%1 of %2)").arg(hop + 1).arg(loaded.size())
                    : QStringLiteral("Translating");
            try {
                texts =
                    loaded[hop]->translate(texts, options, [&](double fraction, std::string_view) {
                        return context.progress(from + share * fraction, stage);
                    });
            } catch (const models::Cancelled&) {
                throw JobCancelled();
            } catch (const models::Error& error) {
                if (context.isCancelled()) {
                    throw JobCancelled();
                }
                throw EngineError(
                    QStringLiteral("%1 could not translate with model %2: %3")
                        .arg(engineTitle(), route[int(hop)].id, QString::fromUtf8(error.what())));
            }
            ids.append(route[int(hop)].id);
        }
        for (int i = 0; i < transcript.segments.size(); ++i) {
            transcript.segments[i].text = QString::fromStdString(texts[size_t(i)]);
            // Word times belong to the source words; the translation has none.
            transcript.segments[i].words.clear();
            transcript.segments[i].scores.reset();
        }
        transcript.language = target;
        transcript.engine = QStringLiteral("marian");
        transcript.model = ids.join(QLatin1Char('+'));
        return finishTranscript(job, transcript, context);
    }
};

}  // namespace

std::optional<LanguagePair> marianLanguagePair(const InstalledModel& model) {
    const QJsonObject tokenizer =
        readJsonObject(QDir(model.directory).filePath(QStringLiteral("tokenizer_config.json")));
    LanguagePair pair{languageCode(tokenizer.value(QStringLiteral("source_lang")).toString()),
                      languageCode(tokenizer.value(QStringLiteral("target_lang")).toString())};
    if (!pair.source.isEmpty() && !pair.target.isEmpty()) {
        return pair;
    }
    static const QRegularExpression kIdPair(QStringLiteral("([a-z]{2,3})-([a-z]{2,3})$"));
    const QRegularExpressionMatch match = kIdPair.match(model.id.toLower());
    if (match.hasMatch()) {
        return LanguagePair{match.captured(1), match.captured(2)};
    }
    return std::nullopt;
}

QList<InstalledModel> marianRoute(const QList<InstalledModel>& installed, const QString& source,
                                  const QString& target,
                                  const std::optional<InstalledModel>& preferred) {
    auto find = [&](const QString& from, const QString& to) -> std::optional<InstalledModel> {
        if (preferred) {
            const auto pair = marianLanguagePair(*preferred);
            if (pair && pair->source == from && pair->target == to) {
                return preferred;
            }
        }
        for (const InstalledModel& model : installed) {
            const auto pair = marianLanguagePair(model);
            if (pair && pair->source == from && pair->target == to) {
                return model;
            }
        }
        return std::nullopt;
    };
    if (const auto direct = find(source, target)) {
        return {*direct};
    }
    if (source != kEnglish && target != kEnglish) {
        const auto first = find(source, kEnglish);
        const auto second = find(kEnglish, target);
        if (first && second) {
            return {*first, *second};
        }
    }
    return {};
}

std::shared_ptr<Engine> marianTranslateEngine() {
    return std::make_shared<MarianTranslateEngine>();
}

}  // namespace sonara::core
