// Refunds an administrator starts: the money goes back through the payment's provider, and
// the seconds come back out of the ledger the way a provider's refund event takes them
// (Purchases::reverse), under the provider's refund id, so the webhook that follows finds the
// refund already applied.

#include "app/cloud/admin.h"

#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"
#include "app/cloud/purchases.h"
#include "core/wire/fields.h"

namespace sonara::cloud {
namespace {

// The payment_events id under which an administrator's refund request is remembered.
QString requestEventId(const QString& key) {
    return QStringLiteral("admin-refund:") + key;
}

}  // namespace

void Admin::setRefunds(Purchases& purchases, ProviderRefund refundAtProvider) {
    purchases_ = &purchases;
    refundAtProvider_ = std::move(refundAtProvider);
}

QJsonObject Admin::refund(const Caller& admin, const QString& purchaseId, const QJsonObject& body) {
    const qint64 amount = wire::requireInteger(body, QStringLiteral("amount"), 1, qint64(1) << 50);
    const QString reason = wire::requireString(body, QStringLiteral("reason"), 500).trimmed();
    if (reason.isEmpty()) {
        throw invalid(QStringLiteral("reason"),
                      QStringLiteral("say why the payment is refunded in 'reason'; it is kept "
                                     "in the audit log"));
    }
    const QString key = wire::requireString(body, QStringLiteral("idempotency_key"), 100);
    Rows purchase = database_.select(
        QStringLiteral("SELECT account_id, provider, payment_ref, amount, currency, "
                       "refunded_amount FROM purchases WHERE id = ?"),
        {purchaseId});
    if (!purchase.next()) {
        throw HttpError(Status::NotFound, QStringLiteral("Not found"),
                        QStringLiteral("no payment %1").arg(purchaseId.left(64)));
    }
    const QString provider = purchase.text("provider");
    const QString paymentRef = purchase.text("payment_ref");
    const QString currency = purchase.text("currency");
    auto answer = [&](bool replayed, const Reversal& reversal) {
        Rows now = database_.select(
            QStringLiteral("SELECT refunded_amount FROM purchases WHERE id = ?"), {purchaseId});
        return QJsonObject{
            {QStringLiteral("id"), purchaseId},
            {QStringLiteral("replayed"), replayed},
            {QStringLiteral("refunded_amount"), now.next() ? now.integer("refunded_amount") : 0},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("reversed_seconds"), reversal.reversedSeconds},
            {QStringLiteral("note"), reversal.reason}};
    };
    {
        WriteTransaction transaction(database_);
        if (Purchases::eventSeen(transaction, provider, requestEventId(key))) {
            return answer(true, {});
        }
    }
    const qint64 refundable = purchase.integer("amount") - purchase.integer("refunded_amount");
    if (amount > refundable) {
        throw invalid(QStringLiteral("amount"),
                      QStringLiteral("at most %1 (in the currency's smallest unit, %2) of this "
                                     "payment is left to refund")
                          .arg(refundable)
                          .arg(currency.toUpper()));
    }
    if (!purchases_ || !refundAtProvider_) {
        throw HttpError(Status::ServiceUnavailable, QStringLiteral("Refunds not set up"),
                        QStringLiteral("this service cannot refund payments"));
    }
    const QString refundId = refundAtProvider_(provider, paymentRef, amount, key, reason);
    const QString accountId = purchase.text("account_id");
    const Reversal reversal = purchases_->reverse(
        {provider, requestEventId(key), paymentRef, amount, false, refundId},
        [&](WriteTransaction& transaction, const Reversal& applied) {
            audit(transaction, admin, QStringLiteral("payment.refund"), accountId,
                  QStringLiteral("%1 %2 of %3 %4 (%5 seconds back): %6")
                      .arg(amount)
                      .arg(currency.toUpper(), provider, paymentRef)
                      .arg(applied.reversedSeconds)
                      .arg(reason));
        });
    return answer(false, reversal);
}

void Admin::addRefundRoutes(Router& router, Authenticator& authenticator) {
    router.routeWithId(
        QStringLiteral("/v1/admin/transactions/<arg>/refund"), Method::Post,
        [this, &authenticator](const QString& purchaseId, const QHttpServerRequest& request) {
            const Caller admin = authenticator.requireAdmin(request);
            return json(refund(admin, purchaseId, parseBody(request, config_.maxBodyBytes)));
        });
}

}  // namespace sonara::cloud
