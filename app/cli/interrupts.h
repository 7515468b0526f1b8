#pragma once

#include <functional>

class QObject;

namespace sonara::cli {

// Calls `handler` on the Qt event loop (never inside the signal handler) after SIGINT or
// SIGTERM, for as long as `context` lives.
void onInterrupt(QObject* context, std::function<void()> handler);

}  // namespace sonara::cli
