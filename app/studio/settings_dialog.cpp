#include "app/studio/settings_dialog.h"

#include "app/studio/cloud_session.h"
#include "app/studio/studio_settings.h"

#include "core/api/api_token.h"
#include "core/engine/engine_host.h"
#include "core/store/settings_store.h"
#include "models/common/device_list.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sonara::studio {
namespace {

const QString kDeviceKey = QStringLiteral("compute_device");
const QString kPrecisionKey = QStringLiteral("precision");
const QString kPortKey = QStringLiteral("api_port");
const QString kDataKey = QStringLiteral("data_directory");
const QString kLanguageKey = QStringLiteral("language");
constexpr double kBytesPerGib = 1024.0 * 1024.0 * 1024.0;

}  // namespace

QString computeDeviceName(const QString& id) {
    return id.startsWith(QLatin1String("cuda")) ? SettingsDialog::tr("CUDA GPU %1").arg(id.mid(5))
                                                : SettingsDialog::tr("CPU");
}

QList<ComputeDevice> computeDevices() {
    QList<ComputeDevice> devices;
    for (const models::DeviceInfo& device : models::availableDevices()) {
        const QString id = QString::fromStdString(device.id);
        devices.append({id, computeDeviceName(id)});
    }
    return devices;
}

SettingsDialog::SettingsDialog(core::EngineHost& host, QWidget* parent)
    : QDialog(parent), host_(host) {
    setWindowTitle(tr("Settings"));
    core::store::SettingsStore settings(host_.database());
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    device_ = new QComboBox;
    device_->addItem(tr("Automatic (a CUDA GPU when present)"), QStringLiteral("auto"));
    for (const ComputeDevice& device : computeDevices()) {
        device_->addItem(device.name, device.id);
    }
    device_->setCurrentIndex(
        std::max(device_->findData(settings.value(kDeviceKey, QStringLiteral("auto"))), 0));
    device_->setToolTip(
        tr("Where models run, from the next job on; also what `sonara serve` uses unless it is "
           "given --device. A job whose model does not fit the GPU runs on the CPU and says so"));
    form->addRow(tr("Compute device"), device_);

    precision_ = new QComboBox;
    precision_->addItem(tr("Automatic (fp16 on GPU, fp32 on CPU)"), QStringLiteral("auto"));
    precision_->addItem(QStringLiteral("fp32"), QStringLiteral("fp32"));
    precision_->addItem(QStringLiteral("fp16"), QStringLiteral("fp16"));
    precision_->addItem(QStringLiteral("bf16"), QStringLiteral("bf16"));
    precision_->setCurrentIndex(
        std::max(precision_->findData(settings.value(kPrecisionKey, QStringLiteral("auto"))), 0));
    form->addRow(tr("Precision"), precision_);

    cacheSize_ = new QDoubleSpinBox;
    cacheSize_->setObjectName(QStringLiteral("cacheSize"));
    cacheSize_->setRange(0.5, 1024.0);
    cacheSize_->setDecimals(1);
    cacheSize_->setSingleStep(0.5);
    cacheSize_->setSuffix(tr(" GiB"));
    cacheSize_->setValue(
        settings.value(core::kModelCacheBytesSetting, core::kDefaultModelCacheBytes).toDouble() /
        kBytesPerGib);
    cacheSize_->setToolTip(
        tr("How much memory loaded models may keep between jobs; the least recently used "
           "model is unloaded first when more is needed"));
    form->addRow(tr("Model cache"), cacheSize_);

    auto* dataRow = new QHBoxLayout;
    dataDirectory_ = new QLineEdit(configuredDataDirectory());
    dataDirectory_->setPlaceholderText(host_.dataDirectory());
    dataDirectory_->setToolTip(tr("Takes effect the next time the studio starts"));
    auto* browse = new QPushButton(tr("Browse…"));
    dataRow->addWidget(dataDirectory_, 1);
    dataRow->addWidget(browse);
    form->addRow(tr("Data directory"), dataRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Data directory"), dataDirectory_->text());
        if (!folder.isEmpty()) {
            dataDirectory_->setText(folder);
        }
    });

    port_ = new QSpinBox;
    port_->setRange(0, 65535);
    port_->setValue(settings.value(kPortKey, kDefaultApiPort).toInt());
    port_->setToolTip(
        tr("Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect "
           "the next time the studio starts"));
    form->addRow(tr("Local API port"), port_);

    auto* tokenRow = new QHBoxLayout;
    token_ = new QLineEdit(QString::fromLatin1(core::api::ApiToken::loadOrCreate()));
    token_->setReadOnly(true);
    token_->setEchoMode(QLineEdit::Password);
    token_->setToolTip(tr("Scripts send it as a bearer token; it is kept in %1")
                           .arg(core::api::ApiToken::defaultPath()));
    auto* show = new QPushButton(tr("Show"));
    show->setCheckable(true);
    auto* copy = new QPushButton(tr("Copy"));
    auto* rotate = new QPushButton(tr("Rotate"));
    rotate->setToolTip(tr("Replace the token: scripts using the old one are refused"));
    tokenRow->addWidget(token_, 1);
    tokenRow->addWidget(show);
    tokenRow->addWidget(copy);
    tokenRow->addWidget(rotate);
    form->addRow(tr("Local API token"), tokenRow);
    connect(show, &QPushButton::toggled, this,
            [this](bool on) { token_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(token_->text()); });
    connect(rotate, &QPushButton::clicked, this, [this] {
        token_->setText(QString::fromLatin1(core::api::ApiToken::rotate()));
        tokenRotated_ = true;
    });

    language_ = new QComboBox;
    language_->addItem(tr("System language"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language_->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language_->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    language_->setCurrentIndex(std::max(language_->findData(configuredLanguage()), 0));
    form->addRow(tr("Language"), language_);
    theme_ = new QComboBox;
    theme_->setObjectName(QStringLiteral("theme"));
    theme_->addItem(tr("Follow the desktop"), QString());
    theme_->addItem(tr("Light"), QStringLiteral("light"));
    theme_->addItem(tr("Dark"), QStringLiteral("dark"));
    theme_->setCurrentIndex(std::max(theme_->findData(configuredTheme()), 0));
    form->addRow(tr("Theme"), theme_);

    serviceUrl_ = new QLineEdit(configuredServiceUrl().toString());
    serviceUrl_->setObjectName(QStringLiteral("serviceUrl"));
    serviceUrl_->setToolTip(tr("The Sonara account service the studio signs in to"));
    form->addRow(tr("Account service"), serviceUrl_);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::save() {
    core::store::SettingsStore settings(host_.database());
    settings.setValue(kDeviceKey, device_->currentData());
    host_.setComputeDevice(device_->currentData().toString());
    settings.setValue(kPrecisionKey, precision_->currentData());
    settings.setValue(kPortKey, port_->value());
    const qint64 cacheBytes = modelCacheBytes();
    settings.setValue(core::kModelCacheBytesSetting, cacheBytes);
    host_.modelCache().setBudget(cacheBytes);
    auto studio = studioSettings();
    studio->setValue(kDataKey, dataDirectory_->text().trimmed());
    studio->setValue(kLanguageKey, language_->currentData());
    if (studio->value(QStringLiteral("theme")).toString() != theme_->currentData().toString()) {
        studio->setValue(QStringLiteral("theme"), theme_->currentData());
        applyTheme(theme_->currentData().toString());
    }
    const QUrl service = QUrl::fromUserInput(serviceUrl_->text().trimmed());
    if (service.isValid()) {
        setConfiguredServiceUrl(service);
    }
}

qint64 SettingsDialog::modelCacheBytes() const {
    return static_cast<qint64>(cacheSize_->value() * kBytesPerGib);
}

void SettingsDialog::accept() {
    save();
    QDialog::accept();
}

}  // namespace sonara::studio
