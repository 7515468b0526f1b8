#include "app/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sonara"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONARA_VERSION));
    return sonara::cli::run(QCoreApplication::arguments().mid(1));
}
