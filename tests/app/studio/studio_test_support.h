#pragma once

#include "app/studio/export_dialog.h"
#include "core/audio/audio_buffer.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

namespace sonara::studio::test {

// A tone with a slow amplitude ramp, so every frame differs and a shifted or altered sample
// cannot go unnoticed in sample-exact comparisons.
inline core::audio::AudioBuffer tone(double seconds, int sampleRate = 48000, int channels = 2) {
    core::audio::AudioBuffer buffer;
    buffer.sampleRate = sampleRate;
    buffer.channels = channels;
    const qint64 frames = static_cast<qint64>(std::llround(seconds * sampleRate));
    buffer.samples.resize(static_cast<size_t>(frames * channels));
    for (qint64 frame = 0; frame < frames; ++frame) {
        const double envelope =
            0.2 + 0.6 * static_cast<double>(frame) / static_cast<double>(frames);
        for (int channel = 0; channel < channels; ++channel) {
            buffer.samples[static_cast<size_t>(frame * channels + channel)] = static_cast<float>(
                envelope * std::sin(2 * M_PI * (220.0 + 110.0 * channel) * frame / sampleRate));
        }
    }
    return buffer;
}

// Written as 32-bit float WAV so that decoding gives back exactly these samples.
inline QString writeTone(const QString& directory, const QString& name, double seconds,
                         int sampleRate = 48000, int channels = 2) {
    const QString path = QDir(directory).filePath(name);
    core::audio::EncodeOptions options;
    options.sampleFormat = core::audio::SampleFormat::Float32;
    core::audio::encodeFile(tone(seconds, sampleRate, channels), path, options);
    return path;
}

// Runs an export the way the OK button does and waits for its outcome (the dialog itself never
// blocks); false when it failed or did not finish within a minute.
inline bool exportAndWait(ExportDialog& dialog) {
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    if (finished.isEmpty() && !QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000)) {
        return false;
    }
    return finished.first().at(0).toBool();
}

// An engine host on a data directory of its own.
struct TestHost {
    QTemporaryDir directory;
    std::unique_ptr<core::EngineHost> host;

    TestHost() {
        core::EngineHostOptions options;
        options.dataDirectory = QDir(directory.path()).filePath(QStringLiteral("data"));
        options.cpuWorkers = 2;
        host = std::make_unique<core::EngineHost>(options);
        host->jobs().start();
    }
};

// Where tests leave files worth keeping (the main window's picture).
inline QString testOutputDirectory() {
    const QString binary = qEnvironmentVariable("SONARA_BINARY_DIR", QDir::currentPath());
    const QString path = QDir(binary).filePath(QStringLiteral("test-output/gui"));
    QDir().mkpath(path);
    return path;
}

}  // namespace sonara::studio::test
