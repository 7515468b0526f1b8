#include "core/engine/compute_device.h"

#include "core/engine/errors.h"
#include "models/common/device_list.h"

#include <QRegularExpression>

namespace sonara::core {

namespace {

ComputeDevice cpuDevice() {
    return ComputeDevice{QStringLiteral("cpu"), QStringLiteral("CPU"), false, 0};
}

}  // namespace

QList<ComputeDevice> detectComputeDevices() {
    QList<ComputeDevice> devices;
    for (const models::DeviceInfo& info : models::availableDevices()) {
        ComputeDevice device{QString::fromStdString(info.id), QString::fromStdString(info.name),
                             info.cuda, 0};
        if (info.cuda) {
            device.freeBytes = models::cudaFreeBytes(device.id.mid(5).toInt());
        }
        devices.append(device);
    }
    return devices;
}

DeviceChoice::DeviceChoice(const QString& setting, QList<ComputeDevice> devices, qint64 budgetBytes)
    : setting_(setting.trimmed().toLower()),
      devices_(std::move(devices)),
      budgetBytes_(budgetBytes) {
    if (setting_.isEmpty()) {
        setting_ = QStringLiteral("auto");
    }
    static const QRegularExpression valid(QStringLiteral("^(auto|cpu|cuda|cuda:[0-9]{1,3})$"));
    if (!valid.match(setting_).hasMatch()) {
        throw ValidationError(ValidationError::Kind::OutOfRange, kComputeDeviceSetting,
                              QStringLiteral("the compute device '%1' is not valid: use auto (the "
                                             "best GPU, else the CPU), cpu, cuda or cuda:N")
                                  .arg(setting.left(40)));
    }
}

DeviceChoice::Placement DeviceChoice::place() const {
    if (setting_ == QLatin1String("cpu")) {
        return {cpuDevice(), {}};
    }
    const ComputeDevice* best = nullptr;
    for (const ComputeDevice& device : devices_) {
        if (!device.cuda) {
            continue;
        }
        const bool wanted = setting_ == QLatin1String("auto") || setting_ == QLatin1String("cuda")
                                ? (!best || device.freeBytes > best->freeBytes)
                                : device.id == setting_;
        if (wanted) {
            best = &device;
        }
    }
    if (best) {
        return {*best, {}};
    }
    if (setting_ == QLatin1String("auto")) {
        return {cpuDevice(), {}};
    }
    return {cpuDevice(),
            QStringLiteral("the compute device is set to %1, which this machine does not have (or "
                           "this build of Sonara cannot use): the job ran on the CPU. Pick the CPU "
                           "or auto in the settings to stop this notice")
                .arg(setting_)};
}

DeviceChoice::Placement DeviceChoice::placeModel(const QString& modelName, qint64 bytes) const {
    Placement placement = place();
    if (!placement.device.cuda) {
        return placement;
    }
    const qint64 room = budgetBytes_ > 0 ? budgetBytes_ : placement.device.freeBytes;
    if (room <= 0 || bytes <= room) {
        return placement;
    }
    return {cpuDevice(),
            QStringLiteral("%1 needs about %2 of GPU memory but %3 has %4 for it: the job ran on "
                           "the CPU (slower). Close other programs using the GPU, or choose a "
                           "smaller model, to run it on the GPU")
                .arg(modelName, formatBytes(bytes), placement.device.name, formatBytes(room))};
}

qint64 DeviceChoice::gpuBudgetBytes() const {
    if (budgetBytes_ > 0) {
        return budgetBytes_;
    }
    const Placement placement = place();
    return placement.device.cuda ? placement.device.freeBytes : 0;
}

QString formatBytes(qint64 bytes) {
    const double mib = double(bytes) / (1 << 20);
    if (mib >= 1024) {
        return QStringLiteral("%1 GiB").arg(mib / 1024, 0, 'f', 1);
    }
    return QStringLiteral("%1 MiB").arg(std::max(1.0, mib), 0, 'f', 0);
}

}  // namespace sonara::core
