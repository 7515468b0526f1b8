#include "app/studio/capability_panel.h"

#include "app/studio/capability_form.h"
#include "app/studio/dubbing_panel.h"
#include "app/studio/takes_panel.h"
#include "app/studio/tts_preview_panel.h"

namespace sonara::studio {

CapabilityPanel* createCapabilityPanel(core::EngineHost& host, CapabilityForm& form) {
    const QString& id = form.capabilityId();
    if (id == QLatin1String("tts")) {
        return new TtsPreviewPanel(host, form);
    }
    if (id == QLatin1String("dubbing")) {
        return new DubbingPanel(host, form);
    }
    // One panel keeps the takes of every generator.
    if (id == QLatin1String("music") || id == QLatin1String("sfx") ||
        id == QLatin1String("status-music")) {
        return new TakesPanel(host, form);
    }
    return nullptr;
}

}  // namespace sonara::studio
