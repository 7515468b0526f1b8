#pragma once

#include <QHash>
#include <QVariantMap>
#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sonara::core {
class EngineHost;
struct ParameterSpec;
}  // namespace sonara::core

namespace sonara::studio {

class InputEditor;

// The page of one capability, generated from its descriptor: engine and model pickers, one
// typed widget per parameter (range, unit, default, help as tooltip), the inputs, and Run.
// Nothing here knows any capability by name.
class CapabilityForm : public QWidget {
    Q_OBJECT
public:
    CapabilityForm(core::EngineHost& host, const QString& capabilityId, QWidget* parent = nullptr);

    const QString& capabilityId() const { return capabilityId_; }
    QString engineId() const;
    void setEngine(const QString& engineId);
    QString modelId() const;

    // The widget editing parameter `id` for the current engine, or null.
    QWidget* parameterWidget(const QString& id) const;
    QStringList parameterIds() const;
    QVariantMap values() const;
    QPlainTextEdit* textInput() const { return textInput_; }
    QPushButton* runButton() const { return runButton_; }
    QString errorText() const;

    // Whether every widget holds an acceptable value and every required input is given;
    // `reason` says what is missing.
    bool canSubmit(QString* reason = nullptr) const;

    // The editors of the inputs other than the current track (text, choices, voices, files).
    const QList<InputEditor*>& inputEditors() const { return inputEditors_; }

    // Writes the current track to a file for capabilities that take audio.
    void setAudioInputProvider(std::function<QString()> provider);
    void setAudioInputName(const QString& name);

    // Shows a capability's own panel (takes, a review, a preview) under the Run button.
    void setPanel(QWidget* panel);

public Q_SLOTS:
    // Validates and submits to the job manager; returns the job id, or empty with the reason
    // shown on the page.
    QString submit();
    // Re-reads the installed models (after the model manager changed them).
    void refreshModels();
    // Re-reads the voice library into the voice inputs (it changes on the Voices page).
    void refreshVoices();

Q_SIGNALS:
    void jobSubmitted(const QString& jobId);
    void modelManagerRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildParameters();
    QWidget* createEditor(const core::ParameterSpec& spec);
    void updateState();

    core::EngineHost& host_;
    QString capabilityId_;
    QComboBox* engine_ = nullptr;
    QComboBox* model_ = nullptr;
    QLabel* modelLabel_ = nullptr;
    QLabel* modelMessage_ = nullptr;
    QWidget* formArea_ = nullptr;
    QFormLayout* parameterLayout_ = nullptr;
    QHash<QString, QWidget*> editors_;
    QList<InputEditor*> inputEditors_;
    // The first text input's editor, the one the editor page fills.
    QPlainTextEdit* textInput_ = nullptr;
    QLabel* audioInput_ = nullptr;
    QLabel* error_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QWidget* panel_ = nullptr;
    std::function<QString()> audioInputProvider_;
};

// The form as a page of the studio: in a scroll area that lets it keep its natural height, so a
// short window scrolls the page instead of squeezing its fields and panel.
QWidget* scrollablePage(CapabilityForm* form);

}  // namespace sonara::studio
