#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "models/common/error.h"

namespace sonara::models {

// Returning false asks the running call to stop; it then throws Cancelled.
using ProgressFn = std::function<bool(double fraction, std::string_view stage)>;

inline void reportProgress(const ProgressFn& progress, double fraction, std::string_view stage) {
    if (progress && !progress(fraction, stage)) {
        throw Cancelled(std::string(stage));
    }
}

}  // namespace sonara::models
