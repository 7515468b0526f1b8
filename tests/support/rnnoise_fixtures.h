#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace sonara::test {

// A tiny RNNoise model in the rnnn text format FFmpeg's arnndn reads (libavfilter/af_arnndn.c):
// "rnnoise-nu model file version 1", then six layers (input dense, vad/noise/denoise GRUs,
// denoise and vad output dense), each a line "inputs neurons activation" followed by one line
// per weight block (dense: weights, bias; GRU: input weights, recurrent weights, bias) of
// integers that arnndn scales by 1/256. Four neurons per hidden layer and fixed pseudo-random
// weights: not a useful denoiser, but one arnndn runs exactly as it runs a published model.
inline QByteArray tinyRnnoiseModel() {
    constexpr int features = 42, bands = 22, hidden = 4;
    quint32 state = 12345;
    auto weights = [&](int count) {
        QStringList values;
        for (int i = 0; i < count; ++i) {
            state = state * 1103515245u + 12345u;
            values << QString::number(int((state >> 16) % 256) - 128);
        }
        return values.join(QLatin1Char(' ')).toLatin1() + '\n';
    };
    auto dense = [&](int inputs, int neurons, int activation) {
        return QStringLiteral("%1 %2 %3\n").arg(inputs).arg(neurons).arg(activation).toLatin1() +
               weights(inputs * neurons) + weights(neurons);
    };
    auto gru = [&](int inputs, int neurons, int activation) {
        return QStringLiteral("%1 %2 %3\n").arg(inputs).arg(neurons).arg(activation).toLatin1() +
               weights(inputs * neurons * 3) + weights(neurons * neurons * 3) +
               weights(neurons * 3);
    };
    constexpr int tanh = 0, sigmoid = 1, relu = 2;
    return QByteArray("rnnoise-nu model file version 1\n") + dense(features, hidden, tanh) +
           gru(hidden, hidden, relu) + gru(2 * hidden + features, hidden, relu) +
           gru(2 * hidden + features, hidden, tanh) + dense(hidden, bands, sigmoid) +
           dense(hidden, 1, sigmoid);
}

// A checkpoint folder holding the tiny model as `name`, ready for `sonara models install`.
inline bool writeTinyRnnoise(const QString& folder,
                             const QString& name = QStringLiteral("tiny.rnnn")) {
    if (!QDir().mkpath(folder)) {
        return false;
    }
    QFile file(QDir(folder).filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(tinyRnnoiseModel()) > 0;
}

}  // namespace sonara::test
