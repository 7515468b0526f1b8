#include "core/audio/truncation.h"

#include <QFileInfo>

namespace sonara::core::audio {

namespace {

thread_local TruncationWatch* innermostWatch = nullptr;

QString seconds(double value) {
    return QString::number(value, 'f', 1);
}

}  // namespace

QString describeTruncation(const Truncation& truncation, const QString& name) {
    const QString file = name.isEmpty() ? QFileInfo(truncation.path).fileName() : name;
    return QStringLiteral(
               "%1 is truncated at %2 s (its header states %3 s); only the first %2 s "
               "were used. Check the file, or export it again from where it came from")
        .arg(file, seconds(truncation.decodedSeconds), seconds(truncation.statedSeconds));
}

TruncationWatch::TruncationWatch(Sink sink) : sink_(std::move(sink)), outer_(innermostWatch) {
    innermostWatch = this;
}

TruncationWatch::~TruncationWatch() {
    innermostWatch = outer_;
}

void TruncationWatch::report(const Truncation& truncation) {
    if (innermostWatch != nullptr && innermostWatch->sink_)
        innermostWatch->sink_(truncation);
}

}  // namespace sonara::core::audio
