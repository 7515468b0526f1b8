#include "app/studio/model_manager_page.h"

#include "core/engine/engine_host.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sonara::studio {

QString formatBytes(qint64 bytes) {
    if (bytes <= 0) {
        return QStringLiteral("–");
    }
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

ModelManagerPage::ModelManagerPage(core::EngineHost& host, QWidget* parent)
    : QWidget(parent), host_(host), table_(new QTableWidget) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Models"))));
    auto* intro =
        new QLabel(tr("Models run on this computer. Classic engines (eSpeak NG, "
                      "PocketSphinx, FFmpeg) need none; the others need their model "
                      "installed here first."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_->setColumnCount(7);
    table_->setHorizontalHeaderLabels({tr("Model"), tr("Capability"), tr("Architecture"),
                                       tr("Size"), tr("Licence"), tr("GPU memory"),
                                       tr("Installed")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    layout->addWidget(table_, 1);

    auto* buttons = new QHBoxLayout;
    auto* install = new QPushButton(tr("Install from folder…"));
    auto* remove = new QPushButton(tr("Remove"));
    buttons->addWidget(install);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    status_ = new QLabel;
    status_->setWordWrap(true);
    layout->addWidget(status_);

    connect(install, &QPushButton::clicked, this, [this] {
        const QString id = selectedModel();
        if (id.isEmpty()) {
            status_->setText(tr("Select a model in the list first."));
            return;
        }
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder with the files of %1").arg(id));
        if (!folder.isEmpty()) {
            installFromFolder(id, folder);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString id = selectedModel();
        if (id.isEmpty()) {
            return;
        }
        if (QMessageBox::question(this, tr("Remove model"),
                                  tr("Remove %1 from this computer?").arg(id)) ==
            QMessageBox::Yes) {
            removeModel(id);
        }
    });
    refresh();
}

QString ModelManagerPage::selectedModel() const {
    const int row = table_->currentRow();
    return row >= 0 && table_->item(row, 0) ? table_->item(row, 0)->data(Qt::UserRole).toString()
                                            : QString();
}

void ModelManagerPage::refresh() {
    const auto& catalog = host_.models().catalog().models();
    const auto installed = host_.models().installedModels();
    table_->setRowCount(0);
    auto addRow = [this](const QStringList& cells, const QString& id, const QString& tooltip) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(tooltip);
            table_->setItem(row, column, item);
        }
        table_->item(row, 0)->setData(Qt::UserRole, id);
    };
    QStringList listed;
    for (const core::CatalogModel& model : catalog) {
        const bool present = host_.models().find(model.id).has_value();
        addRow({model.title.isEmpty() ? model.id : model.title, model.capability,
                model.architecture, formatBytes(model.sizeBytes), model.licence,
                formatBytes(model.vramBytes), present ? tr("installed") : tr("not installed")},
               model.id, model.summary);
        listed << model.id;
    }
    for (const core::InstalledModel& model : installed) {
        if (!listed.contains(model.id)) {
            addRow({model.id, QString(), model.architecture, formatBytes(model.sizeBytes),
                    QString(), QString(), tr("installed")},
                   model.id, model.directory);
        }
    }
    table_->resizeColumnsToContents();
}

bool ModelManagerPage::installFromFolder(const QString& modelId, const QString& folder) {
    try {
        host_.models().installFromFolder(modelId, folder);
        status_->setText(tr("%1 is installed.").arg(modelId));
    } catch (const std::exception& failure) {
        status_->setText(QString::fromUtf8(failure.what()));
        return false;
    }
    refresh();
    Q_EMIT modelsChanged();
    return true;
}

bool ModelManagerPage::removeModel(const QString& modelId) {
    try {
        host_.models().remove(modelId);
        status_->setText(tr("%1 was removed.").arg(modelId));
    } catch (const std::exception& failure) {
        status_->setText(QString::fromUtf8(failure.what()));
        return false;
    }
    refresh();
    Q_EMIT modelsChanged();
    return true;
}

}  // namespace sonara::studio
