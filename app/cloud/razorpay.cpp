#include "app/cloud/razorpay.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/purchases.h"
#include "app/cloud/subscriptions.h"
#include "core/wire/fields.h"

#include <QJsonDocument>
#include <QNetworkRequest>

#include <algorithm>

namespace sonara::cloud {
namespace {

const QString kProvider = QStringLiteral("razorpay");

// payload.<name>.entity of a Razorpay event.
QJsonObject entity(const QJsonObject& event, const char* name) {
    return event.value(QStringLiteral("payload"))
        .toObject()
        .value(QLatin1String(name))
        .toObject()
        .value(QStringLiteral("entity"))
        .toObject();
}

RazorpayPayment paymentOf(const QString& eventId, const QJsonObject& payment) {
    const QJsonObject notes = payment.value(QStringLiteral("notes")).toObject();
    return {eventId,
            notes.value(QStringLiteral("sonara_account_id")).toString(),
            notes.value(QStringLiteral("sonara_plan_id")).toString(),
            providerInteger(payment.value(QStringLiteral("amount"))),
            payment.value(QStringLiteral("currency")).toString(),
            payment.value(QStringLiteral("id")).toString()};
}

}  // namespace

Razorpay::Razorpay(const CloudDatabase& database, const CloudConfig& config,
                   QNetworkAccessManager& network, Purchases& purchases,
                   Subscriptions& subscriptions)
    : database_(database),
      config_(config),
      network_(network),
      purchases_(purchases),
      subscriptions_(subscriptions) {}

void Razorpay::addRoutes(Router& router, Authenticator& authenticator) {
    router.route(QStringLiteral("/v1/razorpay/orders"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     const QJsonObject body = parseBody(request, config_.maxBodyBytes);
                     return json(createOrder(caller, wire::requireString(
                                                         body, QStringLiteral("plan_id"), 64)),
                                 Status::Created);
                 });
    router.route(QStringLiteral("/v1/razorpay/subscriptions"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     const QJsonObject body = parseBody(request, config_.maxBodyBytes);
                     return json(
                         createSubscription(
                             caller, wire::requireString(body, QStringLiteral("plan_id"), 64)),
                         Status::Created);
                 });
    router.route(QStringLiteral("/v1/webhooks/razorpay"), Method::Post,
                 [this](const QHttpServerRequest& request) { return webhook(request); });
}

void Razorpay::requireKeys() const {
    if (config_.razorpayKeyId.isEmpty() || config_.razorpayKeySecret.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Payments not configured"),
                        QStringLiteral("UPI payments are not set up on this service: set "
                                       "SONARA_CLOUD_RAZORPAY_KEY_ID and _KEY_SECRET"));
    }
}

QJsonObject Razorpay::create(const QString& path, const QJsonObject& body) {
    QNetworkRequest outbound(QUrl(config_.razorpayApiBase + path));
    outbound.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    outbound.setRawHeader(
        "Authorization",
        "Basic " + (config_.razorpayKeyId + ':' + config_.razorpayKeySecret).toBase64());
    outbound.setTransferTimeout(20000);
    const ProviderReply reply =
        postAndWait(network_, outbound, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (reply.status != 200 || reply.body.value(QStringLiteral("id")).toString().isEmpty()) {
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QStringLiteral("Razorpay refused %1").arg(path)},
                 {QStringLiteral("status"), reply.status},
                 {QStringLiteral("razorpay_error"), reply.body.value(QStringLiteral("error"))
                                                        .toObject()
                                                        .value(QStringLiteral("description"))}});
        throw HttpError(
            Status::BadGateway, QStringLiteral("Payment provider unavailable"),
            QStringLiteral("the UPI payment could not be started; try again in a minute"));
    }
    return reply.body;
}

