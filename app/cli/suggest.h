#pragma once

#include <QString>
#include <QStringList>

namespace sonara::cli {

// " (did you mean 'stt'?)" when `given` is a near miss of one of `known` (a typo of up to two
// letters, or the start of exactly one), else an empty string.
QString didYouMean(const QString& given, const QStringList& known);

}  // namespace sonara::cli
