#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

struct ComputeDevice {
    QString id;  // as the engines read it: "cpu", "cuda:0", ...
    QString name;
};

// The CPU and each CUDA GPU this build's libtorch can use.
QList<ComputeDevice> computeDevices();
// What a person reads for a device id: "CPU", "CUDA GPU 0".
QString computeDeviceName(const QString& id);

// Compute device and precision, model cache size, data directory, local API port and token,
// language, and the account service. Settings that
// engines and `sonara serve` read live in the database's settings table; the data directory
// itself cannot, so it is kept in the studio's own settings and used from the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kDefaultApiPort = 7870;

    explicit SettingsDialog(core::EngineHost& host, QWidget* parent = nullptr);

    QComboBox* deviceBox() const { return device_; }
    QComboBox* precisionBox() const { return precision_; }
    QSpinBox* portBox() const { return port_; }
    QComboBox* languageBox() const { return language_; }
    QComboBox* themeBox() const { return theme_; }
    QLineEdit* dataDirectoryEdit() const { return dataDirectory_; }
    QLineEdit* tokenEdit() const { return token_; }
    QDoubleSpinBox* cacheSizeBox() const { return cacheSize_; }
    QLineEdit* serviceUrlEdit() const { return serviceUrl_; }
    qint64 modelCacheBytes() const;
    bool tokenRotated() const { return tokenRotated_; }

    void save();

public Q_SLOTS:
    void accept() override;

private:
    core::EngineHost& host_;
    QComboBox* device_;
    QComboBox* precision_;
    QDoubleSpinBox* cacheSize_;
    QLineEdit* serviceUrl_;
    QLineEdit* dataDirectory_;
    QSpinBox* port_;
    QComboBox* language_;
    QComboBox* theme_;
    QLineEdit* token_;
    bool tokenRotated_ = false;
};

}  // namespace sonara::studio
