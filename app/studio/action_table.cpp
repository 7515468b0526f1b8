#include "app/studio/action_table.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace sonara::studio {

QAction* ActionTable::add(const QString& name, const QString& text, const QKeySequence& shortcut,
                          const QString& icon) {
    auto* created = new QAction(text, window_);
    created->setObjectName(name);
    if (!shortcut.isEmpty()) {
        created->setShortcut(shortcut);
        created->setToolTip(QStringLiteral("%1 (%2)")
                                .arg(text, shortcut.toString(QKeySequence::NativeText))
                                .remove(QLatin1Char('&')));
    }
    if (!icon.isEmpty()) {
        created->setIcon(QIcon(QStringLiteral(":/studio/icons/%1.svg").arg(icon)));
    }
    window_->addAction(created);
    actions_.insert(name, created);
    return created;
}

void ActionTable::adopt(const QString& name, QAction* action) {
    action->setObjectName(name);
    window_->addAction(action);
    actions_.insert(name, action);
}

}  // namespace sonara::studio