QString Razorpay::refund(const QString& paymentRef, qint64 amount, const QString& key,
                         const QString& reason) {
    requireKeys();
    if (!paymentRef.startsWith(QStringLiteral("pay_"))) {
        throw invalid(QStringLiteral("payment"),
                      QStringLiteral("this payment is a subscription: refund its charge in the "
                                     "Razorpay dashboard; the refund reaches Sonara by webhook"));
    }
    QNetworkRequest outbound(
        QUrl(config_.razorpayApiBase + QStringLiteral("/v1/payments/%1/refund").arg(paymentRef)));
    outbound.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    outbound.setRawHeader(
        "Authorization",
        "Basic " + (config_.razorpayKeyId + ':' + config_.razorpayKeySecret).toBase64());
    outbound.setTransferTimeout(20000);
    const QJsonObject body{{QStringLiteral("amount"), amount},
                           {QStringLiteral("receipt"), key.left(40)},
                           {QStringLiteral("notes"),
                            QJsonObject{{QStringLiteral("sonara_reason"), reason.left(250)}}}};
    const ProviderReply reply =
        postAndWait(network_, outbound, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString refundId = reply.body.value(QStringLiteral("id")).toString();
    if (reply.status != 200 || refundId.isEmpty()) {
        const QString message = reply.body.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("description"))
                                    .toString();
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QStringLiteral("Razorpay refused a refund")},
                 {QStringLiteral("status"), reply.status},
                 {QStringLiteral("razorpay_error"), message}});
        throw HttpError(
            Status::BadGateway, QStringLiteral("Payment provider refused"),
            message.isEmpty()
                ? QStringLiteral("Razorpay did not answer: look at the payment in "
                                 "the Razorpay dashboard before trying again")
                : QStringLiteral("Razorpay refused the refund: %1").arg(message.left(300)));
    }
    return refundId;
}

QJsonObject Razorpay::createOrder(const Caller& caller, const QString& planId) {
    requireKeys();
    Rows plan = database_.select(
        QStringLiteral("SELECT price_cents, currency FROM plans WHERE id = ? AND active = 1 AND "
                       "interval_months IS NULL"),
        {planId});
    if (!plan.next()) {
        throw invalid(QStringLiteral("plan_id"),
                      QStringLiteral("no one-time plan '%1': pick one from GET /v1/plans, or "
                                     "subscribe through POST /v1/razorpay/subscriptions")
                          .arg(planId.left(64)));
    }
    const qint64 amount = plan.integer("price_cents");
    const QString currency = plan.text("currency").toUpper();
    // The notes come back in the payment webhook, which credits by them.
    const QJsonObject order{{QStringLiteral("amount"), amount},
                            {QStringLiteral("currency"), currency},
                            {QStringLiteral("receipt"), newId().left(36)},
                            {QStringLiteral("notes"),
                             QJsonObject{{QStringLiteral("sonara_account_id"), caller.accountId},
                                         {QStringLiteral("sonara_plan_id"), planId}}}};
    const QJsonObject created = create(QStringLiteral("/v1/orders"), order);
    return {{QStringLiteral("order_id"), created.value(QStringLiteral("id"))},
            {QStringLiteral("key_id"), QString::fromLatin1(config_.razorpayKeyId)},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), currency}};
}

QJsonObject Razorpay::createSubscription(const Caller& caller, const QString& planId) {
    requireKeys();
    Rows plan = database_.select(
        QStringLiteral("SELECT interval_months FROM plans WHERE id = ? AND active = 1 AND "
                       "interval_months > 0"),
        {planId});
    if (!plan.next()) {
        throw invalid(QStringLiteral("plan_id"),
                      QStringLiteral("no subscription plan '%1': pick one from GET /v1/plans")
                          .arg(planId.left(64)));
    }
    const QString razorpayPlan = config_.razorpayPlans.value(planId);
    if (razorpayPlan.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Payments not configured"),
                        QStringLiteral("plan '%1' has no Razorpay plan: add it to razorpay_plans "
                                       "in the service's config file")
                            .arg(planId.left(64)));
    }
    // Razorpay needs a number of billing cycles; ten years' worth is "until cancelled". The
    // notes come back in every subscription webhook, which credits by them.
    const int months = static_cast<int>(plan.integer("interval_months"));
    const QJsonObject subscription{
        {QStringLiteral("plan_id"), razorpayPlan},
        {QStringLiteral("total_count"), std::max(1, 120 / months)},
        {QStringLiteral("customer_notify"), 1},
        {QStringLiteral("notes"),
         QJsonObject{{QStringLiteral("sonara_account_id"), caller.accountId},
                     {QStringLiteral("sonara_plan_id"), planId}}}};
    const QJsonObject created = create(QStringLiteral("/v1/subscriptions"), subscription);
    return {{QStringLiteral("subscription_id"), created.value(QStringLiteral("id"))},
            {QStringLiteral("key_id"), QString::fromLatin1(config_.razorpayKeyId)},
            {QStringLiteral("short_url"), created.value(QStringLiteral("short_url"))}};
}

