#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

// The model catalog with each model's size, licence, GPU memory estimate and installed state;
// installs a model from a local folder and removes installed ones.
class ModelManagerPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelManagerPage(core::EngineHost& host, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    // Installs the selected catalog model from `folder`; returns false with the reason shown.
    bool installFromFolder(const QString& modelId, const QString& folder);
    bool removeModel(const QString& modelId);
    QString selectedModel() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void modelsChanged();

private:
    core::EngineHost& host_;
    QTableWidget* table_;
    QLabel* status_;
};

QString formatBytes(qint64 bytes);

}  // namespace sonara::studio
