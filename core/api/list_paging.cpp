#include "core/api/list_paging.h"

#include "core/engine/errors.h"

#include <QDateTime>

namespace sonara::core::api {
namespace {

using Kind = ValidationError::Kind;

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<store::ListPosition> decodeCursor(const QString& cursor, const QString& list) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 3 || parts.at(0) != list.toUtf8()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 rowId = parts.at(2).toLongLong(&ok);
    const QString createdAt = QString::fromUtf8(parts.at(1));
    if (!ok || rowId < 1 || !QDateTime::fromString(createdAt, Qt::ISODateWithMs).isValid()) {
        return std::nullopt;
    }
    return store::ListPosition{createdAt, rowId};
}

}  // namespace

PageRequest pageRequest(const QUrlQuery& query, const QString& list) {
    PageRequest page;
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        throw ValidationError(Kind::OutOfRange, QStringLiteral("offset"),
                              QStringLiteral("offset is not supported; page with cursor: pass the "
                                             "previous page's next_cursor"));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        page.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > kMaxPageSize) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("limit"),
                                  QStringLiteral("limit must be a whole number from 1 to %1 "
                                                 "(default %2)")
                                      .arg(kMaxPageSize)
                                      .arg(kDefaultPageSize));
        }
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        page.after =
            decodeCursor(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), list);
        if (!page.after) {
            throw ValidationError(Kind::OutOfRange, QStringLiteral("cursor"),
                                  QStringLiteral("this cursor was not given by GET /v1/%1; pass "
                                                 "the previous page's next_cursor unchanged, or "
                                                 "leave cursor out for the first page")
                                      .arg(list));
        }
    }
    return page;
}

QJsonValue nextCursor(const std::optional<store::ListPosition>& next, const QString& list) {
    if (!next) {
        return QJsonValue::Null;
    }
    const QByteArray raw =
        list.toUtf8() + '|' + next->createdAt.toUtf8() + '|' + QByteArray::number(next->rowId);
    return QString::fromLatin1(raw.toBase64(kBase64));
}

}  // namespace sonara::core::api
