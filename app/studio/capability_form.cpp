#include "app/studio/capability_form.h"

#include "app/studio/descriptor_translation.h"
#include "app/studio/input_editor.h"
#include "app/studio/user_message.h"

#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/voice_library.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace sonara::studio {
namespace {

const char* const kParameterProperty = "sonaraParameter";

QString suffixFor(const core::ParameterSpec& spec) {
    return spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + translateDescriptor(spec.unit);
}

}  // namespace

CapabilityForm::CapabilityForm(core::EngineHost& host, const QString& capabilityId, QWidget* parent)
    : QWidget(parent), host_(host), capabilityId_(capabilityId) {
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(capabilityId_);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(
        QStringLiteral("<h2>%1</h2>").arg(translateDescriptor(descriptor->title).toHtmlEscaped()));
    auto* summary = new QLabel(translateDescriptor(descriptor->summary));
    summary->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(summary);

    modelMessage_ = new QLabel;
    modelMessage_->setWordWrap(true);
    modelMessage_->setTextFormat(Qt::RichText);
    modelMessage_->setObjectName(QStringLiteral("modelMessage"));
    connect(modelMessage_, &QLabel::linkActivated, this, &CapabilityForm::modelManagerRequested);
    layout->addWidget(modelMessage_);

    formArea_ = new QWidget;
    auto* formLayout = new QVBoxLayout(formArea_);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* pickers = new QFormLayout;
    engine_ = new QComboBox;
    engine_->setObjectName(QStringLiteral("engine"));
    for (const core::EngineInfo& info : host_.registry().engines(capabilityId_)) {
        engine_->addItem(info.title.isEmpty() ? info.id : translateDescriptor(info.title), info.id);
        engine_->setItemData(engine_->count() - 1, translateDescriptor(info.summary),
                             Qt::ToolTipRole);
    }
    pickers->addRow(tr("Engine"), engine_);
    model_ = new QComboBox;
    model_->setObjectName(QStringLiteral("model"));
    modelLabel_ = new QLabel(tr("Model"));
    pickers->addRow(modelLabel_, model_);
    formLayout->addLayout(pickers);

    // The current track is the file a capability needs; an optional one (a clip to continue, a
    // picture) is picked like any other input, so generating never takes the open track.
    const core::InputSpec* trackInput = descriptor->firstFileInput();
    if (trackInput && !trackInput->required) {
        trackInput = nullptr;
    }
    const bool hasVoices = descriptor->firstInput(core::InputKind::Voice) != nullptr;
    const QList<core::Voice> voices = hasVoices ? host_.voices().list() : QList<core::Voice>();
    for (const core::InputSpec& input : descriptor->inputs) {
        if (&input == trackInput) {
            audioInput_ = new QLabel;
            audioInput_->setObjectName(QStringLiteral("input:") + input.id);
            audioInput_->setToolTip(translateDescriptor(input.help));
            formLayout->addWidget(audioInput_);
            continue;
        }
        auto* editor = new InputEditor(input, voices);
        formLayout->addWidget(new QLabel(translateDescriptor(input.title)));
        formLayout->addWidget(editor);
        connect(editor, &InputEditor::changed, this, &CapabilityForm::updateState);
        if (!textInput_ && editor->textEdit()) {
            textInput_ = editor->textEdit();
        }
        inputEditors_.append(editor);
    }
    setAudioInputName({});

    auto* parameterBox = new QWidget;
    parameterLayout_ = new QFormLayout(parameterBox);
    parameterLayout_->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(parameterBox);
    layout->addWidget(formArea_);

    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addWidget(error_);
    runButton_ = new QPushButton(tr("Run"));
    runButton_->setObjectName(QStringLiteral("run"));
    runButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    runButton_->setToolTip(tr("Run this capability (Ctrl+Return)"));
    connect(runButton_, &QPushButton::clicked, this, &CapabilityForm::submit);
    layout->addWidget(runButton_, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(engine_, &QComboBox::currentIndexChanged, this, [this] {
        refreshModels();
        rebuildParameters();
    });
    const QString preferred = host_.registry().defaultEngine(capabilityId_, &host_.models());
    refreshModels();
    setEngine(preferred.isEmpty() ? engine_->itemData(0).toString() : preferred);
    rebuildParameters();
}

QString CapabilityForm::engineId() const {
    return engine_->currentData().toString();
}

void CapabilityForm::setEngine(const QString& engineId) {
    const int index = engine_->findData(engineId);
    if (index >= 0) {
        engine_->setCurrentIndex(index);
    }
}

QString CapabilityForm::modelId() const {
    return model_->isHidden() ? QString() : model_->currentData().toString();
}

void CapabilityForm::setAudioInputProvider(std::function<QString()> provider) {
    audioInputProvider_ = std::move(provider);
}

void CapabilityForm::setPanel(QWidget* panel) {
    auto* box = static_cast<QVBoxLayout*>(layout());
    // The panel takes the room the closing stretch kept empty.
    delete box->takeAt(box->count() - 1);
    box->addWidget(panel, 1);
    panel_ = panel;
}

void CapabilityForm::setAudioInputName(const QString& name) {
    if (!audioInput_) {
        return;
    }
    audioInput_->setText(name.isEmpty() ? tr("Input: open a track first; the current track is used")
                                        : tr("Input: the current track, %1").arg(name));
    audioInput_->setProperty("trackName", name);
    updateState();
}

void CapabilityForm::refreshVoices() {
    QList<core::Voice> voices;
    bool loaded = false;
    for (InputEditor* editor : std::as_const(inputEditors_)) {
        if (editor->spec().kind != core::InputKind::Voice) {
            continue;
        }
        if (!loaded) {
            voices = host_.voices().list();
            loaded = true;
        }
        editor->setVoices(voices);
    }
}

void CapabilityForm::showEvent(QShowEvent* event) {
    refreshVoices();
    QWidget::showEvent(event);
}

void CapabilityForm::refreshModels() {
    const QString engineId = this->engineId();
    const auto engines = host_.registry().engines(capabilityId_);
    QStringList architectures;
    bool needsModel = false;
    bool anyEngineUsable = false;
    const auto installed = host_.models().installedModels();
    for (const core::EngineInfo& info : engines) {
        bool usable = !info.needsModel();
        for (const core::InstalledModel& model : installed) {
            usable = usable || info.architectures.contains(model.architecture);
        }
        anyEngineUsable = anyEngineUsable || usable;
        if (info.id == engineId) {
            architectures = info.architectures;
            needsModel = info.needsModel();
        }
    }
    const QString previous = model_->currentData().toString();
    model_->clear();
    for (const core::InstalledModel& model : installed) {
        if (architectures.contains(model.architecture)) {
            model_->addItem(model.id, model.id);
        }
    }
    const int previousIndex = model_->findData(previous);
    if (previousIndex >= 0) {
        model_->setCurrentIndex(previousIndex);
    }
    model_->setHidden(!needsModel);
    modelLabel_->setHidden(!needsModel);

    const QString link =
        QStringLiteral("<a href=\"models\">%1</a>").arg(tr("Open the model manager"));
    if (!anyEngineUsable) {
        QStringList wanted;
        for (const core::CatalogModel& model : host_.models().catalog().models()) {
            if (model.capability == capabilityId_) {
                wanted << model.id;
            }
        }
        modelMessage_->setText(
            tr("No engine for this capability can run yet: install one of its models (%1). %2")
                .arg(wanted.isEmpty() ? tr("none listed in the catalog")
                                      : wanted.join(QStringLiteral(", ")),
                     link));
        modelMessage_->show();
        formArea_->hide();
    } else if (needsModel && model_->count() == 0) {
        modelMessage_->setText(tr("The engine %1 needs a model and none is installed. %2")
                                   .arg(engine_->currentText(), link));
        modelMessage_->show();
        formArea_->show();
    } else {
        modelMessage_->hide();
        formArea_->show();
    }
    updateState();
}

QWidget* CapabilityForm::createEditor(const core::ParameterSpec& spec) {
    QWidget* editor = nullptr;
    switch (spec.type) {
        case core::ParameterType::Boolean: {
            auto* box = new QCheckBox;
            box->setChecked(spec.defaultValue.toBool());
            connect(box, &QCheckBox::toggled, this, &CapabilityForm::updateState);
            editor = box;
            break;
        }
        case core::ParameterType::Integer: {
            auto* box = new QSpinBox;
            box->setRange(spec.minimum ? static_cast<int>(std::ceil(*spec.minimum))
                                       : std::numeric_limits<int>::min(),
                          spec.maximum ? static_cast<int>(std::floor(*spec.maximum))
                                       : std::numeric_limits<int>::max());
            box->setValue(spec.defaultValue.toInt());
            box->setSuffix(suffixFor(spec));
            // The line edit, not the spin box: text that fails validation never reaches
            // the spin box's own signal.
            connect(box->findChild<QLineEdit*>(), &QLineEdit::textChanged, this,
                    &CapabilityForm::updateState);
            editor = box;
            break;
        }
        case core::ParameterType::Number: {
            auto* box = new QDoubleSpinBox;
            const double low = spec.minimum.value_or(-1e9);
            const double high = spec.maximum.value_or(1e9);
            box->setDecimals(high - low <= 10 ? 3 : 2);
            box->setRange(low, high);
            box->setSingleStep(high - low <= 2 ? 0.05 : (high - low <= 20 ? 0.5 : 1.0));
            box->setValue(spec.defaultValue.toDouble());
            box->setSuffix(suffixFor(spec));
            connect(box->findChild<QLineEdit*>(), &QLineEdit::textChanged, this,
                    &CapabilityForm::updateState);
            editor = box;
            break;
        }
        case core::ParameterType::Choice: {
            auto* box = new QComboBox;
            for (const QString& choice : spec.choices) {
                box->addItem(translateDescriptor(choice), choice);
            }
            box->setCurrentIndex(std::max(box->findData(spec.defaultValue.toString()), 0));
            connect(box, &QComboBox::currentIndexChanged, this, &CapabilityForm::updateState);
            editor = box;
            break;
        }
        case core::ParameterType::String: {
            auto* line = new QLineEdit;
            line->setText(spec.defaultValue.toString());
            connect(line, &QLineEdit::textChanged, this, &CapabilityForm::updateState);
            editor = line;
            break;
        }
    }
    editor->setObjectName(QStringLiteral("parameter:") + spec.id);
    editor->setProperty(kParameterProperty, spec.id);
    editor->setToolTip(translateDescriptor(spec.help));
    return editor;
}

void CapabilityForm::rebuildParameters() {
    while (parameterLayout_->rowCount() > 0) {
        parameterLayout_->removeRow(0);
    }
    editors_.clear();
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(capabilityId_);
    for (const core::ParameterSpec& spec : descriptor->parametersFor(engineId())) {
        QWidget* editor = createEditor(spec);
        editors_.insert(spec.id, editor);
        auto* label = new QLabel(spec.title.isEmpty() ? spec.id : translateDescriptor(spec.title));
        label->setToolTip(translateDescriptor(spec.help));
        parameterLayout_->addRow(label, editor);
    }
    updateState();
}

QWidget* CapabilityForm::parameterWidget(const QString& id) const {
    return editors_.value(id);
}

QStringList CapabilityForm::parameterIds() const {
    return editors_.keys();
}

QVariantMap CapabilityForm::values() const {
    QVariantMap result;
    for (auto it = editors_.begin(); it != editors_.end(); ++it) {
        QWidget* editor = it.value();
        if (auto* box = qobject_cast<QCheckBox*>(editor)) {
            result.insert(it.key(), box->isChecked());
        } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            result.insert(it.key(), spin->value());
        } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
            result.insert(it.key(), spin->value());
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            result.insert(it.key(), combo->currentData());
        } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            result.insert(it.key(), line->text());
        }
    }
    return result;
}

