#pragma once

#include <QString>
#include <QStringList>

namespace sonara::studio {

// Capability descriptors are registered in core, which has no translations; the studio shows
// their texts (titles, summaries, parameter labels, help, units and choices) through this,
// looked up under the "capability" context.
QString translateDescriptor(const QString& text);

// Every descriptor text the .ts files hold, kept in descriptor_strings.cpp for lupdate; a gui
// test checks it against the registry so that a new parameter cannot go untranslated. Choices
// are mostly data (language codes, voice names) and are listed only where they are words
// ("transcribe"); the others are shown as they are.
QStringList descriptorSourceStrings();

}  // namespace sonara::studio
