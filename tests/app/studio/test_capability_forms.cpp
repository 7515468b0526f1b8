#include "app/studio/capability_form.h"
#include "app/studio/input_editor.h"
#include "app/studio/main_window.h"
#include "app/studio/model_manager_page.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/studio_settings.h"
#include "core/engine/engine_host.h"
#include "core/store/settings_store.h"
#include "studio_test_support.h"
#include "support/gain_capability.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>
#include <algorithm>

using namespace sonara;
using namespace sonara::studio;

// An engine that needs a model of one architecture; it is never run here.
class ModelEngine : public core::Engine {
public:
    ModelEngine(QString capability, QString id, QString architecture)
        : capability_(std::move(capability)),
          id_(std::move(id)),
          architecture_(std::move(architecture)) {}
    core::EngineInfo info() const override {
        core::EngineInfo info;
        info.id = id_;
        info.capability = capability_;
        info.title = id_;
        info.architectures = {architecture_};
        return info;
    }
    QList<core::EngineOutput> run(const core::ValidatedJob&, core::JobContext&) override {
        return {};
    }

private:
    QString capability_;
    QString id_;
    QString architecture_;
};

class TestCapabilityForms : public QObject {
    Q_OBJECT

private:
    static void checkDefault(const core::ParameterSpec& spec, QWidget* widget) {
        const QByteArray where = spec.id.toUtf8();
        switch (spec.type) {
            case core::ParameterType::Boolean: {
                auto* box = qobject_cast<QCheckBox*>(widget);
                QVERIFY2(box, where);
                QCOMPARE(box->isChecked(), spec.defaultValue.toBool());
                break;
            }
            case core::ParameterType::Integer: {
                auto* box = qobject_cast<QSpinBox*>(widget);
                QVERIFY2(box, where);
                QCOMPARE(box->value(), spec.defaultValue.toInt());
                if (spec.minimum) {
                    QCOMPARE(box->minimum(), int(*spec.minimum));
                }
                if (spec.maximum) {
                    QCOMPARE(box->maximum(), int(*spec.maximum));
                }
                if (!spec.unit.isEmpty()) {
                    QVERIFY2(box->suffix().contains(spec.unit), where);
                }
                break;
            }
            case core::ParameterType::Number: {
                auto* box = qobject_cast<QDoubleSpinBox*>(widget);
                QVERIFY2(box, where);
                QVERIFY2(qFuzzyCompare(box->value() + 1, spec.defaultValue.toDouble() + 1), where);
                if (spec.minimum) {
                    QCOMPARE(box->minimum(), *spec.minimum);
                }
                if (spec.maximum) {
                    QCOMPARE(box->maximum(), *spec.maximum);
                }
                break;
            }
            case core::ParameterType::Choice: {
                auto* box = qobject_cast<QComboBox*>(widget);
                QVERIFY2(box, where);
                QCOMPARE(box->count(), spec.choices.size());
                QCOMPARE(box->currentData().toString(), spec.defaultValue.toString());
                break;
            }
            case core::ParameterType::String: {
                auto* line = qobject_cast<QLineEdit*>(widget);
                QVERIFY2(line, where);
                QCOMPARE(line->text(), spec.defaultValue.toString());
                break;
            }
        }
        QCOMPARE(widget->toolTip(), spec.help);
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationName(QStringLiteral("sonara")); }

