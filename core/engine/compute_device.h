#pragma once

#include <QList>
#include <QString>

namespace sonara::core {

// The device model engines run on, kept in the settings table (the studio's setting, also read
// by `sonara serve`; `sonara serve --device` overrides it): auto | cpu | cuda | cuda:N.
inline const QString kComputeDeviceSetting = QStringLiteral("compute_device");

// A device as this machine has it.
struct ComputeDevice {
    QString id;    // "cpu", "cuda:0": what the models' Options take
    QString name;  // "CPU", "CUDA GPU 0"
    bool cuda = false;
    qint64 freeBytes = 0;  // free memory when known (CUDA), else 0
};

// The CPU first, then each CUDA device this build can use, with its free memory.
QList<ComputeDevice> detectComputeDevices();

// Where a job's models run, decided in one place: every model engine loads through
// engine_support::loadCachedModel, which asks the job's DeviceChoice (JobContext::devices()).
class DeviceChoice {
public:
    // Throws ValidationError naming compute_device for a setting other than auto, cpu, cuda or
    // cuda:N. `budgetBytes` caps what a model may take on a CUDA device (the scheduler's budget);
    // 0 means the device's free memory.
    explicit DeviceChoice(const QString& setting = QStringLiteral("auto"),
                          QList<ComputeDevice> devices = detectComputeDevices(),
                          qint64 budgetBytes = 0);

    // The setting's device; auto: the CUDA device with the most free memory, else the CPU.
    // A pinned CUDA device this machine lacks falls back to the CPU and `notice` says so.
    struct Placement {
        ComputeDevice device;
        QString notice;
    };
    Placement place() const;
    // Where a model needing about `bytes` goes: the placed device when it fits the budget
    // (or the device's free memory), else the CPU, with a notice saying how much it needed.
    Placement placeModel(const QString& modelName, qint64 bytes) const;

    const QString& setting() const { return setting_; }
    // Memory for GPU-lane jobs at once: the budget given, else the placed CUDA device's free
    // memory, else 0 (no CUDA device).
    qint64 gpuBudgetBytes() const;

private:
    QString setting_;
    QList<ComputeDevice> devices_;
    qint64 budgetBytes_ = 0;
};

// "1.5 GiB", "300 MiB".
QString formatBytes(qint64 bytes);

}  // namespace sonara::core
