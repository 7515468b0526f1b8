#pragma once

#include "core/engine/engine.h"
#include "core/engine/model_catalog.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace sonara::core {

// Text translation with installed opus-mt (Marian) models: a plain text (one segment per line)
// or a transcript (segment times kept) in, a transcript in the target language out. The model
// is the installed one for the language pair; with none, an X->en and an en->Y model pivot
// through English.
std::shared_ptr<Engine> marianTranslateEngine();

struct LanguagePair {
    QString source;
    QString target;
};

// The pair a Marian model translates: its tokenizer_config.json's source_lang/target_lang (as
// Helsinki-NLP publishes them), else an id ending in "-<src>-<tgt>" such as opus-mt-en-de.
std::optional<LanguagePair> marianLanguagePair(const InstalledModel& model);

// The models that take `source` to `target`: one with that pair (`preferred` when it has it),
// else X->en then en->Y; empty when the installed models cannot.
QList<InstalledModel> marianRoute(const QList<InstalledModel>& installed, const QString& source,
                                  const QString& target,
                                  const std::optional<InstalledModel>& preferred);

}  // namespace sonara::core
