#include "app/cloud/stripe.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/purchases.h"
#include "app/cloud/subscriptions.h"
#include "core/wire/fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace sonara::cloud {
namespace {

const QString kProvider = QStringLiteral("stripe");
constexpr qint64 kToleranceSeconds = 300;

HttpError signatureRefused(const QString& detail) {
    return HttpError(Status::BadRequest, QStringLiteral("Signature refused"), detail);
}

QJsonObject checkoutAnswer(bool credited, const QString& reason) {
    return CreditOutcome{credited, reason, {}}.toJson();
}

StripeCheckout checkoutOf(const QString& eventId, const QJsonObject& session) {
    const QJsonObject metadata = session.value(QStringLiteral("metadata")).toObject();
    const bool subscription =
        session.value(QStringLiteral("mode")).toString() == QStringLiteral("subscription");
    return {
        eventId,
        metadata.value(QStringLiteral("sonara_account_id")).toString(),
        metadata.value(QStringLiteral("sonara_plan_id")).toString(),
        providerInteger(session.value(QStringLiteral("amount_total"))),
        session.value(QStringLiteral("currency")).toString(),
        session
            .value(subscription ? QStringLiteral("subscription") : QStringLiteral("payment_intent"))
            .toString()};
}

}  // namespace

Stripe::Stripe(const CloudDatabase& database, const CloudConfig& config,
               QNetworkAccessManager& network, Purchases& purchases, Subscriptions& subscriptions)
    : database_(database),
      config_(config),
      network_(network),
      purchases_(purchases),
      subscriptions_(subscriptions) {}

void Stripe::addRoutes(Router& router, Authenticator& authenticator) {
    router.route(QStringLiteral("/v1/checkout"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     const QJsonObject body = parseBody(request, config_.maxBodyBytes);
                     return json(createCheckout(caller, wire::requireString(
                                                            body, QStringLiteral("plan_id"), 64)),
                                 Status::Created);
                 });
    router.route(QStringLiteral("/v1/webhooks/stripe"), Method::Post,
                 [this](const QHttpServerRequest& request) { return webhook(request); });
}

QJsonObject Stripe::createCheckout(const Caller& caller, const QString& planId) {
    if (config_.stripeSecretKey.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Payments not configured"),
                        QStringLiteral("card payments are not set up on this service: set "
                                       "SONARA_CLOUD_STRIPE_SECRET_KEY"));
    }
    Rows plan = database_.select(
        QStringLiteral(
            "SELECT name, price_cents, currency, interval_months FROM plans WHERE id = ? "
            "AND active = 1"),
        {planId});
    if (!plan.next()) {
        throw invalid(
            QStringLiteral("plan_id"),
            QStringLiteral("no plan '%1': pick one from GET /v1/plans").arg(planId.left(64)));
    }
    // Stripe's API takes form fields; the metadata is what the webhook later credits by.
    const qint64 months = plan.integer("interval_months");
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("mode"),
         months > 0 ? QStringLiteral("subscription") : QStringLiteral("payment")},
        {QStringLiteral("client_reference_id"), caller.accountId},
        {QStringLiteral("success_url"), config_.publicUrl + QStringLiteral("/account/paid")},
        {QStringLiteral("cancel_url"), config_.publicUrl + QStringLiteral("/account")},
        {QStringLiteral("line_items[0][quantity]"), QStringLiteral("1")},
        {QStringLiteral("line_items[0][price_data][currency]"), plan.text("currency")},
        {QStringLiteral("line_items[0][price_data][unit_amount]"), plan.text("price_cents")},
        {QStringLiteral("line_items[0][price_data][product_data][name]"), plan.text("name")},
        {QStringLiteral("metadata[sonara_account_id]"), caller.accountId},
        {QStringLiteral("metadata[sonara_plan_id]"), planId},
    };
    if (months > 0) {
        fields.append({QStringLiteral("line_items[0][price_data][recurring][interval]"),
                       QStringLiteral("month")});
        fields.append({QStringLiteral("line_items[0][price_data][recurring][interval_count]"),
                       QString::number(months)});
        fields.append(
            {QStringLiteral("subscription_data[metadata][sonara_account_id]"), caller.accountId});
    } else {
        fields.append(
            {QStringLiteral("payment_intent_data[metadata][sonara_account_id]"), caller.accountId});
    }
    QUrlQuery form;
    for (const auto& field : fields) {
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(field.first)),
                          QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    }
    QNetworkRequest outbound(QUrl(config_.stripeApiBase + QStringLiteral("/v1/checkout/sessions")));
    outbound.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
    outbound.setRawHeader("Authorization", "Bearer " + config_.stripeSecretKey);
    outbound.setRawHeader("Idempotency-Key", crypto::randomToken(16));
    outbound.setTransferTimeout(20000);
    const ProviderReply reply =
        postAndWait(network_, outbound, form.toString(QUrl::FullyEncoded).toUtf8());
    const QString url = reply.body.value(QStringLiteral("url")).toString();
    if (reply.status != 200 || url.isEmpty()) {
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QStringLiteral("Stripe refused a checkout session")},
                 {QStringLiteral("status"), reply.status},
                 {QStringLiteral("stripe_error"), reply.body.value(QStringLiteral("error"))
                                                      .toObject()
                                                      .value(QStringLiteral("message"))}});
        throw HttpError(Status::BadGateway, QStringLiteral("Payment provider unavailable"),
                        QStringLiteral("the card payment page could not be opened; try again in a "
                                       "minute"));
    }
    return {{QStringLiteral("id"), reply.body.value(QStringLiteral("id"))},
            {QStringLiteral("url"), url}};
}

