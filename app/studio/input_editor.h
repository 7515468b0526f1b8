#pragma once

#include "core/engine/capability.h"

#include <QList>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sonara::core {
struct Voice;
}  // namespace sonara::core

namespace sonara::studio {

// The editor of one job input on a capability's page, chosen by the input's kind: a text box,
// a list of choices or of the library's voices, or a file with a Browse button (audio and video
// beyond the current track, JSON documents). The form asks it whether the input is given and
// for the value to submit.
class InputEditor : public QWidget {
    Q_OBJECT
public:
    InputEditor(const core::InputSpec& spec, const QList<core::Voice>& voices,
                QWidget* parent = nullptr);

    const core::InputSpec& spec() const { return spec_; }
    bool isGiven() const;
    // What a JobRequest carries for this input: the text, the choice, the voice id, the
    // file paths, or a document's JSON text. Throws core::Error when a document cannot be read.
    QVariant value() const;
    QPlainTextEdit* textEdit() const { return text_; }
    QComboBox* comboBox() const { return combo_; }
    QLineEdit* pathEdit() const { return path_; }
    // Lists these voices, keeping the chosen one when it is still there (voice inputs only).
    void setVoices(const QList<core::Voice>& voices);

Q_SIGNALS:
    void changed();

private:
    void buildFilePicker();
    void browse();

    core::InputSpec spec_;
    QPlainTextEdit* text_ = nullptr;
    QComboBox* combo_ = nullptr;
    QLineEdit* path_ = nullptr;
};

}  // namespace sonara::studio
