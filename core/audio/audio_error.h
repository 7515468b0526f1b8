#pragma once

#include <QString>

#include <stdexcept>

namespace sonara::core::audio {

// A failure the user can act on: what() reads "<path>: <reason>", e.g.
// "song.wav: not an audio file (no decodable audio stream)". For operations on audio in memory
// the "path" names the thing at fault instead (a filter graph), or is empty.
class AudioError : public std::runtime_error {
public:
    AudioError(QString path, QString reason);

    const QString& path() const;
    const QString& reason() const;

private:
    QString path_;
    QString reason_;
};

}  // namespace sonara::core::audio