QHttpServerResponse Razorpay::webhook(const QHttpServerRequest& request) {
    const QByteArray body = request.body();
    if (body.size() > config_.maxBodyBytes) {
        throw HttpError(Status::PayloadTooLarge, QStringLiteral("Request too large"),
                        QStringLiteral("the body exceeds %1 bytes").arg(config_.maxBodyBytes));
    }
    if (config_.razorpayWebhookSecret.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Razorpay not configured"),
                        QStringLiteral("set SONARA_CLOUD_RAZORPAY_WEBHOOK_SECRET on the service"));
    }
    const QByteArray expected = crypto::hmacSha256(config_.razorpayWebhookSecret, body).toHex();
    if (!crypto::constantTimeEquals(request.value("X-Razorpay-Signature").trimmed(), expected)) {
        throw HttpError(Status::BadRequest, QStringLiteral("Signature refused"),
                        QStringLiteral("X-Razorpay-Signature does not match: check the webhook "
                                       "secret"));
    }
    // Razorpay signs neither a timestamp nor the event id: replays are recognised by the ids
    // in the signed body (the payment's, the refund's); the header id only answers retries.
    const QString eventId = QString::fromUtf8(request.value("X-Razorpay-Event-Id")).trimmed();
    if (eventId.isEmpty()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed event"),
                        QStringLiteral("the X-Razorpay-Event-Id header is missing"));
    }

    const QJsonObject event = QJsonDocument::fromJson(body).object();
    const QString type = event.value(QStringLiteral("event")).toString();
    if (const auto subscriptionEvent = razorpaySubscriptionEvent(event, eventId, now())) {
        return json(subscriptions_.handle(*subscriptionEvent, body).toJson());
    }
    if (type == QStringLiteral("refund.processed")) {
        // Razorpay reports each refund's own amount.
        const QJsonObject refund = entity(event, "refund");
        const Reversal reversal = purchases_.reverse(
            {kProvider, eventId, refund.value(QStringLiteral("payment_id")).toString(),
             providerInteger(refund.value(QStringLiteral("amount"))), false,
             refund.value(QStringLiteral("id")).toString()});
        return json(reversal.toJson());
    }
    if (type != QStringLiteral("payment.captured") && type != QStringLiteral("order.paid")) {
        return json({{QStringLiteral("received"), true}, {QStringLiteral("credited"), false}});
    }
    // payment.captured and order.paid both report a paid order: credited once per payment.
    return json(creditPayment(paymentOf(eventId, entity(event, "payment"))).toJson());
}

CreditOutcome Razorpay::creditPayment(const RazorpayPayment& payment) {
    const PaidCharge charge{kProvider,      payment.eventId,  payment.accountId, payment.planId,
                            payment.amount, payment.currency, payment.paymentId};
    return purchases_.creditOnce(
        charge, [charge](WriteTransaction& transaction, const PlanTerms& plan, const QString& ref) {
            if (plan.renews()) {
                // A subscription's payments are also reported as captured payments; they are
                // credited once, by subscription.charged.
                return QStringLiteral("subscription plans are credited by subscription.charged");
            }
            return Purchases::oneOffSeconds(charge)(transaction, plan, ref);
        });
}

}  // namespace sonara::cloud
