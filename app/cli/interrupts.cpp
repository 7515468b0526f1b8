#include "app/cli/interrupts.h"

#include "app/cli/cli.h"
#include "app/cli/terminal.h"

#include <unistd.h>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace sonara::cli {
namespace {

std::atomic_int signalled{0};  // the signal that came first; 0: none yet

extern "C" void recordInterrupt(int signal) {
    int none = 0;
    if (signalled.compare_exchange_strong(none, signal)) {
        return;
    }
    // A second Ctrl-C: the user does not want to wait for the clean stop. Only async-signal-safe
    // calls here.
    static const char kMessage[] = "\nsonara: interrupted again; stopping at once\n";
    const ssize_t written = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
    static_cast<void>(written);
    ::_exit(kInterrupted);
}

void install(void (*handler)(int)) {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QString signalName() {
    return signalled.load() == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("Ctrl-C");
}

}  // namespace

Interruption::Interruption(QString command, std::function<void()> stop)
    : command_(std::move(command)), poller_(std::make_unique<QObject>()) {
    signalled.store(0);
    install(recordInterrupt);
    auto* timer = new QTimer(poller_.get());
    QObject::connect(timer, &QTimer::timeout, poller_.get(), [timer, stop = std::move(stop)] {
        if (signalled.load() == 0) {
            return;
        }
        timer->stop();
        if (stop) {
            stop();
        }
    });
    timer->start(100);
}

Interruption::~Interruption() {
    install(SIG_DFL);
}

bool Interruption::requested() const {
    return signalled.load() != 0;
}

void Interruption::report(const QString& outcome) const {
    printError(QStringLiteral("%1: interrupted (%2); %3").arg(command_, signalName(), outcome));
}

int Interruption::finish(const QString& outcome) const {
    report(outcome);
    return kInterrupted;
}

}  // namespace sonara::cli
