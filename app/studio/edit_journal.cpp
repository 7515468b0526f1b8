#include "app/studio/edit_journal.h"

#include "app/studio/audio_document.h"
#include "app/studio/replace_range_command.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace sonara::studio {
namespace {

constexpr quint32 kMagic = 0x534e454a;  // "SNEJ"
constexpr quint32 kVersion = 1;
const QString kSuffix = QStringLiteral(".edits");

// Texts are marked with QT_TRANSLATE_NOOP so that lupdate finds them.
QString translated(const char* text) {
    return QCoreApplication::translate("sonara::studio::EditJournal", text);
}

}  // namespace

EditJournal EditJournal::of(AudioDocument& document) {
    EditJournal journal;
    journal.sourcePath = document.path();
    journal.name = document.name();
    QUndoStack* stack = document.undoStack();
    for (int index = 0; index < stack->index(); ++index) {
        const auto* command = dynamic_cast<const ReplaceRangeCommand*>(stack->command(index));
        if (!command) {
            continue;
        }
        journal.splices.push_back(
            {command->start(), command->count(), command->replacement(), command->text()});
    }
    // The source's length, to notice a file that changed before its edits are replayed.
    const qint64 channels = std::max(document.channels(), 1);
    journal.sourceFrames = document.frames();
    for (const Splice& splice : journal.splices) {
        journal.sourceFrames -=
            static_cast<qint64>(splice.replacement.size()) / channels - splice.count;
    }
    return journal;
}

QString EditJournal::fileFor(const QString& directory, const QString& sourcePath) {
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(sourcePath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QDir(directory).filePath(QString::fromLatin1(key) + kSuffix);
}

QStringList EditJournal::pending(const QString& directory) {
    QStringList files;
    const QDir dir(directory);
    for (const QString& name :
         dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Time | QDir::Reversed)) {
        files << dir.filePath(name);
    }
    return files;
}

bool EditJournal::save(const QString& file) const {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return false;
    }
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << kMagic << kVersion << sourcePath << name << sourceFrames
           << static_cast<quint32>(splices.size());
    for (const Splice& splice : splices) {
        stream << splice.start << splice.count << splice.text
               << QByteArray(reinterpret_cast<const char*>(splice.replacement.data()),
                             static_cast<qsizetype>(splice.replacement.size() * sizeof(float)));
    }
    return stream.status() == QDataStream::Ok && out.commit();
}

EditJournal EditJournal::load(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(translated(QT_TRANSLATE_NOOP("sonara::studio::EditJournal",
                                                              "the saved edits cannot be read"))
                                     .toStdString());
    }
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 count = 0;
    EditJournal journal;
    stream >> magic >> version >> journal.sourcePath >> journal.name >> journal.sourceFrames >>
        count;
    if (magic != kMagic || version != kVersion || stream.status() != QDataStream::Ok) {
        throw std::runtime_error(
            translated(QT_TRANSLATE_NOOP("sonara::studio::EditJournal",
                                         "the saved edits are damaged or from another version"))
                .toStdString());
    }
    for (quint32 i = 0; i < count; ++i) {
        Splice splice;
        QByteArray samples;
        stream >> splice.start >> splice.count >> splice.text >> samples;
        splice.replacement.resize(static_cast<size_t>(samples.size()) / sizeof(float));
        std::memcpy(splice.replacement.data(), samples.constData(),
                    splice.replacement.size() * sizeof(float));
        journal.splices.push_back(std::move(splice));
    }
    if (stream.status() != QDataStream::Ok) {
        throw std::runtime_error(translated(QT_TRANSLATE_NOOP("sonara::studio::EditJournal",
                                                              "the saved edits are incomplete"))
                                     .toStdString());
    }
    return journal;
}

void EditJournal::replay(AudioDocument& document) const {
    if (sourceFrames > 0 && document.frames() != sourceFrames) {
        throw std::runtime_error(
            translated(QT_TRANSLATE_NOOP("sonara::studio::EditJournal",
                                         "the file changed since the edits were made"))
                .toStdString());
    }
    for (const Splice& splice : splices) {
        if (splice.start < 0 || splice.count < 0 ||
            splice.start + splice.count > document.frames()) {
            throw std::runtime_error(
                translated(QT_TRANSLATE_NOOP("sonara::studio::EditJournal",
                                             "the saved edits do not fit the file any more"))
                    .toStdString());
        }
        document.undoStack()->push(new ReplaceRangeCommand(&document, splice.start, splice.count,
                                                           splice.replacement, splice.text));
    }
}

}  // namespace sonara::studio
