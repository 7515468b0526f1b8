#include "app/studio/recording_journal.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace sonara::studio {
namespace {

constexpr quint32 kMagic = 0x534e524a;  // "SNRJ"
constexpr quint32 kVersion = 1;
const QString kSuffix = QStringLiteral(".recording");

QString translated(const char* text) {
    return QCoreApplication::translate("sonara::studio::RecordingJournal", text);
}

}  // namespace

bool RecordingJournal::begin(const QString& directory, const QString& name, int sampleRate,
                             int channels) {
    discard();
    QDir().mkpath(directory);
    file_.setFileName(
        QDir(directory).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + kSuffix));
    if (!file_.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QDataStream stream(&file_);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << kMagic << kVersion << name << qint32(sampleRate) << qint32(channels);
    if (stream.status() != QDataStream::Ok || !file_.flush()) {
        discard();
        return false;
    }
    return true;
}

bool RecordingJournal::append(const float* samples, qsizetype count) {
    if (!file_.isOpen() || count <= 0) {
        return file_.isOpen();
    }
    const qint64 bytes = count * qint64(sizeof(float));
    return file_.write(reinterpret_cast<const char*>(samples), bytes) == bytes && file_.flush();
}

void RecordingJournal::discard() {
    if (file_.isOpen()) {
        file_.close();
        file_.remove();
    }
}

QStringList RecordingJournal::pending(const QString& directory) {
    QStringList files;
    const QDir dir(directory);
    for (const QString& name :
         dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

RecordingJournal::Recording RecordingJournal::load(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(translated(QT_TRANSLATE_NOOP("sonara::studio::RecordingJournal",
                                                              "the recording cannot be read"))
                                     .toStdString());
    }
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 sampleRate = 0;
    qint32 channels = 0;
    Recording recording;
    stream >> magic >> version >> recording.name >> sampleRate >> channels;
    if (magic != kMagic || version != kVersion || stream.status() != QDataStream::Ok ||
        sampleRate <= 0 || channels <= 0) {
        throw std::runtime_error(
            translated(QT_TRANSLATE_NOOP("sonara::studio::RecordingJournal",
                                         "the recording is damaged or from another version"))
                .toStdString());
    }
    const QByteArray samples = in.readAll();
    // A crash can cut the last frame short: keep whole frames only.
    const qsizetype frames = samples.size() / qsizetype(sizeof(float)) / channels;
    recording.audio.sampleRate = sampleRate;
    recording.audio.channels = channels;
    recording.audio.samples.resize(static_cast<size_t>(frames * channels));
    std::memcpy(recording.audio.samples.data(), samples.constData(),
                recording.audio.samples.size() * sizeof(float));
    return recording;
}

}  // namespace sonara::studio
