#pragma once

#include "core/engine/model_catalog.h"

#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sonara::core {
class EngineHost;
}  // namespace sonara::core

namespace sonara::studio {

// The model catalog with each model's size, licence, VRAM estimate and installed state.
// Installs a catalog model from its URLs, any model from the URL of its checkpoint, or from a
// local folder; downloads show progress, resume where they stopped, are checked against their
// sha256 and can be cancelled. Removes installed models.
class ModelManagerPage : public QWidget {
    Q_OBJECT
public:
    // The table's columns: what matters most (the model and whether it is here) comes first, so
    // a narrow window still shows it.
    enum Column {
        ModelColumn,
        InstalledColumn,
        CapabilityColumn,
        SizeColumn,
        VramColumn,
        LicenceColumn,
        ArchitectureColumn,
        ColumnCount
    };

    explicit ModelManagerPage(core::EngineHost& host, QWidget* parent = nullptr);
    ~ModelManagerPage() override;

    QTableWidget* table() const { return table_; }
    QProgressBar* progressBar() const { return progress_; }
    QString statusText() const;
    // Installs the selected catalog model from `folder`; returns false with the reason shown.
    bool installFromFolder(const QString& modelId, const QString& folder);
    bool removeModel(const QString& modelId);
    QString selectedModel() const;
    bool selectModel(const QString& modelId);
    bool isInstalling() const { return !installing_.isEmpty(); }

    // Start a download; installFinished follows. Return false with the reason shown when the
    // download cannot start (another is running, or the request is malformed).
    bool installFromCatalog(const QString& modelId);
    bool installFromUrl(const QString& modelId, const QString& url, const QString& sha256,
                        const QString& architecture);

public Q_SLOTS:
    void refresh();
    void cancelInstall();

Q_SIGNALS:
    void modelsChanged();
    // `error` is empty when the model was installed.
    void installFinished(const QString& modelId, const QString& error);

private:
    QWidget* createButtons();
    // Through the engine host's installer, the one the local API and `sonara models` use.
    bool startDownload(const QString& modelId, const QString& url, const QString& sha256,
                       const QString& architecture);
    void onDownloadProgress(qint64 done, qint64 total);
    void onDownloadFinished(const QString& state, const QString& error);
    void updateButtons();
    void askForUrlInstall();
    QStringList knownArchitectures() const;

    core::EngineHost& host_;
    QTableWidget* table_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* install_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* remove_ = nullptr;
    QString installing_;  // the model this page is downloading
};

// A size as people read it ("146.6 MB"), or "unknown" when the catalog does not say.
QString formatBytes(qint64 bytes);

}  // namespace sonara::studio
