#include "core/engine/voice_archive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstring>
#include <optional>

namespace sonara::core::voice_archive {
namespace {

constexpr int kBlock = 512;

void putOctal(char* field, int width, qint64 value) {
    // width - 1 digits and a terminating NUL, as ustar writes them.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray header(const QString& name, qint64 size) {
    QByteArray block(kBlock, '\0');
    char* h = block.data();
    const QByteArray utf8 = name.toUtf8();
    std::memcpy(h, utf8.constData(), size_t(std::min<qsizetype>(utf8.size(), 100)));
    putOctal(h + 100, 8, 0644);
    putOctal(h + 108, 8, 0);
    putOctal(h + 116, 8, 0);
    putOctal(h + 124, 12, size);
    putOctal(h + 136, 12, 0);
    h[156] = '0';
    std::memcpy(h + 257, "ustar", 6);
    std::memcpy(h + 263, "00", 2);
    std::memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < kBlock; ++i) {
        sum += static_cast<unsigned char>(h[i]);
    }
    putOctal(h + 148, 7, sum);
    h[155] = ' ';
    return block;
}

std::optional<qint64> readOctal(const char* field, int width) {
    qint64 value = 0;
    bool any = false;
    for (int i = 0; i < width && field[i] != '\0' && field[i] != ' '; ++i) {
        if (field[i] < '0' || field[i] > '7') {
            return std::nullopt;
        }
        value = value * 8 + (field[i] - '0');
        any = true;
    }
    return any ? std::optional<qint64>(value) : std::nullopt;
}

bool safeName(const QString& name) {
    static const QRegularExpression allowed(
        QStringLiteral("^[A-Za-z0-9._ ()+,-]+(/[A-Za-z0-9._ ()+,-]+)?$"));
    return allowed.match(name).hasMatch() &&
           !name.split(QLatin1Char('/')).contains(QStringLiteral("..")) &&
           !name.split(QLatin1Char('/')).contains(QStringLiteral("."));
}

}  // namespace

QString recordingMemberName(int index, const QString& fileName) {
    QString safe = QFileInfo(fileName).fileName();
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.'))) {
        safe.prepend(QStringLiteral("recording"));
    }
    return QStringLiteral("recordings/%1-%2")
        .arg(index + 1, 2, 10, QLatin1Char('0'))
        .arg(safe.left(80));
}

bool write(const QString& archivePath, const QList<Member>& members, QString* error) {
    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1 cannot be written: %2; pick a folder you can write to")
                     .arg(QFileInfo(archivePath).fileName(), out.errorString());
        return false;
    }
    for (const Member& member : members) {
        QFile source(member.path);
        if (!member.path.isEmpty() && !source.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral(
                         "the recording %1 of this voice cannot be read; the voice "
                         "library may be damaged: add the recording again")
                         .arg(QFileInfo(member.name).fileName());
            out.cancelWriting();
            return false;
        }
        const qint64 size = member.path.isEmpty() ? member.data.size() : source.size();
        out.write(header(member.name, size));
        qint64 written = 0;
        if (member.path.isEmpty()) {
            written = out.write(member.data);
        } else {
            while (!source.atEnd()) {
                const QByteArray chunk = source.read(1 << 20);
                if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                    break;
                }
                written += chunk.size();
            }
        }
        if (written != size) {
            *error = QStringLiteral("%1 could not be written in full; check the free space")
                         .arg(QFileInfo(archivePath).fileName());
            out.cancelWriting();
            return false;
        }
        out.write(QByteArray(int((kBlock - size % kBlock) % kBlock), '\0'));
    }
    out.write(QByteArray(2 * kBlock, '\0'));
    if (!out.commit()) {
        *error = QStringLiteral("%1 could not be written: %2; check the folder and the free space")
                     .arg(QFileInfo(archivePath).fileName(), out.errorString());
        return false;
    }
    return true;
}

bool extract(const QString& archivePath, const QString& folder, QMap<QString, QString>* members,
             QString* error) {
    QFile in(archivePath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("it cannot be read");
        return false;
    }
    const auto refuse = [error](const QString& why) {
        *error =
            why + QStringLiteral("; it is not a voice file exported by Sonara, or it is damaged");
        return false;
    };
    qint64 total = 0;
    int fileIndex = 0;
    while (true) {
        const QByteArray block = in.read(kBlock);
        if (block.size() != kBlock) {
            return refuse(members->isEmpty() ? QStringLiteral("it is not a tar archive")
                                             : QStringLiteral("it ends in the middle of a header"));
        }
        if (block.count('\0') == kBlock) {
            break;  // the end-of-archive marker
        }
        const char* h = block.constData();
        unsigned sum = 0;
        for (int i = 0; i < kBlock; ++i) {
            sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(h[i]);
        }
        const std::optional<qint64> stored = readOctal(h + 148, 8);
        if (!stored || *stored != qint64(sum) || std::memcmp(h + 257, "ustar", 5) != 0) {
            return refuse(QStringLiteral("it is not a tar archive (a header's checksum is wrong)"));
        }
        const std::optional<qint64> size = readOctal(h + 124, 12);
        const QString name = QString::fromUtf8(h, int(qstrnlen(h, 100)));
        if (!size) {
            return refuse(QStringLiteral("the size of '%1' is unreadable").arg(name.left(100)));
        }
        if (h[156] != '0' && h[156] != '\0') {
            return refuse(QStringLiteral("'%1' is not a plain file (a link or a folder)")
                              .arg(name.left(100)));
        }
        if (!safeName(name) || members->contains(name)) {
            return refuse(
                QStringLiteral("it holds a file named '%1', which a voice file does not have")
                    .arg(name.left(100)));
        }
        total += *size;
        if (members->size() >= kMaxMembers || total > kMaxBytes) {
            return refuse(QStringLiteral("it holds more files or bytes than a voice can"));
        }
        const QString target = QDir(folder).filePath(QStringLiteral("%1.member").arg(fileIndex++));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral(
                "there is no room to unpack it: check the temporary folder's free space");
            return false;
        }
        qint64 left = *size;
        while (left > 0) {
            const QByteArray chunk = in.read(std::min<qint64>(left, 1 << 20));
            if (chunk.isEmpty()) {
                return refuse(QStringLiteral("'%1' is cut short").arg(name));
            }
            if (out.write(chunk) != chunk.size()) {
                *error = QStringLiteral(
                    "there is no room to unpack it: check the temporary folder's free space");
                return false;
            }
            left -= chunk.size();
        }
        in.skip((kBlock - *size % kBlock) % kBlock);
        members->insert(name, target);
    }
    if (members->isEmpty()) {
        return refuse(QStringLiteral("it is empty"));
    }
    return true;
}

}  // namespace sonara::core::voice_archive
