#include "models/common/blas_info.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace sonara::models {

namespace {

std::string classify(const std::string& path) {
    if (path.find("openblas") != std::string::npos)
        return "openblas";
    if (path.find("mkl") != std::string::npos)
        return "mkl";
    if (path.find("blis") != std::string::npos)
        return "blis";
    if (path.find("atlas") != std::string::npos)
        return "atlas";
    // Debian's reference implementation lives in .../blas/libblas.so.3 (package libblas3).
    if (path.find("/blas/") != std::string::npos)
        return "reference";
    return "unknown";
}

}  // namespace

BlasInfo blasInfo() {
    BlasInfo info;
    void* sgemm = dlsym(RTLD_DEFAULT, "sgemm_");
    Dl_info where{};
    if (!sgemm || !dladdr(sgemm, &where) || !where.dli_fname) {
        // A libtorch with its BLAS linked in statically (the CUDA wheels carry MKL) exports none.
        info.name = "builtin";
        return info;
    }
    std::error_code error;
    const std::filesystem::path resolved = std::filesystem::canonical(where.dli_fname, error);
    info.path = error ? std::string(where.dli_fname) : resolved.string();
    info.name = classify(info.path);
    return info;
}

}  // namespace sonara::models
