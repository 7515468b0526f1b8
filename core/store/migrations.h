#pragma once

#include <QStringList>
#include <QVector>

namespace sonara::core::store {

// Migration N (1-based) takes the schema from version N-1 to N. Append only: a released
// migration is never edited.
const QVector<QStringList>& migrations();

}  // namespace sonara::core::store
