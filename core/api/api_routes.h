#pragma once

namespace sonara::core::api {

class LocalApiServer;

// The local API's resources, one file each (like the CLI's one command per file). Each registers
// its routes, with their OpenAPI entries, through LocalApiServer::endpoint.

// GET /v1/health, /v1/openapi.json and /v1/capabilities (capability_routes.cpp).
void addCapabilityRoutes(LocalApiServer& server);
// GET /v1/credits and /v1/account/sign-in, sync, sign-out (account_routes.cpp).
void addAccountRoutes(LocalApiServer& server);
// /v1/models: list, install (folder or download) with its events and cancel, remove
// (model_routes.cpp).
void addModelRoutes(LocalApiServer& server);
// /v1/voices: the voice library (voice_routes.cpp).
void addVoiceRoutes(LocalApiServer& server);
// /v1/assets: streamed upload, list, metadata, content with Range and the charged export of a
// result (asset_routes.cpp).
void addAssetRoutes(LocalApiServer& server);
// /v1/jobs: create, list, get, events, cancel, retry, delete and the charged download of an
// output (job_routes.cpp).
void addJobRoutes(LocalApiServer& server);
// GET /v1/jobs/{job}/outputs/{output}/price and /v1/assets/{asset}/price: what a download costs,
// read without charging (price_routes.cpp).
void addPriceRoutes(LocalApiServer& server);
// GET /v1/events (many jobs, one stream) and /v1/jobs/{job}/events, numbered for Last-Event-ID
// resume (event_routes.cpp, job_event_log.h).
void addEventRoutes(LocalApiServer& server);
// /v1/webhooks: job events POSTed to loopback URLs, signed and retried (webhook_routes.cpp,
// webhooks.h).
void addWebhookRoutes(LocalApiServer& server);

}  // namespace sonara::core::api
