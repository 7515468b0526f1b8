#pragma once

#include <QJsonObject>
#include <QString>

namespace sonara::wire {

// One account as GET /v1/admin/users lists it.
struct AdminUser {
    QString id;
    QString email;
    QString role;
    QString status;
    // Empty without a plan.
    QString plan;
    qint64 balanceSeconds = 0;

    QJsonObject toJson() const;
    static AdminUser fromJson(const QJsonObject& json);
};

// A plan as an administrator edits it (PUT /v1/admin/plans/{id}, the id in the path);
// intervalMonths 0 is a one-off purchase.
struct AdminPlan {
    QString id;
    QString name;
    qint64 priceCents = 0;
    QString currency;
    qint64 seconds = 0;
    int intervalMonths = 0;

    static AdminPlan fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // The body of a PUT, for plan `id`; throws FieldError. The currency is read lowercase.
    static AdminPlan parse(const QString& id, const QJsonObject& body);
};

// POST /v1/admin/users/{id}/grant: seconds to add (negative revokes), once per key.
struct CreditGrant {
    qint64 seconds = 0;
    QString reason;
    QString idempotencyKey;

    QJsonObject toJson() const;
    // Throws FieldError.
    static CreditGrant parse(const QJsonObject& body);
};

// The answer to a grant.
struct CreditAdjustment {
    // True when the idempotency key was seen before and nothing changed this time.
    bool replayed = false;
    // Less than asked when a revocation would have taken the balance below zero.
    qint64 appliedSeconds = 0;
    qint64 balanceSeconds = 0;

    QJsonObject toJson() const;
    static CreditAdjustment fromJson(const QJsonObject& json);
};

}  // namespace sonara::wire
