#include "app/studio/input_editor.h"

#include "app/studio/descriptor_translation.h"
#include "core/engine/errors.h"
#include "core/engine/voice_library.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace sonara::studio {

InputEditor::InputEditor(const core::InputSpec& spec, const QList<core::Voice>& voices,
                         QWidget* parent)
    : QWidget(parent), spec_(spec) {
    setObjectName(QStringLiteral("input:") + spec.id);
    setToolTip(translateDescriptor(spec.help));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (spec.kind) {
        case core::InputKind::Text:
            text_ = new QPlainTextEdit;
            text_->setPlaceholderText(translateDescriptor(spec.help));
            text_->setMaximumHeight(140);
            layout->addWidget(text_);
            connect(text_, &QPlainTextEdit::textChanged, this, &InputEditor::changed);
            break;
        case core::InputKind::Choice:
            combo_ = new QComboBox;
            combo_->setEditable(spec.choices.isEmpty());
            for (const QString& choice : spec.choices) {
                combo_->addItem(translateDescriptor(choice), choice);
            }
            layout->addWidget(combo_);
            connect(combo_, &QComboBox::currentTextChanged, this, &InputEditor::changed);
            break;
        case core::InputKind::Voice:
            combo_ = new QComboBox;
            combo_->setPlaceholderText(tr("Add a voice to the voice library first"));
            setVoices(voices);
            layout->addWidget(combo_);
            connect(combo_, &QComboBox::currentIndexChanged, this, &InputEditor::changed);
            break;
        case core::InputKind::Audio:
        case core::InputKind::Video:
        case core::InputKind::Image:
        case core::InputKind::Document:
            buildFilePicker();
            break;
    }
}

void InputEditor::setVoices(const QList<core::Voice>& voices) {
    if (spec_.kind != core::InputKind::Voice) {
        return;
    }
    const QString chosen = combo_->currentData().toString();
    const QSignalBlocker quiet(combo_);
    combo_->clear();
    if (!spec_.required) {
        combo_->addItem(tr("(none)"), QString());
    }
    for (const core::Voice& voice : voices) {
        combo_->addItem(voice.name, voice.id);
    }
    // A chosen voice that left the library is not swapped for another one behind the user's
    // back: the input is empty again (or "(none)").
    const int index = combo_->findData(chosen);
    const bool lost = !chosen.isEmpty() && index < 0;
    combo_->setCurrentIndex(index >= 0 ? index : (lost && spec_.required ? -1 : 0));
    if (combo_->currentData().toString() != chosen) {
        Q_EMIT changed();
    }
}

void InputEditor::buildFilePicker() {
    path_ = new QLineEdit;
    path_->setPlaceholderText(spec_.kind == core::InputKind::Document
                                  ? tr("A JSON file")
                                  : (spec_.multiple ? tr("Files, separated by ;") : tr("A file")));
    auto* button = new QPushButton(tr("Browse…"));
    button->setObjectName(QStringLiteral("browse"));
    layout()->addWidget(path_);
    layout()->addWidget(button);
    connect(path_, &QLineEdit::textChanged, this, &InputEditor::changed);
    connect(button, &QPushButton::clicked, this, &InputEditor::browse);
}

void InputEditor::browse() {
    QString filter;
    switch (spec_.kind) {
        case core::InputKind::Document:
            filter = tr("JSON documents (*.json)");
            break;
        case core::InputKind::Video:
            filter = tr("Video (*.mp4 *.mov *.mkv *.webm *.avi)");
            break;
        case core::InputKind::Image:
            filter = tr("Pictures (*.png *.jpg *.jpeg *.webp)");
            break;
        default:
            filter = tr("Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)");
            break;
    }
    const QString title = translateDescriptor(spec_.title);
    if (spec_.multiple) {
        const QStringList files = QFileDialog::getOpenFileNames(this, title, QString(), filter);
        if (!files.isEmpty()) {
            path_->setText(files.join(QLatin1Char(';')));
        }
    } else if (const QString file = QFileDialog::getOpenFileName(this, title, QString(), filter);
               !file.isEmpty()) {
        path_->setText(file);
    }
}

bool InputEditor::isGiven() const {
    if (text_) {
        return !text_->toPlainText().trimmed().isEmpty();
    }
    if (combo_) {
        return !value().toString().isEmpty();
    }
    return !path_->text().trimmed().isEmpty();
}

QVariant InputEditor::value() const {
    if (text_) {
        return text_->toPlainText();
    }
    if (combo_) {
        const int index = combo_->findText(combo_->currentText());
        const QVariant data = index >= 0 ? combo_->itemData(index) : QVariant();
        return data.isValid() ? data.toString() : combo_->currentText().trimmed();
    }
    const QString text = path_->text().trimmed();
    if (spec_.kind != core::InputKind::Document) {
        return text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    }
    QFile file(text);
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(
            tr("Cannot read %1: %2. Choose the document again.").arg(text, file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}

}  // namespace sonara::studio
