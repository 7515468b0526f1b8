#include "support/knnvc_fixtures.h"

#include "support/knnvc_layout.h"

namespace sonara::test {

TinyKnnVc writeTinyKnnVc(const std::string& fixtures, const std::string& folder) {
    const knnvc::TinyModel written = knnvc::writeModel(fixtures, folder);
    return {written.folder, written.layer};
}

}  // namespace sonara::test