bool CapabilityForm::canSubmit(QString* reason) const {
    auto fail = [reason](const QString& why) {
        if (reason) {
            *reason = why;
        }
        return false;
    };
    if (formArea_->isHidden()) {
        return fail(tr("Install a model for this capability first."));
    }
    if (engineId().isEmpty()) {
        return fail(tr("No engine can run this capability."));
    }
    if (!model_->isHidden() && model_->currentData().toString().isEmpty()) {
        return fail(tr("Choose an installed model, or install one from the Models page."));
    }
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(capabilityId_);
    for (auto it = editors_.begin(); it != editors_.end(); ++it) {
        const core::ParameterSpec* spec = descriptor->parameter(it.key());
        const QString title =
            spec && !spec->title.isEmpty() ? translateDescriptor(spec->title) : it.key();
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(it.value())) {
            if (!spin->hasAcceptableInput()) {
                return fail(tr("%1 is out of range.").arg(title));
            }
        } else if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            if (spec && spec->required && line->text().trimmed().isEmpty()) {
                return fail(tr("%1 must not be empty.").arg(title));
            }
        }
    }
    for (const InputEditor* editor : inputEditors_) {
        if (editor->spec().required && !editor->isGiven()) {
            return fail(editor->textEdit()
                            ? tr("Enter the text first.")
                            : tr("Give %1 first.").arg(translateDescriptor(editor->spec().title)));
        }
    }
    if (audioInput_ && audioInput_->property("trackName").toString().isEmpty()) {
        return fail(tr("Open a track first: it is this capability's input."));
    }
    return true;
}

