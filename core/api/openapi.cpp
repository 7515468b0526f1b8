#include "core/api/openapi.h"

#include "core/api/job_json.h"
#include "core/engine/capability_registry.h"
#include "core/engine/job_manager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sonara::core::api {
namespace {

QJsonObject type(const QString& name) {
    return QJsonObject{{QStringLiteral("type"), name}};
}

QJsonObject ref(const QString& schema) {
    return QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + schema}};
}

QJsonObject nullable(const QString& name) {
    return QJsonObject{{QStringLiteral("type"), QJsonArray{name, QStringLiteral("null")}}};
}

QJsonObject arrayOf(const QJsonObject& items) {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), items}};
}

QJsonObject object(const QJsonObject& properties, const QStringList& required = {}) {
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty()) {
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    }
    return schema;
}

QJsonObject listOf(const QString& key, const QString& schema) {
    return object(QJsonObject{{key, arrayOf(ref(schema))}}, {key});
}

// A page of a list: the items and the cursor of the next page (null on the last).
QJsonObject pageOf(const QString& key, const QString& schema) {
    return object(QJsonObject{{key, arrayOf(ref(schema))},
                              {QStringLiteral("next_cursor"), nullable(QStringLiteral("string"))}},
                  {key, QStringLiteral("next_cursor")});
}

// The named inputs of a capability's job request; file inputs take asset ids.
QJsonObject inputsSchema(const CapabilityDescriptor& descriptor) {
    QJsonObject properties;
    QStringList required;
    for (const InputSpec& input : descriptor.inputs) {
        properties.insert(input.id, input.toJsonSchema());
        if (input.required) {
            required.append(input.id);
        }
    }
    QJsonObject schema = object(properties, required);
    schema.insert(QStringLiteral("additionalProperties"), false);
    return schema;
}

// A webhook registration; its deliveries are POSTs of one event's data each (JobProgress or
// Job, as in JobEvents), with the headers Sonara-Event, Sonara-Event-Id, Sonara-Webhook-Id,
// Sonara-Delivery-Attempt and Sonara-Signature ("sha256=" + hex HMAC-SHA256 of the body, keyed
// with the secret's text).
void addWebhookSchemas(QJsonObject& schemas) {
    const QJsonObject string = type(QStringLiteral("string"));
    const QJsonObject integer = type(QStringLiteral("integer"));
    const QJsonObject eventNames =
        arrayOf(QJsonObject{{QStringLiteral("enum"),
                             QJsonArray{QStringLiteral("progress"), QStringLiteral("finished")}}});
    QJsonObject loopbackUrl{
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("format"), QStringLiteral("uri")},
        {QStringLiteral("pattern"),
         QStringLiteral("^http://(127\\.0\\.0\\.1|\\[::1\\]|localhost)([:/]|$)")},
        {QStringLiteral("description"),
         QStringLiteral("where to POST: http:// to 127.0.0.1, [::1] or localhost only")}};
    QJsonObject eventsRequested = eventNames;
    eventsRequested.insert(QStringLiteral("default"), QJsonArray{QStringLiteral("finished")});
    eventsRequested.insert(QStringLiteral("minItems"), 1);
    QJsonObject jobsRequested = arrayOf(string);
    jobsRequested.insert(QStringLiteral("maxItems"), 1000);
    jobsRequested.insert(QStringLiteral("description"),
                         QStringLiteral("only these jobs (those already finished are reported "
                                        "at once); absent: every job"));
    QJsonObject request =
        object(QJsonObject{{QStringLiteral("url"), loopbackUrl},
                           {QStringLiteral("jobs"), jobsRequested},
                           {QStringLiteral("label"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                        {QStringLiteral("maxLength"), kMaxLabelLength},
                                        {QStringLiteral("description"),
                                         QStringLiteral("only jobs with this label")}}},
                           {QStringLiteral("events"), eventsRequested}},
               {QStringLiteral("url")});
    request.insert(QStringLiteral("additionalProperties"), false);
    QJsonObject properties{{QStringLiteral("id"), string},
                           {QStringLiteral("url"), string},
                           {QStringLiteral("jobs"), arrayOf(string)},
                           {QStringLiteral("label"), string},
                           {QStringLiteral("events"), eventNames},
                           {QStringLiteral("created_at"), string},
                           {QStringLiteral("delivered"), integer},
                           {QStringLiteral("pending"), integer},
                           // Events dropped after every retry failed (or too many waited).
                           {QStringLiteral("given_up"), integer},
                           {QStringLiteral("last_error"), nullable(QStringLiteral("string"))}};
    const QStringList required{QStringLiteral("id"),        QStringLiteral("url"),
                               QStringLiteral("events"),    QStringLiteral("delivered"),
                               QStringLiteral("pending"),   QStringLiteral("given_up"),
                               QStringLiteral("created_at")};
    schemas.insert(QStringLiteral("WebhookRequest"), request);
    schemas.insert(QStringLiteral("Webhook"), object(properties, required));
    properties.insert(QStringLiteral("secret"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("signs every delivery; shown only here")}});
    schemas.insert(QStringLiteral("WebhookCreated"),
                   object(properties, required + QStringList{QStringLiteral("secret")}));
    schemas.insert(QStringLiteral("WebhookList"),
                   listOf(QStringLiteral("webhooks"), QStringLiteral("Webhook")));
}

}  // namespace

