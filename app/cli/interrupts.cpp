#include "app/cli/interrupts.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace sonara::cli {
namespace {

std::atomic_bool interrupted{false};

extern "C" void recordInterrupt(int) {
    interrupted.store(true);
}

}  // namespace

void onInterrupt(QObject* context, std::function<void()> handler) {
    std::signal(SIGINT, recordInterrupt);
    std::signal(SIGTERM, recordInterrupt);
    auto* timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [handler = std::move(handler)] {
        if (interrupted.exchange(false)) {
            handler();
        }
    });
    timer->start(100);
}

}  // namespace sonara::cli
