#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace sonara::core::voice_archive {

// A voice as one portable file: an uncompressed POSIX tar (ustar) holding `voice.json` (the
// manifest: name, language, notes, consent, and each recording's file name and sha256) and the
// recordings as given under `recordings/`. Any tar tool can open it.
inline constexpr char kManifestName[] = "voice.json";
inline constexpr char kFormat[] = "sonara-voice";
inline constexpr int kVersion = 1;
inline constexpr char kSuffix[] = ".sonaravoice";

struct Member {
    QString name;  // inside the archive, e.g. "recordings/01-take.wav"
    QString path;  // the file to copy in; empty to write `data`
    QByteArray data;
};

// Writes `members` in order to `archivePath`, through "<path>.partial" so that a failed export
// leaves nothing; returns false with `error` set (the reason, in the user's terms).
bool write(const QString& archivePath, const QList<Member>& members, QString* error);

// Extracts the plain files of `archivePath` into `folder`, returning member name -> extracted
// path. Refuses (returns false with `error` in the user's terms) anything but a ustar/GNU tar of
// plain files with short relative names (no "..", no absolute path, no links), a bad header
// checksum, a file cut short, duplicate names, more than kMaxMembers members or kMaxBytes in all.
inline constexpr int kMaxMembers = 1000;
inline constexpr qint64 kMaxBytes = qint64(4) * 1024 * 1024 * 1024;
bool extract(const QString& archivePath, const QString& folder, QMap<QString, QString>* members,
             QString* error);

// A safe member name for a recording called `fileName`, numbered to keep names unique.
QString recordingMemberName(int index, const QString& fileName);

}  // namespace sonara::core::voice_archive
