#pragma once

#include <string>

namespace sonara::models {

// The BLAS library libtorch's CPU matrix products go through in this process. Debian's libtorch
// calls libblas.so.3, which the alternatives system points at the reference BLAS (slow: wav2vec2
// base on 10 s of audio took 51 s instead of 3 s with OpenBLAS) or an optimised one.
struct BlasInfo {
    std::string name;  // "openblas", "reference", "mkl", "blis", "atlas", "builtin" or "unknown"
    std::string path;  // the library file that provides sgemm_, resolved through symlinks
    bool isReference() const { return name == "reference"; }
};

BlasInfo blasInfo();

}  // namespace sonara::models
