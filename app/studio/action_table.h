#pragma once

#include <QHash>
#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace sonara::studio {

// The window's named actions. Each is added to the window, so that its shortcut works anywhere in
// it, and is found by name by the menus, the toolbar and the tests.
class ActionTable {
public:
    explicit ActionTable(QWidget* window) : window_(window) {}

    // A new action; with a shortcut its tooltip names it, with an icon name it shows
    // :/studio/icons/<icon>.svg.
    QAction* add(const QString& name, const QString& text, const QKeySequence& shortcut,
                 const QString& icon = {});
    // An action made elsewhere (the undo group's), registered under `name`.
    void adopt(const QString& name, QAction* action);
    QAction* value(const QString& name) const { return actions_.value(name); }
    const QHash<QString, QAction*>& all() const { return actions_; }

private:
    QWidget* window_;
    QHash<QString, QAction*> actions_;
};

}  // namespace sonara::studio
