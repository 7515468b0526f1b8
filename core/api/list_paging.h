#pragma once

#include "core/store/list_position.h"

#include <QJsonValue>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace sonara::core::api {

// Cursor paging of the API's lists (GET /v1/jobs, GET /v1/assets): `?limit=` and `?cursor=` in,
// `"next_cursor"` out (null on the last page). A cursor is opaque to clients; it names the list
// it came from and where that page stopped, so inserts between two pages neither repeat nor skip
// a row.
constexpr int kDefaultPageSize = 200;
constexpr int kMaxPageSize = 10000;

struct PageRequest {
    int limit = kDefaultPageSize;
    std::optional<store::ListPosition> after;
};

// Reads `limit` and `cursor` for the list `list` ("jobs", "assets"); throws ValidationError
// (422) naming `limit`, `cursor` or `offset` (not supported: cursors replace it).
PageRequest pageRequest(const QUrlQuery& query, const QString& list);

// The next page's cursor, or null when `next` is empty.
QJsonValue nextCursor(const std::optional<store::ListPosition>& next, const QString& list);

}  // namespace sonara::core::api
