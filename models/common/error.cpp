#include "models/common/error.h"

namespace sonara::models {

Error::Error(const std::string& message) : std::runtime_error(message) {}

Cancelled::Cancelled(const std::string& stage)
    : Error(stage.empty() ? std::string("cancelled") : "cancelled during " + stage) {}

}  // namespace sonara::models
