#include "app/studio/cloud_session.h"

#include "app/studio/studio_settings.h"

#include <QCoreApplication>

namespace sonara::studio {
namespace {

const QString kServiceUrlKey = QStringLiteral("account/service_url");
const QString kDefaultServiceUrl = QStringLiteral("https://sonara.studio");

}  // namespace

QString describeCloudFailure(const CloudFailure& failure, const QUrl& serviceUrl) {
    switch (failure.httpStatus) {
        case 0:
            return QCoreApplication::translate(
                       "CloudSession",
                       "Cannot reach the account service at %1. Check the internet connection "
                       "and the service address in Settings. (%2)")
                .arg(serviceUrl.toString(), failure.message);
        case 401:
            return QCoreApplication::translate(
                "CloudSession",
                "The email or password is wrong, or the session has ended: sign in "
                "again.");
        case 403:
            return QCoreApplication::translate("CloudSession", "Refused: %1").arg(failure.message);
        case 429:
            return QCoreApplication::translate("CloudSession", "Too many attempts: %1")
                .arg(failure.message);
        default:
            return failure.message;
    }
}

QUrl configuredServiceUrl() {
    return QUrl(studioSettings()->value(kServiceUrlKey, kDefaultServiceUrl).toString());
}

void setConfiguredServiceUrl(const QUrl& url) {
    studioSettings()->setValue(kServiceUrlKey, url.toString());
}

}  // namespace sonara::studio
