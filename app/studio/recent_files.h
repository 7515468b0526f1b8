#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace sonara::studio {

// File > Open recent: the last files the user opened, newest first, kept in the studio's
// settings. Files inside the data folder (results, recordings) are not the user's and are left
// out.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    // Keeps `menu` listing the files.
    RecentFiles(QString dataDirectory, QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuildMenu();

    QString dataDirectory_;
    QMenu* menu_;
};

}  // namespace sonara::studio
