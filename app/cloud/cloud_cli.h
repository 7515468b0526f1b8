#pragma once

#include <QStringList>

#include <cstdio>

namespace sonara::cloud {

// `sonara-cloud serve ...` and `sonara-cloud user create ...`; returns the exit code. `serve`
// runs the event loop of the QCoreApplication the caller created.
int runCloudCommand(const QStringList& arguments, std::FILE* in = stdin);

}  // namespace sonara::cloud
