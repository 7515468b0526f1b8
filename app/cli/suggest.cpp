#include "app/cli/suggest.h"

#include <algorithm>
#include <vector>

namespace sonara::cli {
namespace {

int editDistance(const QString& a, const QString& b) {
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

}  // namespace

QString didYouMean(const QString& given, const QStringList& known) {
    const QString typed = given.toLower();
    QString best;
    int bestDistance = std::max(1, std::min<int>(2, static_cast<int>(typed.size()) / 2));
    for (const QString& candidate : known) {
        const int distance = editDistance(typed, candidate.toLower());
        if (distance <= bestDistance && (best.isEmpty() || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best.isEmpty() && typed.size() >= 2) {
        QStringList starts;
        for (const QString& candidate : known) {
            if (candidate.startsWith(typed, Qt::CaseInsensitive)) {
                starts.append(candidate);
            }
        }
        if (starts.size() == 1) {
            best = starts.first();
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(best);
}

}  // namespace sonara::cli
