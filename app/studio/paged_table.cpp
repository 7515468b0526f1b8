#include "app/studio/paged_table.h"

#include "app/studio/export_dialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cstdlib>

namespace sonara::studio {
namespace {

qint64 integerOf(const QJsonValue& value) {
    return value.isString() ? value.toString().toLongLong() : static_cast<qint64>(value.toDouble());
}

}  // namespace

QString formatSignedCredit(qint64 seconds) {
    return (seconds < 0 ? QStringLiteral("−") : QString()) + formatCredit(std::abs(seconds));
}

PagedTable::PagedTable(QList<Column> columns, QWidget* parent)
    : QWidget(parent),
      columns_(std::move(columns)),
      filterEdit_(new QLineEdit),
      table_(new QTableWidget),
      previous_(new QPushButton(tr("Previous"))),
      next_(new QPushButton(tr("Next"))),
      position_(new QLabel) {
    filterEdit_->setObjectName(QStringLiteral("filter"));
    filterEdit_->setPlaceholderText(tr("Filter these rows"));
    filterEdit_->setClearButtonEnabled(true);
    QStringList titles;
    for (const Column& column : columns_) {
        titles << column.title;
    }
    table_->setColumnCount(static_cast<int>(columns_.size()));
    table_->setHorizontalHeaderLabels(titles);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    previous_->setObjectName(QStringLiteral("previous"));
    next_->setObjectName(QStringLiteral("next"));
    position_->setObjectName(QStringLiteral("position"));

    auto* pager = new QHBoxLayout;
    pager->addWidget(filterEdit_, 1);
    pager->addWidget(previous_);
    pager->addWidget(position_);
    pager->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_, 1);
    layout->addLayout(pager);

    connect(filterEdit_, &QLineEdit::textChanged, this, &PagedTable::setFilter);
    connect(previous_, &QPushButton::clicked, this, [this] { showPage(page_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showPage(page_ + 1); });
    connect(table_, &QTableWidget::itemSelectionChanged, this, &PagedTable::selectionChanged);
    showPage(0);
}

void PagedTable::setRows(const QJsonArray& rows) {
    // A reload keeps the row the user was working on selected.
    const QString selectedId = selectedRow().value(QStringLiteral("id")).toVariant().toString();
    rows_ = rows;
    applyFilter();
    if (!selectedId.isEmpty()) {
        selectRow(QStringLiteral("id"), selectedId);
    }
}

void PagedTable::setPageSize(int rows) {
    pageSize_ = std::max(rows, 1);
    showPage(0);
}

void PagedTable::setFilter(const QString& text) {
    filter_ = text.trimmed();
    if (filterEdit_->text().trimmed() != filter_) {
        filterEdit_->setText(filter_);
    }
    applyFilter();
}

void PagedTable::applyFilter() {
    matching_.clear();
    for (int index = 0; index < rows_.size(); ++index) {
        const QJsonObject row = rows_.at(index).toObject();
        bool match = filter_.isEmpty();
        for (const Column& column : columns_) {
            match = match || cellText(row, column).contains(filter_, Qt::CaseInsensitive);
        }
        if (match) {
            matching_.append(index);
        }
    }
    showPage(0);
}

int PagedTable::pageCount() const {
    return std::max(1, static_cast<int>((matching_.size() + pageSize_ - 1) / pageSize_));
}

void PagedTable::showPage(int page) {
    page_ = std::clamp(page, 0, pageCount() - 1);
    const int first = page_ * pageSize_;
    const int count = std::clamp(static_cast<int>(matching_.size()) - first, 0, pageSize_);
    table_->clearSelection();
    table_->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const int index = matching_.at(first + row);
        const QJsonObject json = rows_.at(index).toObject();
        for (int column = 0; column < columns_.size(); ++column) {
            auto* item = new QTableWidgetItem(cellText(json, columns_.at(column)));
            item->setData(Qt::UserRole, index);
            table_->setItem(row, column, item);
        }
    }
    table_->resizeColumnsToContents();
    previous_->setEnabled(page_ > 0);
    next_->setEnabled(page_ + 1 < pageCount());
    position_->setText(tr("Page %1 of %2 · %n row(s)", nullptr, static_cast<int>(matching_.size()))
                           .arg(page_ + 1)
                           .arg(pageCount()));
    Q_EMIT selectionChanged();
}

QJsonObject PagedTable::selectedRow() const {
    const int row = table_->currentRow();
    if (row < 0 || !table_->item(row, 0) || table_->selectedItems().isEmpty()) {
        return {};
    }
    return rows_.at(table_->item(row, 0)->data(Qt::UserRole).toInt()).toObject();
}

bool PagedTable::selectRow(const QString& key, const QString& value) {
    for (int position = 0; position < matching_.size(); ++position) {
        const QJsonObject row = rows_.at(matching_.at(position)).toObject();
        if (row.value(key).toVariant().toString() == value) {
            showPage(position / pageSize_);
            table_->selectRow(position % pageSize_);
            return true;
        }
    }
    return false;
}

QStringList PagedTable::rowText(int row) const {
    QStringList cells;
    for (int column = 0; column < table_->columnCount(); ++column) {
        cells << (table_->item(row, column) ? table_->item(row, column)->text() : QString());
    }
    return cells;
}

QString PagedTable::cellText(const QJsonObject& row, const Column& column) const {
    const QJsonValue value = row.value(column.key);
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    switch (column.format) {
        case Format::Minutes:
            return formatSignedCredit(integerOf(value));
        case Format::Time:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(integerOf(value)),
                                      QLocale::ShortFormat);
        case Format::Day:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(integerOf(value)).date(),
                                      QLocale::ShortFormat);
        case Format::Money:
            return QLocale().toString(static_cast<double>(integerOf(value)) / 100.0, 'f', 2);
        case Format::Text:
            break;
    }
    return value.toVariant().toString();
}

}  // namespace sonara::studio
