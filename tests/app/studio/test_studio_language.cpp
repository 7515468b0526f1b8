#include "app/studio/export_dialog.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/sign_in_dialog.h"
#include "app/studio/studio_settings.h"
#include "studio_test_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>
#include <functional>

using namespace sonara;
using namespace sonara::studio;

namespace {

const QString kLongError = QStringLiteral(
    "The account service at https://accounts.sonara.example refused the sign-in: the email "
    "address or the password is wrong, or the account was closed. Check both and try again; "
    "after five failed attempts in a row, wait fifteen minutes before the next one, or reset "
    "the password from the link in the welcome email.");

// Every text a user reads in `root`: window title, labels, buttons, group titles, placeholders
// and the column titles of item views, each with the path of the widget it is on.
QList<QPair<QString, QString>> visibleTexts(QWidget* root) {
    QList<QPair<QString, QString>> texts;
    const auto add = [&](QObject* object, const QString& text) {
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        texts.append(
            {object->metaObject()->className() + QStringLiteral(":") + object->objectName(),
             plain.trimmed()});
    };
    add(root, root->windowTitle());
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            add(label, label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(button, button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            add(group, group->title());
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            add(edit, edit->placeholderText());
        } else if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section) {
                add(header, header->model()->headerData(section, header->orientation()).toString());
            }
        }
    }
    return texts;
}

// Texts that read the same in every language: names, formats, numbers, addresses.
bool languageNeutral(const QString& text) {
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    static const QStringList neutral = {QStringLiteral("OK"),
                                        QStringLiteral("Sonara"),
                                        QStringLiteral("Sonara Studio"),
                                        QStringLiteral("name@example.com"),
                                        QStringLiteral("WAV"),
                                        QStringLiteral("FLAC"),
                                        QStringLiteral("MP3"),
                                        QStringLiteral("M4A"),
                                        QStringLiteral("Opus"),
                                        QStringLiteral("Ogg"),
                                        QStringLiteral("LUFS"),
                                        QStringLiteral("API")};
    return !text.contains(letters) || neutral.contains(text) ||
           text.contains(QStringLiteral("://")) || text.startsWith(QLatin1Char('/')) ||
           text.contains(QRegularExpression(QStringLiteral("^[A-Z0-9 .:/+()-]+$")));
}

// Words a language writes as English does (German "Name", "Format").
bool sameWord(const QString& language, const QString& text) {
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("de"), {QStringLiteral("Name"), QStringLiteral("Format")}},
        {QStringLiteral("es"), {}},
        {QStringLiteral("hi"), {}},
    };
    return words.value(language).contains(text);
}

// Opens `make`'s dialog in English and in `language` and lists the texts left in English.
QStringList untranslated(const QString& language, const std::function<QWidget*()>& make) {
    installTranslations(*qApp, QStringLiteral("en"));
    std::unique_ptr<QWidget> english(make());
    english->show();
    QTest::qWait(50);
    const auto source = visibleTexts(english.get());
    installTranslations(*qApp, language);
    std::unique_ptr<QWidget> translated(make());
    translated->show();
    QTest::qWait(50);
    const auto target = visibleTexts(translated.get());
    QStringList left;
    for (const auto& [where, text] : target) {
        if (!text.isEmpty() && !languageNeutral(text) && !sameWord(language, text) &&
            source.contains({where, text})) {
            left << where + QStringLiteral(" \"") + text + QLatin1Char('"');
        }
    }
    left.removeDuplicates();
    return left;
}

}  // namespace

// Every dialog of the studio in German, Spanish and Hindi, Qt's own texts included (buttons,
// the file dialog, key names), and the sign-in dialog's layout with a long error.
class TestStudioLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }
    void cleanupTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void dialogs_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("hi") << QStringLiteral("hi");
    }

    void dialogs() {
        QFETCH(QString, language);
        test::TestHost host;
        const core::audio::AudioBuffer buffer = test::tone(1.0);
        const QString target = QDir(host.directory.path()).filePath(QStringLiteral("out.wav"));
        QStringList left;
        left << untranslated(language,
                             [&] { return new ExportDialog(*host.host, buffer, target); });
        left << untranslated(language, [&] { return new SettingsDialog(*host.host); });
        left << untranslated(language, [&] {
            return new SignInDialog(SignInDialog::tr("Sign in"),
                                    QUrl(QStringLiteral("https://x.example")));
        });
        left << untranslated(language, [&] {
            auto* dialog = new QFileDialog(nullptr, QString(), host.directory.path());
            dialog->setOption(QFileDialog::DontUseNativeDialog);
            dialog->setViewMode(QFileDialog::Detail);
            return dialog;
        });
        QVERIFY2(left.isEmpty(),
                 qPrintable(language + QStringLiteral(": ") + left.join(QStringLiteral("; "))));

        // Key names in menus and tooltips.
        installTranslations(*qApp, language);
        const QString keys =
            QKeySequence(Qt::CTRL | Qt::Key_Space).toString(QKeySequence::NativeText) +
            QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText);
        QVERIFY2(!keys.contains(QStringLiteral("Ctrl")) &&
                     !keys.contains(QStringLiteral("Space")) &&
                     !keys.contains(QStringLiteral("Del")),
                 qPrintable(keys));
    }

    void signInSurvivesALongError_data() {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "de", "es", "hi"}) {
            QTest::newRow(language) << QString::fromLatin1(language);
        }
    }

    void signInSurvivesALongError() {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        SignInDialog dialog(SignInDialog::tr("Sign in"), QUrl(QStringLiteral("https://x.example")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize before = dialog.size();
        dialog.emailEdit()->setText(QStringLiteral("me@example.com"));
        dialog.passwordEdit()->setText(QStringLiteral("secret"));
        dialog.accept();
        dialog.finishSignIn(kLongError);
        QTest::qWait(100);

        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->text(), kLongError);
        // The message wraps and is shown whole ...
        QVERIFY(error->wordWrap());
        QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(error->height())
                                .arg(error->heightForWidth(error->width()))));
        QVERIFY(error->width() <= dialog.width());
        // ... and the fields keep a usable size.
        for (QLineEdit* field : {dialog.serviceEdit(), dialog.emailEdit(), dialog.passwordEdit()}) {
            QVERIFY2(field->height() >= field->sizeHint().height(),
                     qPrintable(QStringLiteral("field height %1").arg(field->height())));
            QVERIFY2(field->width() >= 200,
                     qPrintable(QStringLiteral("field width %1").arg(field->width())));
            QVERIFY(field->isEnabled());
        }
        QVERIFY(dialog.width() >= before.width());
        QVERIFY(dialog.height() <= 900);
        // Every label reads whole, however long the translation.
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap()) {
                continue;
            }
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        dialog.grab().save(test::testOutputDirectory() + QStringLiteral("/sign_in_") + language +
                           QStringLiteral(".png"));
    }
};

QTEST_MAIN(TestStudioLanguage)
#include "test_studio_language.moc"
