#pragma once

// Dependency-free checks for model tests (models-only builds have no Qt Test). Every check prints
// one line; finish() returns the process exit code, non-zero when any check failed.

#include <ftw.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

namespace sonara::test {

inline int& failureCount() {
    static int count = 0;
    return count;
}

inline bool check(bool ok, const std::string& what, const std::string& detail = {}) {
    std::printf("%s  %s%s%s\n", ok ? "PASS" : "FAIL", what.c_str(), detail.empty() ? "" : ": ",
                detail.c_str());
    std::fflush(stdout);
    if (!ok)
        ++failureCount();
    return ok;
}

// Passes when maxAbsDiff <= tolerance (and is a number).
inline bool checkClose(const std::string& what, double maxAbsDiff, double tolerance) {
    char detail[128];
    std::snprintf(detail, sizeof detail, "max abs diff %.3g, tolerance %.3g", maxAbsDiff,
                  tolerance);
    return check(std::isfinite(maxAbsDiff) && maxAbsDiff <= tolerance, what, detail);
}

template <typename T>
bool checkEqual(const std::string& what, const T& found, const T& expected) {
    const bool ok = found == expected;
    return check(ok, what, ok ? std::string() : "values differ");
}

// Passes when fn throws an exception of type E whose message contains every needle.
template <typename E = std::exception, typename Fn>
bool checkThrows(const std::string& what, Fn&& fn, const std::vector<std::string>& needles = {}) {
    try {
        fn();
    } catch (const E& e) {
        const std::string message = e.what();
        for (const auto& n : needles) {
            if (message.find(n) == std::string::npos) {
                return check(false, what, "message lacks \"" + n + "\": " + message);
            }
        }
        return check(true, what, "threw: " + message);
    } catch (const std::exception& e) {
        return check(false, what, std::string("threw the wrong type: ") + e.what());
    }
    return check(false, what, "did not throw");
}

template <typename Fn>
bool checkNoThrow(const std::string& what, Fn&& fn) {
    try {
        fn();
    } catch (const std::exception& e) {
        return check(false, what, std::string("threw: ") + e.what());
    }
    return check(true, what);
}

// Runs a test body, turning an escaped exception into a failure instead of a crash.
template <typename Fn>
void section(const std::string& name, Fn&& fn) {
    std::printf("-- %s\n", name.c_str());
    try {
        fn();
    } catch (const std::exception& e) {
        check(false, name, std::string("unexpected exception: ") + e.what());
    }
}

inline int finish() {
    const int failures = failureCount();
    std::printf("%s: %d check(s) failed\n", failures ? "FAILED" : "OK", failures);
    return failures ? EXIT_FAILURE : EXIT_SUCCESS;
}

// The fixture root: $SONARA_FIXTURES, else the compile-time default (the project's own copy).
inline std::string fixturesDir() {
    if (const char* env = std::getenv("SONARA_FIXTURES"); env && *env)
        return env;
#ifdef SONARA_FIXTURES_DEFAULT
    return SONARA_FIXTURES_DEFAULT;
#else
    return "tests/fixtures";
#endif
}

// A fresh directory under TMPDIR (or /tmp), removed with everything in it when destroyed.
struct TempDir {
    std::string path;

    explicit TempDir(const std::string& prefix) {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/" + prefix + "-XXXXXX";
        std::vector<char> buffer(pattern.begin(), pattern.end());
        buffer.push_back('\0');
        if (!mkdtemp(buffer.data())) {
            std::perror("mkdtemp");
            std::exit(EXIT_FAILURE);
        }
        path = buffer.data();
    }
    // nftw rather than std::filesystem::remove_all: on the GPU machine (GCC 13 against the
    // PyTorch wheel's runtime) remove_all crashed the test process.
    ~TempDir() {
        nftw(
            path.c_str(),
            [](const char* name, const struct stat*, int, struct FTW*) { return ::remove(name); },
            16, FTW_DEPTH | FTW_PHYS);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return path + "/" + name; }
};

}  // namespace sonara::test
