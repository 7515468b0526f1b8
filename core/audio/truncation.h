#pragma once

#include <QString>

#include <functional>

namespace sonara::core::audio {

// A file whose audio stops before its header says it should (a cut download, a copy that did not
// finish, a WAV header promising hours). Every format follows one rule: the reader delivers what
// is there and reports this, so that the caller can say so instead of failing or staying silent.
struct Truncation {
    QString path;
    double decodedSeconds = 0.0;
    double statedSeconds = 0.0;
};

// "song.mp3 is truncated at 2.0 s (its header states 4.0 s); only the first 2.0 s were used",
// naming the file as `name` (the user's name for it), or by the path's file name when empty.
QString describeTruncation(const Truncation& truncation, const QString& name = {});

// While a watch lives, every AudioReader on this thread that reaches the end of a truncated file
// passes it to the watch's sink (the innermost watch only). A job installs one around its engine,
// so that whatever the engine decodes, and however, a truncated input reaches the job's notices.
class TruncationWatch {
public:
    using Sink = std::function<void(const Truncation&)>;

    explicit TruncationWatch(Sink sink);
    ~TruncationWatch();
    TruncationWatch(const TruncationWatch&) = delete;
    TruncationWatch& operator=(const TruncationWatch&) = delete;

    // Called by the readers.
    static void report(const Truncation& truncation);

private:
    Sink sink_;
    TruncationWatch* outer_ = nullptr;
};

}  // namespace sonara::core::audio
