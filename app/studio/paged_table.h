#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sonara::studio {

// A read-only table of JSON rows shown a page at a time, with a filter over every cell. The
// admin window lists users, plans, transactions, reports and the audit log with it.
class PagedTable : public QWidget {
    Q_OBJECT
public:
    enum class Format { Text, Minutes, Time, Day, Money };
    struct Column {
        QString key;
        QString title;
        Format format = Format::Text;
    };
    static constexpr int kDefaultPageSize = 50;

    explicit PagedTable(QList<Column> columns, QWidget* parent = nullptr);

    void setRows(const QJsonArray& rows);
    void setPageSize(int rows);
    void setFilter(const QString& text);
    void showPage(int page);

    QTableWidget* table() const { return table_; }
    int page() const { return page_; }
    int pageCount() const;
    // Rows passing the filter, on every page.
    int matchingRowCount() const { return static_cast<int>(matching_.size()); }
    // The selected row, or an empty object.
    QJsonObject selectedRow() const;
    bool selectRow(const QString& key, const QString& value);
    // The row as shown, for tests and copying.
    QStringList rowText(int row) const;

Q_SIGNALS:
    void selectionChanged();

private:
    QString cellText(const QJsonObject& row, const Column& column) const;
    void applyFilter();

    QList<Column> columns_;
    QJsonArray rows_;
    QList<int> matching_;  // indexes into rows_
    QString filter_;
    int pageSize_ = kDefaultPageSize;
    int page_ = 0;
    QLineEdit* filterEdit_;
    QTableWidget* table_;
    QPushButton* previous_;
    QPushButton* next_;
    QLabel* position_;
};

// "m:ss" with a minus sign for negative amounts, such as usage entries in a ledger.
QString formatSignedCredit(qint64 seconds);

}  // namespace sonara::studio
