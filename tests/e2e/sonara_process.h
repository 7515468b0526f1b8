#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sonara::test {

// What one run of the real `sonara` program did.
struct SonaraRun {
    int exitCode = -1;  // -1 when it crashed or was killed
    QString out;
    QString err;
};

// The `sonara` binary of this build tree (ctest passes SONARA_BINARY_DIR).
QString sonaraBinary();
// Runs `sonara` with `arguments` in the test's environment, `input` on its standard input;
// kills it after `timeoutMs`.
SonaraRun runSonara(const QStringList& arguments, int timeoutMs = 240000,
                    const QByteArray& input = {});
// A file under $XDG_CONFIG_HOME/sonara, e.g. the API token.
QString sonaraConfigFile(const QString& name);
QByteArray readFile(const QString& path);

}  // namespace sonara::test
