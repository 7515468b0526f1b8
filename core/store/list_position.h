#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sonara::core::store {

// Where a listing stopped: the last row's creation time and its row id, the order lists are
// read in. A page read after a position never repeats or skips a row, whatever was inserted
// meanwhile (new rows sort before the newest-first jobs, after the oldest-first assets).
struct ListPosition {
    QString createdAt;
    qint64 rowId = 0;
};

// One page of a listing: the rows and, when more follow, the position to read on from.
template <typename Row>
struct ListPage {
    QList<Row> rows;
    std::optional<ListPosition> next;
};

}  // namespace sonara::core::store
