#include "bench_registry.h"

#include <stdexcept>

namespace sonara::bench {

namespace {

// Function-local so registrations from other files' static initialisers find it constructed.
std::map<std::string, BenchEntry>& registry() {
    static std::map<std::string, BenchEntry> entries;
    return entries;
}

}  // namespace

const std::map<std::string, BenchEntry>& benchEntries() {
    return registry();
}

BenchRegistrar::BenchRegistrar(const std::string& name, const std::string& description,
                               BenchFactory make) {
    if (!registry().emplace(name, BenchEntry{description, std::move(make)}).second) {
        throw std::logic_error("sonara-bench entry '" + name + "' registered twice");
    }
}

}  // namespace sonara::bench