void CapabilityForm::updateState() {
    // Editors signal while the page is still being built.
    if (!runButton_ || !formArea_ || !model_) {
        return;
    }
    QString reason;
    const bool ok = canSubmit(&reason);
    runButton_->setEnabled(ok);
    runButton_->setToolTip(ok ? tr("Run this capability (Ctrl+Return)") : reason);
}

QString CapabilityForm::errorText() const {
    return error_->text();
}

QString CapabilityForm::submit() {
    QString reason;
    if (!canSubmit(&reason)) {
        error_->setText(reason);
        return {};
    }
    core::JobRequest request;
    request.capability = capabilityId_;
    request.engine = engineId();
    request.model = model_->isHidden() ? QString() : model_->currentData().toString();
    request.parameters = values();
    const core::CapabilityDescriptor* descriptor = host_.registry().capability(capabilityId_);
    try {
        for (const InputEditor* editor : inputEditors_) {
            if (editor->isGiven()) {
                request.inputs.set(editor->spec().id, editor->value());
            }
        }
        if (audioInput_) {
            const QString path = audioInputProvider_ ? audioInputProvider_() : QString();
            if (path.isEmpty()) {
                error_->setText(tr("Open a track first: it is this capability's input."));
                return {};
            }
            request.inputs.setFiles(descriptor->firstFileInput()->id, {path});
        }
        const QString id = host_.jobs().submit(request);
        error_->clear();
        Q_EMIT jobSubmitted(id);
        return id;
    } catch (const std::exception& failure) {
        error_->setText(userMessage(failure));
        return {};
    }
}

