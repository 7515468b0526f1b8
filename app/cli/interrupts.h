#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace sonara::cli {

// Ctrl-C (SIGINT) and SIGTERM, handled alike by every long-running command. The first signal
// asks the command to stop: `stop` runs on the Qt event loop (never inside the signal handler)
// and cancels the job or download the command started, or ends a wait, or closes the server; a
// job the command only watches keeps running. The command then finishes what it was doing
// cleanly and ends with finish(), which says on stderr
//   sonara COMMAND: interrupted (Ctrl-C); WHAT HAPPENED
// and returns kInterrupted (130). A second signal while the first is handled ends the process at
// once with the same exit code.
class Interruption {
public:
    // `command` as it starts the message, e.g. "sonara run tts".
    explicit Interruption(QString command, std::function<void()> stop = {});
    ~Interruption();
    Interruption(const Interruption&) = delete;
    Interruption& operator=(const Interruption&) = delete;

    // Whether a signal came; also true before `stop` has run (for loops without an event loop).
    bool requested() const;
    // Prints the message with `outcome` (what was cancelled, what was kept, how to resume) and
    // returns kInterrupted.
    int finish(const QString& outcome) const;
    // The same message, for a command whose normal way to stop this is (`sonara serve`).
    void report(const QString& outcome) const;

private:
    QString command_;
    std::unique_ptr<QObject> poller_;
};

}  // namespace sonara::cli
