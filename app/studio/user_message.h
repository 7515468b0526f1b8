#pragma once

#include <QString>

#include <exception>

namespace sonara::studio {

// The one mapping from a failure to what the studio shows: the reason the user can act on,
// never an exception's type name or a path inside Sonara's data directory. An AudioError gives
// its reason (the caller names the user's file), a failure carried out of a worker thread is
// unwrapped, and absolute paths in other messages are cut to their file name.
QString userMessage(const std::exception& failure);
QString userMessage(const std::exception_ptr& failure);

}  // namespace sonara::studio