QString Stripe::refund(const QString& paymentRef, qint64 amount, const QString& key,
                       const QString& reason) {
    if (config_.stripeSecretKey.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Stripe not configured"),
                        QStringLiteral("card refunds need SONARA_CLOUD_STRIPE_SECRET_KEY on the "
                                       "service"));
    }
    if (!paymentRef.startsWith(QStringLiteral("pi_"))) {
        throw invalid(QStringLiteral("payment"),
                      QStringLiteral("this payment is a subscription: refund its invoice in the "
                                     "Stripe dashboard; the refund reaches Sonara by webhook"));
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("payment_intent"), paymentRef);
    form.addQueryItem(QStringLiteral("amount"), QString::number(amount));
    form.addQueryItem(QStringLiteral("metadata[sonara_reason]"),
                      QString::fromLatin1(QUrl::toPercentEncoding(reason.left(500))));
    QNetworkRequest outbound(QUrl(config_.stripeApiBase + QStringLiteral("/v1/refunds")));
    outbound.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
    outbound.setRawHeader("Authorization", "Bearer " + config_.stripeSecretKey);
    // The administrator's key: a retry gets Stripe's first refund back, not a second one.
    outbound.setRawHeader("Idempotency-Key", "sonara-admin-refund-" + key.toUtf8());
    outbound.setTransferTimeout(20000);
    const ProviderReply reply =
        postAndWait(network_, outbound, form.toString(QUrl::FullyEncoded).toUtf8());
    const QString refundId = reply.body.value(QStringLiteral("id")).toString();
    if (reply.status != 200 || refundId.isEmpty()) {
        const QString message = reply.body.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        logLine({{QStringLiteral("level"), QStringLiteral("error")},
                 {QStringLiteral("message"), QStringLiteral("Stripe refused a refund")},
                 {QStringLiteral("status"), reply.status},
                 {QStringLiteral("stripe_error"), message}});
        throw HttpError(
            Status::BadGateway, QStringLiteral("Payment provider refused"),
            message.isEmpty()
                ? QStringLiteral("Stripe did not answer: retry the refund; a retry "
                                 "with the same request never refunds twice")
                : QStringLiteral("Stripe refused the refund: %1").arg(message.left(300)));
    }
    return refundId;
}