QJsonObject buildOpenApi(const CapabilityRegistry& registry, const QJsonObject& paths,
                         quint16 port) {
    const QJsonObject string = type(QStringLiteral("string"));
    const QJsonObject dateTime{{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("format"), QStringLiteral("date-time")}};
    QJsonObject schemas{
        {QStringLiteral("Object"), type(QStringLiteral("object"))},
        {QStringLiteral("Problem"),
         object(QJsonObject{{QStringLiteral("type"), string},
                            {QStringLiteral("title"), string},
                            {QStringLiteral("status"), type(QStringLiteral("integer"))},
                            {QStringLiteral("detail"), string},
                            {QStringLiteral("field"), string},
                            // 402 only: what the export costs, what the balance holds, where to
                            // buy more.
                            {QStringLiteral("needed_seconds"), type(QStringLiteral("integer"))},
                            {QStringLiteral("balance_seconds"), type(QStringLiteral("integer"))},
                            {QStringLiteral("buy"), string}},
                {QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("detail")})},
        {QStringLiteral("Health"),
         object(QJsonObject{{QStringLiteral("status"), string},
                            {QStringLiteral("version"), string},
                            {QStringLiteral("api_version"), type(QStringLiteral("integer"))}})},
        {QStringLiteral("Credits"),
         object(QJsonObject{
             {QStringLiteral("balance_seconds"), type(QStringLiteral("integer"))},
             {QStringLiteral("source"), string},
             {QStringLiteral("account"),
              object(QJsonObject{
                  {QStringLiteral("email"), string},
                  {QStringLiteral("service_url"), string},
                  {QStringLiteral("service_balance_seconds"), type(QStringLiteral("integer"))},
                  {QStringLiteral("lease_seconds"), type(QStringLiteral("integer"))},
                  {QStringLiteral("checked_at"), type(QStringLiteral("integer"))},
                  {QStringLiteral("last_error"), string},
                  {QStringLiteral("plan"), string},
                  {QStringLiteral("licence_expires_at"), type(QStringLiteral("integer"))}})}})},
        {QStringLiteral("AccountSignIn"),
         object(
             QJsonObject{{QStringLiteral("service_url"), string},
                         {QStringLiteral("email"), string},
                         {QStringLiteral("password"), string}},
             {QStringLiteral("service_url"), QStringLiteral("email"), QStringLiteral("password")})},
        {QStringLiteral("Capability"),
         object(
             QJsonObject{{QStringLiteral("id"), string},
                         {QStringLiteral("title"), string},
                         {QStringLiteral("summary"), string},
                         {QStringLiteral("inputs"), arrayOf(type(QStringLiteral("object")))},
                         {QStringLiteral("outputs"), arrayOf(type(QStringLiteral("object")))},
                         {QStringLiteral("engines"), arrayOf(type(QStringLiteral("object")))},
                         {QStringLiteral("parameters"), arrayOf(type(QStringLiteral("object")))}})},
        {QStringLiteral("CapabilityList"),
         listOf(QStringLiteral("capabilities"), QStringLiteral("Capability"))},
        {QStringLiteral("Model"),
         object(QJsonObject{{QStringLiteral("id"), string},
                            {QStringLiteral("title"), string},
                            {QStringLiteral("capability"), string},
                            {QStringLiteral("licence"), string},
                            {QStringLiteral("size_bytes"), type(QStringLiteral("integer"))},
                            {QStringLiteral("vram_bytes"), type(QStringLiteral("integer"))},
                            {QStringLiteral("architecture"), string},
                            {QStringLiteral("installed"), type(QStringLiteral("boolean"))},
                            {QStringLiteral("in_catalog"), type(QStringLiteral("boolean"))},
                            {QStringLiteral("install"), ref(QStringLiteral("ModelInstallState"))}},
                {QStringLiteral("id"), QStringLiteral("installed")})},
        // How a model's last download went, kept in the store across restarts.
        {QStringLiteral("ModelInstallState"),
         object(QJsonObject{{QStringLiteral("state"),
                             QJsonObject{{QStringLiteral("enum"),
                                          QJsonArray{QStringLiteral("downloading"),
                                                     QStringLiteral("installed"),
                                                     QStringLiteral("failed"),
                                                     QStringLiteral("cancelled"),
                                                     QStringLiteral("interrupted")}}}},
                            {QStringLiteral("bytes_done"), type(QStringLiteral("integer"))},
                            {QStringLiteral("bytes_total"), type(QStringLiteral("integer"))},
                            {QStringLiteral("progress"), nullable(QStringLiteral("number"))},
                            {QStringLiteral("url"), string},
                            {QStringLiteral("error"), string}},
                {QStringLiteral("state"), QStringLiteral("bytes_done"),
                 QStringLiteral("bytes_total")})},
        {QStringLiteral("ModelList"), listOf(QStringLiteral("models"), QStringLiteral("Model"))},
        // Either a local folder ("path") or a download: the catalog's files, or "url".
        {QStringLiteral("ModelInstall"),
         object(QJsonObject{{QStringLiteral("path"), string},
                            {QStringLiteral("url"), string},
                            {QStringLiteral("architecture"), string}})},
        {QStringLiteral("Voice"),
         object(QJsonObject{{QStringLiteral("id"), string},
                            {QStringLiteral("name"), string},
                            {QStringLiteral("language"), string},
                            {QStringLiteral("notes"), string},
                            {QStringLiteral("samples"), arrayOf(string)},
                            {QStringLiteral("original_samples"), arrayOf(string)},
                            {QStringLiteral("sample_seconds"), type(QStringLiteral("number"))},
                            {QStringLiteral("consent"),
                             QJsonObject{{QStringLiteral("oneOf"),
                                          QJsonArray{ref(QStringLiteral("VoiceConsent")),
                                                     type(QStringLiteral("null"))}}}},
                            {QStringLiteral("created_at"), string}},
                {QStringLiteral("id"), QStringLiteral("name")})},
        {QStringLiteral("VoiceConsent"),
         object(QJsonObject{{QStringLiteral("by"), string},
                            {QStringLiteral("statement"), string},
                            {QStringLiteral("at"), string}},
                {QStringLiteral("by"), QStringLiteral("statement")})},
        {QStringLiteral("VoiceUpdate"),
         object(QJsonObject{{QStringLiteral("name"), string},
                            {QStringLiteral("consent"), ref(QStringLiteral("VoiceConsent"))}})},
        {QStringLiteral("VoiceList"), listOf(QStringLiteral("voices"), QStringLiteral("Voice"))},
        {QStringLiteral("VoiceRequest"),
         object(QJsonObject{{QStringLiteral("name"), string},
                            {QStringLiteral("language"), string},
                            {QStringLiteral("notes"), string},
                            {QStringLiteral("samples"), arrayOf(string)},
                            {QStringLiteral("consent"), ref(QStringLiteral("VoiceConsent"))}},
                {QStringLiteral("name"), QStringLiteral("samples"), QStringLiteral("consent")})},
        {QStringLiteral("Asset"),
         object(
             QJsonObject{{QStringLiteral("id"), string},
                         {QStringLiteral("sha256"), string},
                         {QStringLiteral("kind"), string},
                         {QStringLiteral("name"), string},
                         {QStringLiteral("format"), string},
                         {QStringLiteral("size_bytes"), type(QStringLiteral("integer"))},
                         {QStringLiteral("duration_seconds"), nullable(QStringLiteral("number"))},
                         {QStringLiteral("sample_rate"), nullable(QStringLiteral("integer"))},
                         {QStringLiteral("channels"), nullable(QStringLiteral("integer"))},
                         {QStringLiteral("origin_job"), string},
                         {QStringLiteral("created_at"), string}},
             {QStringLiteral("id"), QStringLiteral("kind")})},
        {QStringLiteral("AssetList"), pageOf(QStringLiteral("assets"), QStringLiteral("Asset"))},
        {QStringLiteral("Job"),
         object(QJsonObject{{QStringLiteral("id"), string},
                            {QStringLiteral("capability"), string},
                            {QStringLiteral("engine"), string},
                            {QStringLiteral("model"), string},
                            {QStringLiteral("parameters"), type(QStringLiteral("object"))},
                            {QStringLiteral("inputs"), type(QStringLiteral("object"))},
                            {QStringLiteral("state"), ref(QStringLiteral("JobState"))},
                            // Only while a running job, asked to stop, has not stopped yet.
                            {QStringLiteral("cancelling"), type(QStringLiteral("boolean"))},
                            {QStringLiteral("progress"), type(QStringLiteral("number"))},
                            {QStringLiteral("stage"), string},
                            {QStringLiteral("eta_seconds"), nullable(QStringLiteral("number"))},
                            {QStringLiteral("error"), string},
                            // What the job tells besides its outputs, one sentence each (an
                            // input used only as far as it goes).
                            {QStringLiteral("notices"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                         {QStringLiteral("items"), string}}},
                            // Where its models ran ("cpu", "cuda:0"), after any fallback to
                            // the CPU; null until it has started.
                            {QStringLiteral("device"), nullable(QStringLiteral("string"))},
                            // Runs started (a retry or a restart adds one).
                            {QStringLiteral("attempts"), type(QStringLiteral("integer"))},
                            {QStringLiteral("priority"), type(QStringLiteral("integer"))},
                            // What the client filed the job under.
                            {QStringLiteral("label"), string},
                            {QStringLiteral("metadata"), type(QStringLiteral("object"))},
                            {QStringLiteral("created_at"), dateTime},
                            // Only once started, and once finished.
                            {QStringLiteral("started_at"), dateTime},
                            {QStringLiteral("finished_at"), dateTime},
                            {QStringLiteral("outputs"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                         {QStringLiteral("additionalProperties"), string}}}},
                {QStringLiteral("id"), QStringLiteral("capability"), QStringLiteral("state"),
                 QStringLiteral("progress"), QStringLiteral("created_at")})},
        // The data of a job's "progress" event.
        {QStringLiteral("JobProgress"),
         object(QJsonObject{{QStringLiteral("id"), string},
                            {QStringLiteral("state"), ref(QStringLiteral("JobState"))},
                            {QStringLiteral("progress"), type(QStringLiteral("number"))},
                            {QStringLiteral("stage"), string},
                            {QStringLiteral("eta_seconds"), nullable(QStringLiteral("number"))}},
                {QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("progress"),
                 QStringLiteral("stage"), QStringLiteral("eta_seconds")})},
        // The data of a "reset" event: the Last-Event-ID sent is too old to resume from.
        {QStringLiteral("EventReset"),
         object(QJsonObject{{QStringLiteral("last_event_id"), string},
                            {QStringLiteral("detail"), string}},
                {QStringLiteral("last_event_id"), QStringLiteral("detail")})},
        // The events of a job stream, by event name: the schema of each one's data.
        {QStringLiteral("JobEvents"),
         object(QJsonObject{{QStringLiteral("progress"), ref(QStringLiteral("JobProgress"))},
                            {QStringLiteral("finished"), ref(QStringLiteral("Job"))},
                            {QStringLiteral("reset"), ref(QStringLiteral("EventReset"))}})},
        // The data of a model download's "progress" event.
        {QStringLiteral("ModelInstallProgress"),
         object(QJsonObject{{QStringLiteral("model"), string},
                            {QStringLiteral("state"), string},
                            {QStringLiteral("bytes_done"), type(QStringLiteral("integer"))},
                            {QStringLiteral("bytes_total"), type(QStringLiteral("integer"))},
                            {QStringLiteral("progress"), nullable(QStringLiteral("number"))},
                            {QStringLiteral("url"), string},
                            {QStringLiteral("error"), string}},
                {QStringLiteral("model"), QStringLiteral("state"), QStringLiteral("bytes_done"),
                 QStringLiteral("bytes_total")})},
        {QStringLiteral("ModelInstallEvents"),
         object(
             QJsonObject{{QStringLiteral("progress"), ref(QStringLiteral("ModelInstallProgress"))},
                         {QStringLiteral("finished"), ref(QStringLiteral("Model"))}})},
        {QStringLiteral("JobState"),
         QJsonObject{{QStringLiteral("enum"),
                      QJsonArray{QStringLiteral("queued"), QStringLiteral("running"),
                                 QStringLiteral("succeeded"), QStringLiteral("failed"),
                                 QStringLiteral("cancelled"), QStringLiteral("interrupted")}}}},
        {QStringLiteral("JobList"), pageOf(QStringLiteral("jobs"), QStringLiteral("Job"))},
        // What a download costs now (GET .../price), read without charging.
        {QStringLiteral("Price"),
         object(QJsonObject{{QStringLiteral("asset"), string},
                            {QStringLiteral("job"), string},
                            {QStringLiteral("output"), string},
                            {QStringLiteral("cost_seconds"), type(QStringLiteral("integer"))},
                            {QStringLiteral("paid"), type(QStringLiteral("boolean"))},
                            {QStringLiteral("price_seconds"), type(QStringLiteral("integer"))},
                            {QStringLiteral("balance_seconds"), type(QStringLiteral("integer"))},
                            {QStringLiteral("affordable"), type(QStringLiteral("boolean"))},
                            {QStringLiteral("buy"), string}},
                {QStringLiteral("asset"), QStringLiteral("cost_seconds"), QStringLiteral("paid"),
                 QStringLiteral("price_seconds"), QStringLiteral("balance_seconds"),
                 QStringLiteral("affordable")})},
    };

    addWebhookSchemas(schemas);

    QJsonArray requests;
    for (const CapabilityDescriptor& descriptor : registry.capabilities()) {
        QJsonObject properties;
        for (const ParameterSpec& spec : descriptor.parameters) {
            properties.insert(spec.id, spec.toJsonSchema());
        }
        QJsonObject parameters = object(properties);
        parameters.insert(QStringLiteral("title"),
                          descriptor.title + QStringLiteral(" parameters"));
        parameters.insert(QStringLiteral("additionalProperties"), false);
        const QString parametersName = descriptor.id + QStringLiteral(".parameters");
        schemas.insert(parametersName, parameters);

        QJsonArray engines;
        for (const EngineInfo& engine : registry.engines(descriptor.id)) {
            engines.append(engine.id);
        }
        QJsonObject request = object(
            QJsonObject{{QStringLiteral("capability"),
                         QJsonObject{{QStringLiteral("const"), descriptor.id}}},
                        {QStringLiteral("engine"), QJsonObject{{QStringLiteral("enum"), engines}}},
                        {QStringLiteral("model"), string},
                        {QStringLiteral("parameters"), ref(parametersName)},
                        {QStringLiteral("inputs"),
                         QJsonObject{{QStringLiteral("oneOf"),
                                      QJsonArray{inputsSchema(descriptor), arrayOf(string)}}}},
                        {QStringLiteral("text"), string},
                        {QStringLiteral("voice"), string},
                        {QStringLiteral("label"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("maxLength"), kMaxLabelLength}}},
                        {QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                     {QStringLiteral("description"),
                                      QStringLiteral("any JSON object, at most %1 bytes as "
                                                     "compact JSON")
                                          .arg(kMaxMetadataBytes)}}},
                        {QStringLiteral("priority"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                     {QStringLiteral("minimum"), JobManager::kMinPriority},
                                     {QStringLiteral("maximum"), JobManager::kMaxPriority},
                                     {QStringLiteral("default"), 0}}}},
            {QStringLiteral("capability")});
        request.insert(QStringLiteral("title"), descriptor.title + QStringLiteral(" job"));
        request.insert(QStringLiteral("additionalProperties"), false);
        const QString requestName = descriptor.id + QStringLiteral(".request");
        schemas.insert(requestName, request);
        requests.append(ref(requestName));
    }
    schemas.insert(QStringLiteral("JobRequest"), QJsonObject{{QStringLiteral("oneOf"), requests}});

    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Sonara Studio local API")},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion().isEmpty()
                                                     ? QStringLiteral("1")
                                                     : QCoreApplication::applicationVersion()},
                     {QStringLiteral("description"),
                      QStringLiteral(
                          "Loopback-only automation API. Send the token from the api-token file in "
                          "the config directory as a bearer token. Every GET route also answers "
                          "HEAD: the same status and headers, without the body.")}}},
        {QStringLiteral("servers"),
         QJsonArray{QJsonObject{
             {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port)}}}},
        {QStringLiteral("security"),
         QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray{}}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"),
         QJsonObject{
             {QStringLiteral("schemas"), schemas},
             {QStringLiteral("securitySchemes"),
              QJsonObject{{QStringLiteral("bearer"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                       {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}}};
}

}  // namespace sonara::core::api
