#pragma once

#include "core/engine/engine.h"

#include <QString>
#include <memory>

namespace sonara::core {

// RNNoise for `denoise`, run by FFmpeg's arnndn filter with the .rnnn model file of an installed
// `rnnoise` model (the rnnoise-models set): a small recurrent network that suppresses noise
// around speech, fast on any CPU.
std::shared_ptr<Engine> rnnoiseDenoiseEngine();

namespace rnnoise {

// Empty when `path` is an RNNoise model file arnndn can run (version 1 text, layer sizes that
// fit together); otherwise what is wrong with it, without the path.
QString modelFileProblem(const QString& path);

// `value` escaped to stand as one option value inside a libavfilter graph description.
QString filterOptionValue(const QString& value);

}  // namespace rnnoise
}  // namespace sonara::core