    void everyCapabilityHasAFormWithOneWidgetPerParameter() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        const auto capabilities = host.host->registry().capabilities();
        QVERIFY(!capabilities.isEmpty());
        QCOMPARE(window.capabilityForms().size(), capabilities.size());
        for (const core::CapabilityDescriptor& descriptor : capabilities) {
            CapabilityForm* form = window.capabilityForm(descriptor.id);
            QVERIFY2(form, qPrintable(descriptor.id));
            for (const core::EngineInfo& engine : host.host->registry().engines(descriptor.id)) {
                form->setEngine(engine.id);
                QCOMPARE(form->engineId(), engine.id);
                const QList<core::ParameterSpec> specs = descriptor.parametersFor(engine.id);
                QCOMPARE(form->parameterIds().size(), specs.size());
                for (const core::ParameterSpec& spec : specs) {
                    QWidget* widget = form->parameterWidget(spec.id);
                    QVERIFY2(widget, qPrintable(descriptor.id + QLatin1Char('.') + spec.id));
                    checkDefault(spec, widget);
                }
                // The form's values pass the same validation the API and the CLI use.
                core::JobRequest request;
                request.capability = descriptor.id;
                request.engine = engine.id;
                request.parameters = form->values();
                for (const core::ParameterSpec& spec : specs) {
                    QVERIFY(core::validateParameterValue(spec, request.parameters.value(spec.id))
                                .isValid());
                }
            }
        }
    }

    // Scrolling a short page over a field scrolls the page; the field's value stays until the
    // field is clicked.
    void theWheelScrollsThePageNotTheFieldUnderThePointer() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        window.resize(900, 520);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CapabilityForm* form = window.capabilityForm(QStringLiteral("tts"));
        form->setEngine(QStringLiteral("espeak-ng"));
        auto* voice = qobject_cast<QComboBox*>(form->parameterWidget(QStringLiteral("voice")));
        QVERIFY(voice);
        auto* page = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        QVERIFY(page);
        const int chosen = voice->currentIndex();
        const auto wheel = [voice](int steps) {
            const QPointF at(voice->width() / 2.0, voice->height() / 2.0);
            QWheelEvent event(at, voice->mapToGlobal(at), {}, QPoint(0, -120 * steps), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(voice, &event);
        };
        const int scrolled = page->verticalScrollBar()->value();
        wheel(3);
        QCOMPARE(voice->currentIndex(), chosen);
        QVERIFY2(page->verticalScrollBar()->maximum() == 0 ||
                     page->verticalScrollBar()->value() > scrolled,
                 "the page did not scroll");
        // Focused, the field takes the wheel as usual.
        voice->setFocus();
        QTRY_VERIFY(voice->hasFocus());
        wheel(1);
        QVERIFY(voice->currentIndex() != chosen);
    }

    void outOfRangeInputCannotBeSubmitted() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        window.show();
        QVERIFY(window.openFile(
            studio::test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 1.0)));
        int ranged = 0;
        for (const core::CapabilityDescriptor& descriptor : host.host->registry().capabilities()) {
            CapabilityForm* form = window.capabilityForm(descriptor.id);
            for (const core::EngineInfo& engine : host.host->registry().engines(descriptor.id)) {
                if (engine.needsModel()) {
                    continue;
                }
                form->setEngine(engine.id);
                if (form->textInput()) {
                    form->textInput()->setPlainText(QStringLiteral("Range check."));
                }
                QVERIFY2(form->canSubmit(),
                         qPrintable(descriptor.id + QLatin1Char('/') + engine.id));
                for (const core::ParameterSpec& spec : descriptor.parametersFor(engine.id)) {
                    auto* spin = qobject_cast<QAbstractSpinBox*>(form->parameterWidget(spec.id));
                    if (!spin || !spec.maximum) {
                        continue;
                    }
                    ++ranged;
                    const QString tooHigh = QString::number(*spec.maximum + 1000);
                    // Typing cannot get past the range...
                    spin->findChild<QLineEdit*>()->selectAll();
                    QTest::keyClicks(spin, tooHigh);
                    if (auto* box = qobject_cast<QSpinBox*>(spin)) {
                        QVERIFY(box->value() <= *spec.maximum);
                    } else if (auto* box = qobject_cast<QDoubleSpinBox*>(spin)) {
                        QVERIFY(box->value() <= *spec.maximum);
                    }
                    // ...and text forced in past the validator blocks the submission.
                    spin->findChild<QLineEdit*>()->setText(tooHigh);
                    QString reason;
                    QVERIFY(!form->canSubmit(&reason));
                    QVERIFY2(reason.contains(spec.title.isEmpty() ? spec.id : spec.title),
                             qPrintable(reason));
                    QVERIFY(!form->runButton()->isEnabled());
                    const int before = host.host->jobs().jobs().size();
                    QVERIFY(form->submit().isEmpty());
                    QCOMPARE(host.host->jobs().jobs().size(), before);
                    QVERIFY(!form->errorText().isEmpty());
                    // Back in range, it can be submitted again.
                    spin->findChild<QLineEdit*>()->setText(
                        QString::number(spec.defaultValue.toDouble()) +
                        spin->property("suffix").toString());
                    QVERIFY2(form->canSubmit(&reason), qPrintable(reason));
                }
            }
        }
        QVERIFY2(ranged > 0, "no capability has a ranged parameter to check");
    }

    void emptyTextCannotBeSubmitted() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        CapabilityForm* form = window.capabilityForm(QStringLiteral("tts"));
        QVERIFY(form);
        form->textInput()->setPlainText(QStringLiteral("   "));
        QVERIFY(!form->canSubmit());
        QVERIFY(form->submit().isEmpty());
        QVERIFY(host.host->jobs().jobs().isEmpty());
    }

    void audioCapabilitiesNeedATrack() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        CapabilityForm* form = window.capabilityForm(QStringLiteral("denoise"));
        QVERIFY(form);
        QVERIFY(!form->canSubmit());
        QVERIFY(window.openFile(
            studio::test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 1.0)));
        QVERIFY(form->canSubmit());
    }

    void everyInputKindGetsAnEditorFromTheDescriptor() {
        studio::test::TestHost host;
        sonara::test::registerGainCapability(host.host->registry());
        MainWindow window(*host.host);
        window.show();
        CapabilityForm* form = window.capabilityForm(QStringLiteral("gain"));
        QVERIFY(form);
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("input:audio")));
        auto* channel = form->findChild<InputEditor*>(QStringLiteral("input:channel"));
        auto* envelope = form->findChild<InputEditor*>(QStringLiteral("input:envelope"));
        QVERIFY(channel && channel->comboBox() && channel->comboBox()->count() == 3);
        QVERIFY(envelope && envelope->pathEdit());

        QVERIFY(window.openFile(
            studio::test::writeTone(host.directory.path(), QStringLiteral("gain.wav"), 1.0)));
        channel->comboBox()->setCurrentIndex(
            channel->comboBox()->findData(QStringLiteral("right")));
        const QString document = QDir(host.directory.path()).filePath(QStringLiteral("env.json"));
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"at": 0, "gain_db": -3}, {"at": 0.5, "gain_db": -20}])");
        file.close();
        envelope->pathEdit()->setText(document);
        QVERIFY(form->canSubmit());
        const QString id = form->submit();
        QVERIFY2(!id.isEmpty(), qPrintable(form->errorText()));
        const auto job = host.host->jobs().waitForFinished(id, 30000);
        QCOMPARE(job->state, core::store::JobState::Succeeded);
        QCOMPARE(job->inputs.value(QStringLiteral("channel")).toString(), QStringLiteral("right"));
        QCOMPARE(job->inputs.value(QStringLiteral("envelope")).toArray().size(), 2);

        // A document that breaks the input's schema is refused on the page, naming the input.
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(R"([{"at": 0, "gain_db": 90}])");
        file.close();
        const int before = host.host->jobs().jobs().size();
        QVERIFY(form->submit().isEmpty());
        QVERIFY2(form->errorText().contains(QStringLiteral("envelope")),
                 qPrintable(form->errorText()));
        QCOMPARE(host.host->jobs().jobs().size(), before);
    }

    void enginesWithoutModelsPointToTheModelManager() {
        studio::test::TestHost host;
        // A capability whose only engine needs a model, and a model engine beside a classic one.
        core::CapabilityDescriptor music;
        music.id = QStringLiteral("test-music");
        music.title = QStringLiteral("Test music");
        music.inputs = {core::InputSpec{QStringLiteral("text"), core::InputKind::Text,
                                        QStringLiteral("Prompt"), QString()}};
        music.outputs = {core::OutputSpec{QStringLiteral("audio"),
                                          core::OutputKind::Audio,
                                          QStringLiteral("Music"),
                                          {QStringLiteral("wav")}}};
        host.host->registry().addCapability(music);
        host.host->registry().addEngine(std::make_shared<ModelEngine>(
            QStringLiteral("test-music"), QStringLiteral("test-musicgen"),
            QStringLiteral("musicgen")));
        host.host->registry().addEngine(std::make_shared<ModelEngine>(
            QStringLiteral("stt"), QStringLiteral("test-whisper"), QStringLiteral("whisper")));
        MainWindow window(*host.host);
        window.show();

        CapabilityForm* onlyModels = window.capabilityForm(QStringLiteral("test-music"));
        QVERIFY(onlyModels);
        auto* message = onlyModels->findChild<QLabel*>(QStringLiteral("modelMessage"));
        QVERIFY(message && message->isVisibleTo(onlyModels));
        QVERIFY(message->text().contains(QStringLiteral("href")));
        QVERIFY(!onlyModels->runButton()->isEnabled());
        QVERIFY(!onlyModels->parameterWidget(QStringLiteral("anything")));

        CapabilityForm* stt = window.capabilityForm(QStringLiteral("stt"));
        stt->setEngine(QStringLiteral("test-whisper"));
        message = stt->findChild<QLabel*>(QStringLiteral("modelMessage"));
        QVERIFY(message->isVisibleTo(stt));
        QVERIFY(!stt->canSubmit());
        Q_EMIT message->linkActivated(QStringLiteral("models"));
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(),
                 window.modelManager());

        // Installing a model of that architecture makes the page usable.
        const QString folder = QDir(host.directory.path()).filePath(QStringLiteral("whisper"));
        QDir().mkpath(folder);
        QFile config(QDir(folder).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{}");
        config.close();
        const QString catalogId =
            host.host->models().catalog().forArchitectures({QStringLiteral("whisper")}).value(0).id;
        QVERIFY(!catalogId.isEmpty());
        QVERIFY(window.modelManager()->installFromFolder(catalogId, folder));
        QVERIFY(message->isHidden());
        QCOMPARE(stt->modelId(), catalogId);
        QVERIFY(window.openFile(
            studio::test::writeTone(host.directory.path(), QStringLiteral("t.wav"), 1.0)));
        QVERIFY(stt->canSubmit());
    }

    void modelManagerInstallsFromAFolderAndRemoves() {
        studio::test::TestHost host;
        MainWindow window(*host.host);
        ModelManagerPage* page = window.modelManager();
        QTableWidget* table = page->table();
        const auto& catalog = host.host->models().catalog().models();
        QVERIFY(!catalog.isEmpty());
        // Catalog models of capabilities this build lacks are not listed.
        const auto usable =
            std::count_if(catalog.begin(), catalog.end(), [&](const core::CatalogModel& model) {
                return host.host->registry().capability(model.capability) != nullptr;
            });
        QVERIFY(table->rowCount() >= usable);
        const QString id = catalog.first().id;
        auto installedCell = [&] {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, ModelManagerPage::ModelColumn)
                        ->data(Qt::UserRole)
                        .toString() == id) {
                    return table->item(row, ModelManagerPage::InstalledColumn)->text();
                }
            }
            return QString();
        };
        QCOMPARE(installedCell(), QStringLiteral("not installed"));
        QVERIFY(!table->item(0, ModelManagerPage::LicenceColumn)->text().isEmpty());

        const QString folder = QDir(host.directory.path()).filePath(QStringLiteral("checkpoint"));
        QDir().mkpath(folder);
        QFile weights(QDir(folder).filePath(QStringLiteral("model.safetensors")));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write(QByteArray(4096, 'w'));
        weights.close();
        QSignalSpy changed(page, &ModelManagerPage::modelsChanged);
        QVERIFY(page->installFromFolder(id, folder));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(installedCell(), QStringLiteral("installed"));
        QVERIFY(host.host->models().find(id).has_value());
        QVERIFY(page->removeModel(id));
        QCOMPARE(installedCell(), QStringLiteral("not installed"));
        QVERIFY(!page->installFromFolder(id, QDir(folder).filePath(QStringLiteral("absent"))));
    }

    void settingsAreSharedWithTheEngine() {
        studio::test::TestHost host;
        SettingsDialog dialog(*host.host);
        QCOMPARE(dialog.portBox()->value(), SettingsDialog::kDefaultApiPort);
        dialog.portBox()->setValue(7999);
        dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("cpu")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
        dialog.save();
        core::store::SettingsStore settings(host.host->database());
        QCOMPARE(settings.value(QStringLiteral("api_port")).toInt(), 7999);
        QCOMPARE(settings.value(QStringLiteral("compute_device")).toString(),
                 QStringLiteral("cpu"));
        QCOMPARE(configuredLanguage(), QStringLiteral("es"));
        QVERIFY(!dialog.tokenEdit()->text().isEmpty());
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestCapabilityForms)
#include "test_capability_forms.moc"
