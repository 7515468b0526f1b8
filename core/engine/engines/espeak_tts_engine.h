#pragma once

#include "core/engine/engine.h"

#include <QMap>
#include <QStringList>

namespace sonara::core {

// Text to speech with eSpeak NG: small, robotic, and available for over a hundred languages
// without any download.
class EspeakTtsEngine : public Engine {
public:
    EspeakTtsEngine();

    EngineInfo info() const override;
    // Refuses malformed SSML before a job exists.
    void check(const ValidatedJob& job) const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;

    // Language codes of the installed voices (e.g. "en-us", "fr-fr"), sorted.
    QStringList voices() const { return voiceIdentifiers_.keys(); }
    // Installed voice variants (e.g. "m1", "f2", "klatt"), sorted, without "none".
    const QStringList& variants() const { return variants_; }

private:
    QString voiceName(const QString& language, const QString& variant) const;

    QMap<QString, QString> voiceIdentifiers_;  // language code -> eSpeak voice file identifier
    QStringList variants_;
    QString dataPath_;
};

}  // namespace sonara::core
