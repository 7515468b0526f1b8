#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

class ActionTable;

// The Help menu: the user guide (shipped inside the studio, so it opens offline), the keyboard
// shortcuts of every action, and About with the versions and the compute device in use.
class HelpActions : public QObject {
    Q_OBJECT
public:
    HelpActions(core::EngineHost& host, ActionTable& actions, QWidget* window);

    void fillMenu(QMenu* menu) const;

    // What About says: Sonara's version and those of Qt, libtorch and FFmpeg, and the device.
    QString aboutText() const;
    // Every action with a shortcut, as "Action<TAB>Shortcut" lines in the current language.
    QStringList shortcutLines() const;
    // The user guide's Markdown.
    static QString userGuide();

public Q_SLOTS:
    void showUserGuide();
    void showShortcuts();
    void showAbout();

private:
    QString deviceInUse() const;

    core::EngineHost& host_;
    ActionTable& actions_;
    QWidget* window_;
};

}  // namespace sonara::studio