void Stripe::verifySignature(const QHttpServerRequest& request, const QByteArray& body) const {
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& item : request.value("Stripe-Signature").split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0) {
            continue;
        }
        const QByteArray name = item.left(equals).trimmed();
        const QByteArray value = item.mid(equals + 1).trimmed();
        if (name == "t") {
            timestamp = value;
        } else if (name == "v1") {
            signatures.append(value);
        }
    }
    bool numeric = false;
    const qint64 signedAt = timestamp.toLongLong(&numeric);
    if (!numeric || signatures.isEmpty()) {
        throw signatureRefused(QStringLiteral("the Stripe-Signature header lacks t= or v1="));
    }
    if (qAbs(now() - signedAt) > kToleranceSeconds) {
        throw signatureRefused(
            QStringLiteral("the Stripe-Signature timestamp is outside the 5-minute tolerance"));
    }
    const QByteArray expected =
        crypto::hmacSha256(config_.stripeWebhookSecret, timestamp + '.' + body).toHex();
    bool matched = false;
    for (const QByteArray& signature : signatures) {
        matched = crypto::constantTimeEquals(signature, expected) || matched;
    }
    if (!matched) {
        throw signatureRefused(
            QStringLiteral("no v1 signature matches: check the endpoint's signing secret"));
    }
}

QHttpServerResponse Stripe::webhook(const QHttpServerRequest& request) {
    const QByteArray body = request.body();
    if (body.size() > config_.maxBodyBytes) {
        throw HttpError(Status::PayloadTooLarge, QStringLiteral("Request too large"),
                        QStringLiteral("the body exceeds %1 bytes").arg(config_.maxBodyBytes));
    }
    if (config_.stripeWebhookSecret.isEmpty()) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Stripe not configured"),
                        QStringLiteral("set SONARA_CLOUD_STRIPE_WEBHOOK_SECRET on the service"));
    }
    verifySignature(request, body);

    const QJsonObject event = QJsonDocument::fromJson(body).object();
    const QString eventId = event.value(QStringLiteral("id")).toString();
    if (eventId.isEmpty()) {
        throw HttpError(Status::BadRequest, QStringLiteral("Malformed event"),
                        QStringLiteral("the event has no id"));
    }
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject object =
        event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    if (type == QStringLiteral("charge.refunded")) {
        // Stripe reports the charge's total refunded so far, and its refunds newest first.
        const QString refundId = object.value(QStringLiteral("refunds"))
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
        const Reversal reversal = purchases_.reverse(
            {kProvider, eventId, object.value(QStringLiteral("payment_intent")).toString(),
             providerInteger(object.value(QStringLiteral("amount_refunded"))), true, refundId});
        return json(reversal.toJson());
    }
    if (const auto subscriptionEvent = stripeSubscriptionEvent(event, now())) {
        return json(subscriptions_.handle(*subscriptionEvent, body).toJson());
    }
    if (type != QStringLiteral("checkout.session.completed")) {
        return json({{QStringLiteral("received"), true}, {QStringLiteral("credited"), false}});
    }
    if (object.value(QStringLiteral("payment_status")).toString() != QStringLiteral("paid")) {
        return json(checkoutAnswer(false, QStringLiteral("the session is not paid")));
    }
    const CreditOutcome outcome = creditCheckout(checkoutOf(eventId, object));
    if (outcome.credited) {
        // Invoices of this subscription that arrived before its checkout can be applied now.
        subscriptions_.applyDeferredEvents();
    }
    return json(outcome.toJson());
}

CreditOutcome Stripe::creditCheckout(const StripeCheckout& checkout) {
    const PaidCharge charge{kProvider,       checkout.eventId,  checkout.accountId, checkout.planId,
                            checkout.amount, checkout.currency, checkout.paymentRef};
    return purchases_.creditOnce(
        charge, [this, charge](WriteTransaction& transaction, const PlanTerms& plan,
                               const QString& paymentRef) {
            if (!plan.renews()) {
                return Purchases::oneOffSeconds(charge)(transaction, plan, paymentRef);
            }
            subscriptions_.start(transaction, kProvider, paymentRef, charge.accountId,
                                 charge.planId, plan.seconds, plan.months);
            return QString();
        });
}

}  // namespace sonara::cloud
