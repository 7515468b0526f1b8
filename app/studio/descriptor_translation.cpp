#include "app/studio/descriptor_translation.h"

#include <QCoreApplication>

namespace sonara::studio {

QString translateDescriptor(const QString& text) {
    if (text.isEmpty()) {
        return text;
    }
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate("capability", source.constData());
}

}  // namespace sonara::studio
