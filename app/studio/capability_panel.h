#pragma once

#include <QWidget>

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

class CapabilityForm;

// A capability's own panel under its generated form, for what a form of fields cannot show:
// the takes of a generation, a dubbing review, a preview player. Most capabilities have none.
class CapabilityPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

Q_SIGNALS:
    // A short note for the status bar.
    void message(const QString& text);
    // Asks the studio to open a result file as a new track.
    void openAsTrackRequested(const QString& path, const QString& title);
};

// The panel for the form's capability, or null when the form is all it needs. The panel
// follows the form's jobs through CapabilityForm::jobSubmitted and the host's job manager.
CapabilityPanel* createCapabilityPanel(core::EngineHost& host, CapabilityForm& form);

}  // namespace sonara::studio
