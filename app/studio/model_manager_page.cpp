#include "app/studio/model_manager_page.h"

#include "app/studio/descriptor_translation.h"
#include "app/studio/url_install_dialog.h"
#include "core/engine/engine_host.h"
#include "core/engine/model_installer.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sonara::studio {

QString formatBytes(qint64 bytes) {
    if (bytes <= 0) {
        return ModelManagerPage::tr("unknown");
    }
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

ModelManagerPage::ModelManagerPage(core::EngineHost& host, QWidget* parent)
    : QWidget(parent),
      host_(host),
      table_(new QTableWidget),
      status_(new QLabel),
      progress_(new QProgressBar) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Models"))));
    auto* intro =
        new QLabel(tr("Models run on this computer. Classic engines (eSpeak NG, "
                      "PocketSphinx, FFmpeg) need none; the others need their model "
                      "installed here first."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Model"), tr("Installed"), tr("Capability"), tr("Size"),
                                       tr("VRAM estimate"), tr("Licence"), tr("Architecture")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    layout->addWidget(table_, 1);
    layout->addWidget(createButtons());
    progress_->setObjectName(QStringLiteral("progress"));
    progress_->hide();
    layout->addWidget(progress_);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &ModelManagerPage::updateButtons);
    connect(&host_.installer(), &core::ModelInstaller::progress, this,
            [this](const QString& id, qint64 done, qint64 total) {
                if (id == installing_) {
                    onDownloadProgress(done, total);
                }
            });
    connect(&host_.installer(), &core::ModelInstaller::finished, this,
            [this](const QString& id, const QString& state, const QString& error) {
                if (id == installing_) {
                    onDownloadFinished(state, error);
                }
            });
    refresh();
}

ModelManagerPage::~ModelManagerPage() = default;

QWidget* ModelManagerPage::createButtons() {
    install_ = new QPushButton(QIcon(QStringLiteral(":/studio/icons/download.svg")), tr("Install"));
    install_->setToolTip(tr("Download the selected model from the catalog's address"));
    auto* fromUrl = new QPushButton(tr("Install from URL…"));
    auto* fromFolder = new QPushButton(tr("Install from folder…"));
    cancel_ = new QPushButton(tr("Cancel download"));
    remove_ = new QPushButton(tr("Remove"));
    auto* row = new QWidget;
    auto* buttons = new QHBoxLayout(row);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* each : {install_, fromUrl, fromFolder, cancel_, remove_}) {
        buttons->addWidget(each);
    }
    buttons->addStretch(1);

    connect(install_, &QPushButton::clicked, this, [this] {
        if (!selectedModel().isEmpty()) {
            installFromCatalog(selectedModel());
        }
    });
    connect(fromUrl, &QPushButton::clicked, this, &ModelManagerPage::askForUrlInstall);
    connect(fromFolder, &QPushButton::clicked, this, [this] {
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
    connect(cancel_, &QPushButton::clicked, this, &ModelManagerPage::cancelInstall);
    connect(remove_, &QPushButton::clicked, this, [this] {
        const QString id = selectedModel();
        if (!id.isEmpty() && QMessageBox::question(this, tr("Remove model"),
                                                   tr("Remove %1 from this computer?").arg(id)) ==
                                 QMessageBox::Yes) {
            removeModel(id);
        }
    });
    updateButtons();
    return row;
}

QString ModelManagerPage::statusText() const {
    return status_->text();
}

QString ModelManagerPage::selectedModel() const {
    const int row = table_->currentRow();
    return row >= 0 && table_->item(row, ModelColumn)
               ? table_->item(row, ModelColumn)->data(Qt::UserRole).toString()
               : QString();
}

bool ModelManagerPage::selectModel(const QString& modelId) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, 0)->data(Qt::UserRole).toString() == modelId) {
            table_->selectRow(row);
            return true;
        }
    }
    return false;
}

