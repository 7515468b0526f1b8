#include "app/studio/paged_table.h"

#include "app/studio/admin_format.h"
#include "app/studio/export_dialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
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
      searchDelay_(new QTimer(this)),
      table_(new QTableWidget),
      previous_(new QPushButton(tr("Previous"))),
      next_(new QPushButton(tr("Next"))),
      position_(new QLabel) {
    filterEdit_->setObjectName(QStringLiteral("filter"));
    filterEdit_->setPlaceholderText(tr("Filter these rows"));
    filterEdit_->setClearButtonEnabled(true);
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(300);
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
    layout->addLayout(pager);
    layout->addWidget(table_, 1);

    connect(filterEdit_, &QLineEdit::textChanged, this, [this] {
        if (remote_) {
            searchDelay_->start();
        } else {
            setFilter(filterEdit_->text());
        }
    });
    connect(filterEdit_, &QLineEdit::returnPressed, this, [this] {
        if (remote_) {
            searchEdited();
        }
    });
    connect(searchDelay_, &QTimer::timeout, this, &PagedTable::searchEdited);
    connect(previous_, &QPushButton::clicked, this, [this] { showPage(page_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showPage(page_ + 1); });
    connect(table_, &QTableWidget::itemSelectionChanged, this, &PagedTable::selectionChanged);
    render();
}

void PagedTable::setRemote(bool remote) {
    remote_ = remote;
    filterEdit_->setPlaceholderText(remote ? tr("Search") : tr("Filter these rows"));
}

void PagedTable::setSearchPlaceholder(const QString& text) {
    filterEdit_->setPlaceholderText(text);
}

void PagedTable::searchEdited() {
    searchDelay_->stop();
    if (filterEdit_->text().trimmed() == filter_) {
        return;
    }
    filter_ = filterEdit_->text().trimmed();
    page_ = 0;
    Q_EMIT queryChanged();
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

void PagedTable::setPage(const QJsonArray& rows, qint64 total) {
    const QString selectedId = selectedRow().value(QStringLiteral("id")).toVariant().toString();
    rows_ = rows;
    remoteTotal_ = total;
    matching_.clear();
    for (int index = 0; index < rows_.size(); ++index) {
        matching_.append(index);
    }
    render();
    if (!selectedId.isEmpty()) {
        selectRow(QStringLiteral("id"), selectedId);
    }
}

void PagedTable::clear() {
    searchDelay_->stop();
    filter_.clear();
    filterEdit_->blockSignals(true);
    filterEdit_->clear();
    filterEdit_->blockSignals(false);
    rows_ = {};
    matching_.clear();
    remoteTotal_ = 0;
    page_ = 0;
    render();
}

void PagedTable::setPageSize(int rows) {
    pageSize_ = std::max(rows, 1);
    showPage(0);
}

void PagedTable::setFilter(const QString& text) {
    if (remote_) {
        filterEdit_->setText(text);
        searchEdited();
        return;
    }
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

qint64 PagedTable::matchingRowCount() const {
    return remote_ ? remoteTotal_ : static_cast<qint64>(matching_.size());
}

int PagedTable::pageCount() const {
    return std::max<int>(1, static_cast<int>((matchingRowCount() + pageSize_ - 1) / pageSize_));
}

void PagedTable::showPage(int page) {
    page_ = std::clamp(page, 0, pageCount() - 1);
    if (remote_) {
        Q_EMIT queryChanged();
        return;
    }
    render();
}

void PagedTable::refresh() {
    render();
}

void PagedTable::render() {
    // A remote table holds only the page shown.
    const int first = remote_ ? 0 : page_ * pageSize_;
    const int count = std::clamp(static_cast<int>(matching_.size()) - first, 0,
                                 remote_ ? static_cast<int>(matching_.size()) : pageSize_);
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
    position_->setText(tr("Page %1 of %2 · %n row(s)", nullptr,
                          static_cast<int>(std::min<qint64>(matchingRowCount(), 1 << 30)))
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
            if (!remote_) {
                showPage(position / pageSize_);
            }
            table_->selectRow(remote_ ? position : position % pageSize_);
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
    if (column.text) {
        return column.text(row);
    }
    const QJsonValue value = row.value(column.key);
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    switch (column.format) {
        case Format::Minutes:
            return formatSignedCredit(integerOf(value));
        case Format::Time:
            return formatTimestamp(integerOf(value), QString());
        case Format::Day:
            return formatDay(integerOf(value));
        case Format::Money:
            // In the row's currency: yen have no cents.
            return formatAmount(integerOf(value), row.value(QStringLiteral("currency")).toString());
        case Format::Text:
            break;
    }
    return value.toVariant().toString();
}

}  // namespace sonara::studio
