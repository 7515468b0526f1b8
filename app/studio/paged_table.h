#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace sonara::studio {

// A read-only table of JSON rows shown a page at a time, with a search over them. It holds
// either every row (a local table: the search filters the cells shown) or, for lists that can
// be long, one page the service sent (a remote table: paging and the search ask the service
// again through queryChanged(), and setPage() shows the answer).
class PagedTable : public QWidget {
    Q_OBJECT
public:
    enum class Format { Text, Minutes, Time, Day, Money };
    struct Column {
        QString key;
        QString title;
        Format format = Format::Text;
        // When set, writes the cell from the whole row instead of `format`.
        std::function<QString(const QJsonObject&)> text = {};
    };
    static constexpr int kDefaultPageSize = 50;

    explicit PagedTable(QList<Column> columns, QWidget* parent = nullptr);

    // A remote table asks for its rows page by page.
    void setRemote(bool remote);
    bool isRemote() const { return remote_; }
    void setSearchPlaceholder(const QString& text);

    // Local tables: every row.
    void setRows(const QJsonArray& rows);
    // Remote tables: the page asked for and the count of rows on every page.
    void setPage(const QJsonArray& rows, qint64 total);
    void clear();

    void setPageSize(int rows);
    void setFilter(const QString& text);
    void showPage(int page);

    QTableWidget* table() const { return table_; }
    QLineEdit* searchEdit() const { return filterEdit_; }
    QLabel* positionLabel() const { return position_; }
    QString filter() const { return filter_; }
    int page() const { return page_; }
    int pageSize() const { return pageSize_; }
    qint64 offset() const { return static_cast<qint64>(page_) * pageSize_; }
    int pageCount() const;
    // Rows passing the search, on every page.
    qint64 matchingRowCount() const;
    // The selected row, or an empty object.
    QJsonObject selectedRow() const;
    // On a remote table, only the rows of the page shown.
    bool selectRow(const QString& key, const QString& value);
    // The row as shown, for tests and copying.
    QStringList rowText(int row) const;
    // Writes the rows again, when what a formatter reads has changed.
    void refresh();

Q_SIGNALS:
    void selectionChanged();
    // A remote table wants the page at offset() for filter().
    void queryChanged();

private:
    QString cellText(const QJsonObject& row, const Column& column) const;
    void applyFilter();
    void render();
    void searchEdited();

    QList<Column> columns_;
    QJsonArray rows_;
    QList<int> matching_;  // indexes into rows_
    QString filter_;
    bool remote_ = false;
    qint64 remoteTotal_ = 0;
    int pageSize_ = kDefaultPageSize;
    int page_ = 0;
    QLineEdit* filterEdit_;
    QTimer* searchDelay_;
    QTableWidget* table_;
    QPushButton* previous_;
    QPushButton* next_;
    QLabel* position_;
};

// "m:ss" with a minus sign for negative amounts, such as usage entries in a ledger.
QString formatSignedCredit(qint64 seconds);

}  // namespace sonara::studio