void ModelManagerPage::refresh() {
    const QString selected = selectedModel();
    const auto& catalog = host_.models().catalog().models();
    const auto installed = host_.models().installedModels();
    table_->setRowCount(0);
    auto addRow = [this](const QStringList& cells, const QString& id, const QString& tooltip) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            // Long licence texts are shortened in the cell and shown whole in the tooltip.
            const QString& cell = cells[column];
            constexpr int kLongest = 24;
            auto* item = new QTableWidgetItem(column == LicenceColumn && cell.size() > kLongest
                                                  ? cell.left(kLongest - 1) + QChar(0x2026)
                                                  : cell);
            item->setToolTip(column == LicenceColumn && cell.size() > kLongest ? cell : tooltip);
            table_->setItem(row, column, item);
        }
        table_->item(row, ModelColumn)->setData(Qt::UserRole, id);
    };
    auto capabilityTitle = [this](const QString& id) {
        const core::CapabilityDescriptor* descriptor = host_.registry().capability(id);
        return descriptor ? translateDescriptor(descriptor->title) : id;
    };
    QStringList listed;
    for (const core::CatalogModel& model : catalog) {
        const bool present = host_.models().find(model.id).has_value();
        // A model for a capability this build does not have cannot be used: leave it out.
        if (!present && !host_.registry().capability(model.capability)) {
            continue;
        }
        addRow({model.title.isEmpty() ? model.id : model.title,
                present ? tr("installed") : tr("not installed"), capabilityTitle(model.capability),
                formatBytes(model.sizeBytes), formatBytes(model.vramBytes), model.licence,
                model.architecture},
               model.id, model.summary);
        listed << model.id;
    }
    for (const core::InstalledModel& model : installed) {
        if (!listed.contains(model.id)) {
            addRow({model.id, tr("installed"), QString(), formatBytes(model.sizeBytes), QString(),
                    QString(), model.architecture},
                   model.id, model.id);
        }
    }
    table_->resizeColumnsToContents();
    selectModel(selected);
    updateButtons();
}

void ModelManagerPage::updateButtons() {
    const QString id = selectedModel();
    const bool downloading = isInstalling();
    install_->setEnabled(!downloading && host_.models().catalog().find(id) &&
                         !host_.models().find(id).has_value());
    cancel_->setEnabled(downloading);
    remove_->setEnabled(!downloading && !id.isEmpty() && host_.models().find(id).has_value());
}

QStringList ModelManagerPage::knownArchitectures() const {
    QStringList architectures;
    for (const core::CapabilityDescriptor& capability : host_.registry().capabilities()) {
        for (const core::EngineInfo& engine : host_.registry().engines(capability.id)) {
            architectures << engine.architectures;
        }
    }
    architectures.removeDuplicates();
    architectures.sort();
    return architectures;
}

void ModelManagerPage::askForUrlInstall() {
    UrlInstallDialog dialog(knownArchitectures(), this);
    if (dialog.exec() == QDialog::Accepted) {
        installFromUrl(dialog.modelId(), dialog.url(), dialog.sha256(), dialog.architecture());
    }
}

bool ModelManagerPage::installFromCatalog(const QString& modelId) {
    return startDownload(modelId, {}, {}, {});
}

bool ModelManagerPage::installFromUrl(const QString& modelId, const QString& url,
                                      const QString& sha256, const QString& architecture) {
    return startDownload(modelId, url, sha256, architecture);
}

bool ModelManagerPage::startDownload(const QString& modelId, const QString& url,
                                     const QString& sha256, const QString& architecture) {
    if (isInstalling()) {
        status_->setText(
            tr("%1 is still downloading: wait for it or cancel it first.").arg(installing_));
        return false;
    }
    try {
        host_.installer().start(modelId, url, architecture, sha256);
    } catch (const std::exception& failure) {
        status_->setText(QString::fromUtf8(failure.what()));
        return false;
    }
    installing_ = modelId;
    progress_->setRange(0, 0);
    progress_->show();
    status_->setText(tr("Downloading %1…").arg(modelId));
    updateButtons();
    return true;
}

void ModelManagerPage::onDownloadProgress(qint64 done, qint64 total) {
    if (total <= 0) {
        progress_->setRange(0, 0);
        progress_->setFormat(formatBytes(done));
        return;
    }
    // Per mille, so sizes beyond int range still fit the bar.
    progress_->setRange(0, 1000);
    progress_->setValue(static_cast<int>(done * 1000 / total));
    progress_->setFormat(tr("%1 of %2").arg(formatBytes(done), formatBytes(total)));
}

void ModelManagerPage::onDownloadFinished(const QString& state, const QString& error) {
    const QString id = installing_;
    installing_.clear();
    progress_->hide();
    const bool installed = state == QLatin1String("installed");
    const QString reason =
        installed || !error.isEmpty() ? error : tr("the download of %1 was %2").arg(id, state);
    status_->setText(installed ? tr("%1 is installed.").arg(id) : reason);
    refresh();
    if (installed) {
        Q_EMIT modelsChanged();
    }
    Q_EMIT installFinished(id, reason);
}

void ModelManagerPage::cancelInstall() {
    if (isInstalling()) {
        host_.installer().cancel(installing_);
    }
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
