#pragma once

#include "app/cloud/cloud_config.h"
#include "app/cloud/purchases.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

class QNetworkAccessManager;

namespace sonara::cloud {

class Authenticator;
class CloudDatabase;
class Router;
class Subscriptions;
struct Caller;

// A paid Stripe Checkout session, as checkout.session.completed reports it.
struct StripeCheckout {
    QString eventId;
    QString accountId;
    QString planId;
    qint64 amount = -1;
    QString currency;
    // The subscription (sub_...) for a renewing plan, else the payment intent.
    QString paymentRef;
};

// Card payments through Stripe: the Checkout page a purchase starts on, and the webhook whose
// signed events credit purchases, reverse refunds and move subscriptions.
class Stripe {
public:
    Stripe(const CloudDatabase& database, const CloudConfig& config, QNetworkAccessManager& network,
           Purchases& purchases, Subscriptions& subscriptions);

    void addRoutes(Router& router, Authenticator& authenticator);

    // The Checkout session for `planId`; throws HttpError 503 when Stripe is not configured
    // and 502 when it refuses. Answers {id, url}.
    QJsonObject createCheckout(const Caller& caller, const QString& planId);
    // Refunds `amount` of the payment intent `paymentRef` at Stripe, once per `key` (Stripe's
    // Idempotency-Key), and returns Stripe's refund id; its charge.refunded webhook then finds
    // the refund applied. Throws HttpError 503 unconfigured, 422 for a subscription, 502 refused.
    QString refund(const QString& paymentRef, qint64 amount, const QString& key,
                   const QString& reason);
    // The whole webhook: the signature, the event, what it credits, the answer.
    QHttpServerResponse webhook(const QHttpServerRequest& request);
    // The plan's seconds, once per payment; a renewing plan starts its subscription with the
    // first period.
    CreditOutcome creditCheckout(const StripeCheckout& checkout);

private:
    // Throws HttpError 400 unless Stripe-Signature signs `body` with the webhook secret within
    // the tolerance.
    void verifySignature(const QHttpServerRequest& request, const QByteArray& body) const;

    const CloudDatabase& database_;
    const CloudConfig& config_;
    QNetworkAccessManager& network_;
    Purchases& purchases_;
    Subscriptions& subscriptions_;
};

}  // namespace sonara::cloud
