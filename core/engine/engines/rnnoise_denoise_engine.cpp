#include "core/engine/engines/rnnoise_denoise_engine.h"

#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/ffmpeg_denoise_engine.h"
#include "core/engine/errors.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <optional>

namespace sonara::core {
namespace {

using namespace engine_support;

// arnndn works on 48 kHz audio in 480-frame steps and gives each step out one step late.
constexpr int kRnnoiseRate = 48000;
constexpr int kRnnoiseFrames = 480;
// What arnndn's model reader expects (libavfilter/af_arnndn.c).
constexpr int kFeatures = 42;
constexpr int kBands = 22;
constexpr int kMaxNeurons = 128;
const QString kHeader = QStringLiteral("rnnoise-nu model file version 1");

ParameterSpec mixSpec() {
    return numberParameter(
        QStringLiteral("mix"), QT_TRANSLATE_NOOP("capability", "Mix"), 1.0, 0.0, 1.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "How much of the cleaned sound to use: 1 is fully cleaned; 0.8 blends "
                          "back a fifth of the original so speech sounds less processed."));
}

struct Layer {
    int inputs = 0;
    int neurons = 0;
};

// Reads one layer's header and skips its weights, or returns nullopt when the file ends early
// or holds something arnndn would reject.
std::optional<Layer> readLayer(QTextStream& stream, bool gru, QString* problem) {
    Layer layer;
    int activation = -1;
    stream >> layer.inputs >> layer.neurons >> activation;
    if (stream.status() != QTextStream::Ok || layer.inputs < 0 || layer.inputs > kMaxNeurons ||
        layer.neurons < 1 || layer.neurons > kMaxNeurons || activation < 0 ||
        activation > kMaxNeurons) {
        *problem = QStringLiteral("a layer header is missing or out of range");
        return std::nullopt;
    }
    const qint64 gates = gru ? 3 : 1;
    qint64 values = qint64(layer.inputs) * layer.neurons * gates + qint64(layer.neurons) * gates;
    if (gru) {
        values += qint64(layer.neurons) * layer.neurons * gates;
    }
    for (qint64 i = 0; i < values; ++i) {
        int weight = 0;
        stream >> weight;
        if (stream.status() != QTextStream::Ok) {
            *problem = QStringLiteral("the weights end early");
            return std::nullopt;
        }
    }
    return layer;
}

QString installedModelFile(const ValidatedJob& job) {
    const QStringList files =
        QDir(job.model->directory).entryList({QStringLiteral("*.rnnn")}, QDir::Files, QDir::Name);
    if (files.size() != 1) {
        throw EngineError(QStringLiteral("model %1 should hold one RNNoise model file (.rnnn) "
                                         "and holds %2: reinstall it with `sonara models "
                                         "install %1`")
                              .arg(job.model->id)
                              .arg(files.size()));
    }
    return QDir(job.model->directory).filePath(files.first());
}

// Resampled to 48 kHz and back; padded and trimmed by one step so that the result lines up
// with the input frame for frame.
QString rnnoiseGraph(const QString& modelFile, double mix, int sampleRate) {
    return QStringLiteral(
               "aresample=%1,apad=pad_len=%2,arnndn=m=%3:mix=%4,atrim=start_sample=%5,"
               "aresample=%6")
        .arg(kRnnoiseRate)
        .arg(2 * kRnnoiseFrames)
        .arg(rnnoise::filterOptionValue(modelFile))
        .arg(mix, 0, 'f', 4)
        .arg(kRnnoiseFrames)
        .arg(sampleRate);
}

class RnnoiseDenoiseEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("rnnoise");
        info.capability = QStringLiteral("denoise");
        info.title = QT_TRANSLATE_NOOP("capability", "RNNoise");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "A small neural network (RNNoise, run by FFmpeg) that removes noise around speech, "
            "including noise that changes; real-time on any CPU.");
        info.architectures = {QStringLiteral("rnnoise")};
        info.lane = ComputeLane::Cpu;
        info.parameters = {mixSpec()};
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        if (!job.model) {
            throw EngineError(
                QStringLiteral("RNNoise needs an rnnoise model: install one on the "
                               "Models page or with `sonara models install`"));
        }
        const double mix = numberValue(job.parameters, mixSpec());
        const QString modelFile = installedModelFile(job);
        const QString problem = rnnoise::modelFileProblem(modelFile);
        if (!problem.isEmpty()) {
            throw EngineError(QStringLiteral("model %1 is not an RNNoise model FFmpeg can use "
                                             "(%2): reinstall it with `sonara models install "
                                             "%1`")
                                  .arg(job.model->id, problem));
        }
        return FfmpegDenoiseEngine::cleanWithGraph(
            job, context,
            [&](int sampleRate, double) { return rnnoiseGraph(modelFile, mix, sampleRate); },
            std::nullopt, QStringLiteral("Check that the file plays, or try the ffmpeg engine"));
    }
};

}  // namespace

std::shared_ptr<Engine> rnnoiseDenoiseEngine() {
    return std::make_shared<RnnoiseDenoiseEngine>();
}

namespace rnnoise {

QString modelFileProblem(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return QStringLiteral("the model file cannot be read");
    }
    QTextStream stream(&file);
    if (stream.readLine().trimmed() != kHeader) {
        return QStringLiteral("it does not start with \"%1\"").arg(kHeader);
    }
    QString problem;
    const auto inputDense = readLayer(stream, false, &problem);
    const auto vadGru = inputDense ? readLayer(stream, true, &problem) : std::nullopt;
    const auto noiseGru = vadGru ? readLayer(stream, true, &problem) : std::nullopt;
    const auto denoiseGru = noiseGru ? readLayer(stream, true, &problem) : std::nullopt;
    const auto denoiseOutput = denoiseGru ? readLayer(stream, false, &problem) : std::nullopt;
    const auto vadOutput = denoiseOutput ? readLayer(stream, false, &problem) : std::nullopt;
    if (!vadOutput) {
        return problem;
    }
    const bool fits = inputDense->inputs == kFeatures && vadGru->inputs == inputDense->neurons &&
                      noiseGru->inputs == inputDense->neurons + vadGru->neurons + kFeatures &&
                      denoiseGru->inputs == vadGru->neurons + noiseGru->neurons + kFeatures &&
                      denoiseOutput->inputs == denoiseGru->neurons &&
                      denoiseOutput->neurons == kBands && vadOutput->inputs == vadGru->neurons &&
                      vadOutput->neurons == 1;
    return fits ? QString() : QStringLiteral("its layer sizes do not fit together");
}

QString filterOptionValue(const QString& value) {
    // Two levels: the option parser splits on ':' and '=', the graph parser on ',;[]'; both
    // take a backslash as escape and strip quotes.
    QString option;
    for (const QChar c : value) {
        if (QStringLiteral(":=\\'").contains(c)) {
            option += QLatin1Char('\\');
        }
        option += c;
    }
    QString graph;
    for (const QChar c : option) {
        if (QStringLiteral("[],;\\'").contains(c)) {
            graph += QLatin1Char('\\');
        }
        graph += c;
    }
    return graph;
}

}  // namespace rnnoise
}  // namespace sonara::core
