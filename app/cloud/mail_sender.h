#pragma once

#include <QString>
#include <QUrl>

namespace sonara::cloud {

// Delivers one message over SMTP. The server comes from a URL: smtp://user:password@host:port
// (plain, for a local relay), smtp+starttls://... (upgraded with STARTTLS) or smtps://...
// (TLS from the start). Blocking: call it off the thread that serves HTTP.
class MailSender {
public:
    explicit MailSender(QUrl server, QString from);

    bool configured() const { return server_.isValid() && !server_.host().isEmpty(); }
    // Returns an empty string on success, else what went wrong.
    QString send(const QString& recipient, const QString& subject, const QString& body) const;

private:
    QUrl server_;
    QString from_;
};

}  // namespace sonara::cloud
