#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sonara::wire {

// POST /v1/auth/register and /v1/auth/login.
struct Credentials {
    QString email;
    QString password;

    QJsonObject toJson() const;
    // Throws FieldError; the email is taken as given (the service normalises it).
    static Credentials parse(const QJsonObject& body);
};

// The answer to a sign-in or a refresh.
struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;

    QJsonObject toJson() const;
    static TokenPair fromJson(const QJsonObject& json);
};

// One plan of GET /v1/plans; intervalMonths 0 is a one-off purchase.
struct Plan {
    QString id;
    QString name;
    qint64 priceCents = 0;
    QString currency;
    qint64 seconds = 0;
    int intervalMonths = 0;

    QJsonObject toJson() const;
    static Plan fromJson(const QJsonObject& json);
};

// An account's subscription as GET /v1/me shows it: the live one, else the one that ended last.
struct SubscriptionState {
    QString plan;
    QString provider;
    // active, past_due or cancelled.
    QString status;
    // Set when past due: when the failed payment was reported.
    qint64 pastDueSince = 0;

    QJsonObject toJson() const;
    static SubscriptionState fromJson(const QJsonObject& json);
};

// GET /v1/me.
struct Profile {
    QString id;
    QString email;
    QString role;
    // Empty without a plan.
    QString plan;
    qint64 balanceSeconds = 0;
    // active or suspended.
    QString status;
    qint64 createdAt = 0;
    bool emailVerified = false;
    std::optional<SubscriptionState> subscription;

    // The subscription's state: empty without one, else active, past_due or cancelled.
    QString subscriptionStatus() const { return subscription ? subscription->status : QString(); }

    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject& json);
};

}  // namespace sonara::wire
