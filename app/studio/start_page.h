#pragma once

#include <QIcon>
#include <QWidget>

class QGridLayout;
class QListWidget;
class QPushButton;

namespace sonara::core {
class EngineHost;
}

namespace sonara::studio {

// The capability's icon in the capability list and on the start page.
QIcon capabilityIcon(const QString& capabilityId);

// What the studio shows while no track is open: a tile per capability (icon, one line on
// what it does, the engines ready for it), "Open a file" and the recent files.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(core::EngineHost& host, QWidget* parent = nullptr);

    // Engines and models change: the tiles say again what is ready.
    void refresh();
    void setRecentFiles(const QStringList& paths);

    QPushButton* openButton() const { return open_; }
    QListWidget* recentList() const { return recent_; }
    // The tile of a capability, named "tile:<id>".
    QWidget* tile(const QString& capabilityId) const;
    // The line under a tile's summary: which engines can run now, or what is missing.
    QString readiness(const QString& capabilityId) const;

Q_SIGNALS:
    void capabilityRequested(const QString& capabilityId);
    void openRequested();
    void recentRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeTile(const QString& capabilityId);

    core::EngineHost& host_;
    QGridLayout* tiles_;
    QPushButton* open_;
    QListWidget* recent_;
};

}  // namespace sonara::studio
