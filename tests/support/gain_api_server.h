#pragma once

// A real local API over loopback on a data folder of its own, with the test-only `gain`
// capability (support/gain_capability.h), for API tests that need jobs which finish in
// milliseconds. stop() and start() again on the same folder is a server restart.

#include "core/audio/audio_writer.h"
#include "support/gain_capability.h"
#include "support/local_api_fixture.h"

#include <QFile>
#include <QJsonObject>
#include <QString>
#include <cmath>

namespace sonara::test {

class GainApiServer : public LocalApiFixture {
public:
    explicit GainApiServer(QString directory) : LocalApiFixture(std::move(directory)) {}

    // Returns the port; throws what the server's constructor or listen() throws.
    quint16 start(const core::api::LocalApiOptions& options = {}) {
        LocalApiFixture::start(
            [](core::EngineHost& host) { registerGainCapability(host.registry()); }, options);
        return port();
    }

    // Uploads a one-second stereo tone of `hertz` (distinct content per frequency); returns the
    // asset's id, or an empty string when the upload was refused.
    QString uploadTone(double hertz, const QString& name = QStringLiteral("tone.wav")) {
        core::audio::AudioBuffer tone{8000, 2, {}};
        for (int i = 0; i < 8000; ++i) {
            const float sample = 0.25f * float(std::sin(2 * M_PI * hertz * i / 8000.0));
            tone.samples.push_back(sample);
            tone.samples.push_back(sample);
        }
        const QString upload = path(QStringLiteral("upload-") + name);
        core::audio::encodeFile(tone, upload);
        QFile file(upload);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        Client http = client();
        const Reply reply = http.send("POST", QStringLiteral("/v1/assets?filename=") + name,
                                      file.readAll(), "audio/wav");
        return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toString()
                                   : QString();
    }

    // A gain job's request body.
    static QJsonObject gainJob(const QString& asset, double gainDb = 0.0) {
        return QJsonObject{
            {QStringLiteral("capability"), QStringLiteral("gain")},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("gain_db"), gainDb}}},
            {QStringLiteral("inputs"), QJsonObject{{QStringLiteral("audio"), asset}}}};
    }
};

}  // namespace sonara::test
