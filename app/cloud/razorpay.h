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

// A captured Razorpay payment, as payment.captured or order.paid reports it; the notes the
// order was created with name the account and the plan.
struct RazorpayPayment {
    QString eventId;
    QString accountId;
    QString planId;
    qint64 amount = -1;
    QString currency;
    QString paymentId;
};

// UPI payments through Razorpay: orders for one-off plans, subscriptions for renewing ones,
// and the webhook whose signed events credit them, reverse refunds and move subscriptions.
class Razorpay {
public:
    Razorpay(const CloudDatabase& database, const CloudConfig& config,
             QNetworkAccessManager& network, Purchases& purchases, Subscriptions& subscriptions);

    void addRoutes(Router& router, Authenticator& authenticator);

    // Answers {order_id, key_id, amount, currency} for the payment sheet.
    QJsonObject createOrder(const Caller& caller, const QString& planId);
    // Starts a Razorpay subscription for a renewing plan; its first charge credits the account.
    // Answers {subscription_id, key_id, short_url}.
    QJsonObject createSubscription(const Caller& caller, const QString& planId);
    // Refunds `amount` of payment `paymentRef` at Razorpay and returns Razorpay's refund id;
    // its refund.processed webhook then finds the refund applied. Throws HttpError 503
    // unconfigured, 422 for a subscription, 502 refused.
    QString refund(const QString& paymentRef, qint64 amount, const QString& key,
                   const QString& reason);
    // The whole webhook: the signature, the event, what it credits, the answer.
    QHttpServerResponse webhook(const QHttpServerRequest& request);
    // A one-off plan's seconds, once per payment, whichever event reports it.
    CreditOutcome creditPayment(const RazorpayPayment& payment);

private:
    void requireKeys() const;
    // POSTs `body` to Razorpay's API at `path` and returns the object it created; throws 502
    // when Razorpay refuses or cannot be reached.
    QJsonObject create(const QString& path, const QJsonObject& body);

    const CloudDatabase& database_;
    const CloudConfig& config_;
    QNetworkAccessManager& network_;
    Purchases& purchases_;
    Subscriptions& subscriptions_;
};

}  // namespace sonara::cloud