namespace {

// Scrolling a page must not turn the combo box or spin box that passes under the pointer: a
// field takes the wheel only once it has the focus; until then the page scrolls.
class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Wheel) {
            return false;
        }
        QWidget* field = qobject_cast<QWidget*>(watched);
        if (field && qobject_cast<QAbstractSpinBox*>(field->parentWidget())) {
            field = field->parentWidget();  // the spin box's own line edit
        }
        if (!field || field->hasFocus() ||
            !(qobject_cast<QComboBox*>(field) || qobject_cast<QAbstractSpinBox*>(field))) {
            return false;
        }
        for (QWidget* up = field->parentWidget(); up; up = up->parentWidget()) {
            if (auto* page = qobject_cast<QScrollArea*>(up)) {
                QCoreApplication::sendEvent(page->verticalScrollBar(), event);
                return true;
            }
        }
        return false;
    }
};

}  // namespace

QWidget* scrollablePage(CapabilityForm* form) {
    static WheelGuard* guard = nullptr;
    if (!guard) {
        guard = new WheelGuard(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(guard);
    }
    auto* page = new QScrollArea;
    page->setObjectName(QStringLiteral("page-%1").arg(form->capabilityId()));
    page->setFrameShape(QFrame::NoFrame);
    page->setWidgetResizable(true);
    page->setWidget(form);
    return page;
}

}  // namespace sonara::studio
