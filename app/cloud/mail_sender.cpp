#include "app/cloud/mail_sender.h"

#include <QDateTime>
#include <QSslSocket>

#include <stdexcept>

namespace sonara::cloud {
namespace {

constexpr int kTimeoutMs = 15000;

struct SmtpFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reads one reply (all its continuation lines) and checks its code.
void expect(QSslSocket& socket, int code) {
    QByteArray line;
    while (true) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kTimeoutMs)) {
                throw SmtpFailure("the mail server stopped answering");
            }
        }
        line = socket.readLine();
        if (line.size() < 4 || line.at(3) != '-') {
            break;
        }
    }
    if (line.left(3).toInt() != code) {
        throw SmtpFailure("the mail server answered: " + line.trimmed().toStdString());
    }
}

void command(QSslSocket& socket, const QByteArray& text, int code) {
    socket.write(text + "\r\n");
    if (!socket.waitForBytesWritten(kTimeoutMs)) {
        throw SmtpFailure("cannot write to the mail server");
    }
    expect(socket, code);
}

bool safeAddress(const QString& address) {
    for (const QChar c : address) {
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n') || c.isSpace()) {
            return false;
        }
    }
    return address.contains(QLatin1Char('@'));
}

}  // namespace

MailSender::MailSender(QUrl server, QString from)
    : server_(std::move(server)), from_(std::move(from)) {}

QString MailSender::send(const QString& recipient, const QString& subject,
                         const QString& body) const {
    if (!safeAddress(recipient) || !safeAddress(from_) || subject.contains(QLatin1Char('\n')) ||
        subject.contains(QLatin1Char('\r'))) {
        return QStringLiteral("refused to send: the address or subject could inject headers");
    }
    const QString scheme = server_.scheme();
    const bool implicitTls = scheme == QStringLiteral("smtps");
    const bool startTls = scheme == QStringLiteral("smtp+starttls");
    QSslSocket socket;
    try {
        if (implicitTls) {
            socket.connectToHostEncrypted(server_.host(), static_cast<quint16>(server_.port(465)));
            if (!socket.waitForEncrypted(kTimeoutMs)) {
                throw SmtpFailure("TLS to the mail server failed: " +
                                  socket.errorString().toStdString());
            }
        } else {
            socket.connectToHost(server_.host(),
                                 static_cast<quint16>(server_.port(startTls ? 587 : 25)));
            if (!socket.waitForConnected(kTimeoutMs)) {
                throw SmtpFailure("cannot connect to the mail server: " +
                                  socket.errorString().toStdString());
            }
        }
        expect(socket, 220);
        command(socket, "EHLO sonara-cloud", 250);
        if (startTls) {
            command(socket, "STARTTLS", 220);
            socket.startClientEncryption();
            if (!socket.waitForEncrypted(kTimeoutMs)) {
                throw SmtpFailure("STARTTLS failed: " + socket.errorString().toStdString());
            }
            command(socket, "EHLO sonara-cloud", 250);
        }
        if (!server_.userName().isEmpty()) {
            const QByteArray credentials =
                '\0' + server_.userName().toUtf8() + '\0' + server_.password().toUtf8();
            command(socket, "AUTH PLAIN " + credentials.toBase64(), 235);
        }
        command(socket, "MAIL FROM:<" + from_.toUtf8() + '>', 250);
        command(socket, "RCPT TO:<" + recipient.toUtf8() + '>', 250);
        command(socket, "DATA", 354);
        QByteArray message =
            "From: Sonara Studio <" + from_.toUtf8() + ">\r\nTo: " + recipient.toUtf8() +
            "\r\nSubject: " + subject.toUtf8() +
            "\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() +
            "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n";
        for (QByteArray line : body.toUtf8().split('\n')) {
            // A line starting with a dot would end the message early (RFC 5321 4.5.2).
            if (line.startsWith('.')) {
                line.prepend('.');
            }
            message += line + "\r\n";
        }
        socket.write(message);
        command(socket, ".", 250);
        command(socket, "QUIT", 221);
    } catch (const SmtpFailure& failure) {
        return QString::fromStdString(failure.what());
    }
    return {};
}

}  // namespace sonara::cloud
