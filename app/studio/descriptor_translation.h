#pragma once

#include <QString>

namespace sonara::studio {

// Capability descriptors are registered in core, which has no translations; their texts
// (titles, summaries, input and parameter labels, help, units, choices that are words) are
// marked there with QT_TRANSLATE_NOOP("capability", ...), extracted by lupdate into the .ts
// files, and shown by the studio through this.
QString translateDescriptor(const QString& text);

}  // namespace sonara::studio
