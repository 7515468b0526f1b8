#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

// A temporary folder holding a private data folder for `sonara`: what the end-to-end tests of a
// capability share (install a tiny model the way a user does, then run jobs with it).
class SonaraSandbox {
public:
    SonaraSandbox();
    bool isValid() const { return valid_; }
    QString path(const QString& name) const { return dir_.filePath(name); }
    // `sonara --data <the sandbox's data folder> ARGUMENTS`
    SonaraRun sonara(const QStringList& arguments) const;
    // `sonara models install ID --from FOLDER [--architecture ARCHITECTURE]`
    SonaraRun installModel(const QString& id, const QString& folder,
                           const QString& architecture = {}) const;
    // `sonara run CAPABILITY --engine ENGINE --model MODEL ARGUMENTS` (engine or model may be
    // empty)
    SonaraRun runCapability(const QString& capability, const QString& engine, const QString& model,
                            const QStringList& arguments) const;

private:
    QTemporaryDir dir_;
    QString data_;
    bool valid_ = false;
};

}  // namespace sonara::test
