#include "app/cloud/cloud_cli.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sonara-cloud"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONARA_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return sonara::cloud::runCloudCommand(arguments);
}
