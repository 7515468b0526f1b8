// The voice library's management: consent required and enforced where a voice is used, each
// recording cleaned once with the original kept, rename, and export/import as one file that a
// bad copy cannot get past.
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/loudness.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/input_validation.h"
#include "core/engine/voice_archive.h"
#include "core/engine/voice_library.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace sonara::core;

namespace {

// `seconds` of a quiet 220 Hz tone with a little noise, framed by silence-level noise.
audio::AudioBuffer speechLike(double lead, double seconds, double tail, float level = 0.05f) {
    const int rate = 16000;
    audio::AudioBuffer buffer{rate, 1, {}};
    const qint64 frames = qint64((lead + seconds + tail) * rate);
    buffer.samples.resize(size_t(frames));
    quint32 seed = 7;
    for (qint64 i = 0; i < frames; ++i) {
        seed = seed * 1664525u + 1013904223u;
        const float noise = (float(seed >> 8) / float(1 << 24) - 0.5f) * 0.0004f;
        const double t = double(i) / rate;
        const bool voiced = t >= lead && t < lead + seconds;
        buffer.samples[size_t(i)] =
            noise + (voiced ? level * float(std::sin(2 * M_PI * 220 * t)) : 0.0f);
    }
    return buffer;
}

}  // namespace

class TestVoiceLibrary : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;

    QString file(const QString& name, const audio::AudioBuffer& buffer) {
        const QString path = dir_.filePath(name);
        audio::encodeFile(buffer, path);
        return path;
    }

    VoiceRequest request(const QString& name, const QStringList& files) {
        VoiceRequest request;
        request.name = name;
        for (const QString& path : files) {
            store::AssetDescription description;
            description.name = QFileInfo(path).fileName();
            request.samples.append(host_->assets().add(path, description).id);
        }
        request.consent.by = QStringLiteral("Asha Rao");
        request.consent.statement = standardConsentStatement();
        return request;
    }

    int count(const QString& table) {
        QSqlQuery query(host_->database().connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        query.next();
        return query.value(0).toInt();
    }

    QString refusal(const std::function<void()>& call, QString* field = nullptr) {
        try {
            call();
        } catch (const ValidationError& error) {
            if (field) {
                *field = error.field();
            }
            return error.message();
        }
        return QStringLiteral("<accepted>");
    }

private Q_SLOTS:
    void init() {
        EngineHostOptions options;
        options.dataDirectory =
            dir_.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
        options.resumeQueuedJobs = false;
        host_ = std::make_unique<EngineHost>(options);
    }

    void cleanup() { host_.reset(); }

    void aRecordingIsCleanedOnceAndTheOriginalKept() {
        // 1 s of silence, 3 s of sound, 2 s of silence: the cleaned copy keeps the sound.
        const QString take = file(QStringLiteral("take.wav"), speechLike(1.0, 3.0, 2.0));
        const Voice voice = host_->voices().create(request(QStringLiteral("narrator"), {take}));
        QCOMPARE(voice.originalSamples.size(), 1);
        QCOMPARE(voice.samples.size(), 1);
        QVERIFY(voice.samples.first() != voice.originalSamples.first());
        const store::Asset original = *host_->assets().find(voice.originalSamples.first());
        QCOMPARE(store::AssetStore::sha256OfFile(original.path),
                 store::AssetStore::sha256OfFile(take));
        const QString cleanedPath = host_->voices().samplePaths(voice).first();
        const audio::AudioBuffer cleaned = audio::decodeFile(cleanedPath);
        QVERIFY2(cleaned.durationSeconds() > 3.0 && cleaned.durationSeconds() < 3.5,
                 qPrintable(QString::number(cleaned.durationSeconds())));
        QVERIFY(qAbs(voice.sampleSeconds - cleaned.durationSeconds()) < 0.01);
        const double lufs = audio::measureLoudness(cleaned).integratedLufs;
        QVERIFY2(qAbs(lufs - (-20.0)) < 1.0, qPrintable(QString::number(lufs)));
        // Found again as stored.
        const Voice again = *host_->voices().find(voice.id);
        QCOMPARE(again.samples, voice.samples);
        QCOMPARE(again.originalSamples, voice.originalSamples);
        QCOMPARE(again.consent.by, QStringLiteral("Asha Rao"));
        QVERIFY(again.consent.at.isValid());
        // Deleting the voice deletes both copies.
        host_->voices().remove(voice.id);
        QVERIFY(!host_->assets().find(voice.samples.first()));
        QVERIFY(!host_->assets().find(voice.originalSamples.first()));
    }

    void aSilentRecordingIsRefusedAndAddsNothing() {
        const QString loud = file(QStringLiteral("loud.wav"), speechLike(0.0, 2.0, 0.0));
        const QString silent = file(QStringLiteral("silent.wav"), speechLike(0.0, 0.0, 3.0));
        const int before = host_->assets().list().size();
        QString field;
        const QString message = refusal(
            [&] {
                host_->voices().create(request(QStringLiteral("n"), {loud, silent}));
            },
            &field);
        QCOMPARE(field, QStringLiteral("samples[1]"));
        QVERIFY2(message.contains(QStringLiteral("silent.wav")), qPrintable(message));
        QCOMPARE(count(QStringLiteral("voices")), 0);
        // The two recordings the request itself uploaded remain; no cleaned copy does.
        QCOMPARE(host_->assets().list().size(), before + 2);
    }

    void consentIsRequiredToAddAndToUseAVoice() {
        const QString take = file(QStringLiteral("take.wav"), speechLike(0.0, 2.0, 0.0));
        VoiceRequest missing = request(QStringLiteral("n"), {take});
        missing.consent.by = QStringLiteral("  ");
        QString field;
        refusal([&] { host_->voices().create(missing); }, &field);
        QCOMPARE(field, QStringLiteral("consent.by"));
        missing.consent.by = QStringLiteral("Asha");
        missing.consent.statement.clear();
        refusal([&] { host_->voices().create(missing); }, &field);
        QCOMPARE(field, QStringLiteral("consent.statement"));
        QCOMPARE(count(QStringLiteral("voices")), 0);

        // A voice from before consent was asked (its row without one) cannot be used by a job.
        const Voice voice = host_->voices().create(request(QStringLiteral("legacy"), {take}));
        QSqlQuery clear(host_->database().connection());
        QVERIFY(clear.exec(
            QStringLiteral("UPDATE voices SET consent_by = '', consent_statement = ''")));
        CapabilityDescriptor descriptor;
        descriptor.id = QStringLiteral("uses-voice");
        descriptor.inputs.append(
            InputSpec{QStringLiteral("voice"), InputKind::Voice, QStringLiteral("Voice"), {}});
        const JobInputs given({{QStringLiteral("voice"), QStringLiteral("legacy")}});
        const QString message =
            refusal([&] { validateInputs(descriptor, given, &host_->voices()); }, &field);
        QCOMPARE(field, QStringLiteral("voice"));
        QVERIFY2(message.contains(QStringLiteral("consent")), qPrintable(message));
        VoiceConsent consent;
        consent.by = QStringLiteral("Ravi");
        consent.statement = QStringLiteral("I agree.");
        host_->voices().recordConsent(voice.id, consent);
        const JobInputs validated = validateInputs(descriptor, given, &host_->voices());
        QCOMPARE(validated.files(QStringLiteral("voice")), host_->voices().samplePaths(voice));
    }

    void aVoiceIsRenamedUnlessTheNameIsTaken() {
        const QString take = file(QStringLiteral("take.wav"), speechLike(0.0, 2.0, 0.0));
        const Voice first = host_->voices().create(request(QStringLiteral("first"), {take}));
        host_->voices().create(request(QStringLiteral("second"), {take}));
        QCOMPARE(host_->voices().rename(first.id, QStringLiteral(" Third ")).name,
                 QStringLiteral("Third"));
        QString field;
        refusal([&] { host_->voices().rename(first.id, QStringLiteral("SECOND")); }, &field);
        QCOMPARE(field, QStringLiteral("name"));
        QCOMPARE(host_->voices().find(first.id)->name, QStringLiteral("Third"));
        QVERIFY_THROWS_EXCEPTION(
            NotFoundError, host_->voices().rename(QStringLiteral("nobody"), QStringLiteral("x")));
    }

    void anExportedVoiceComesBackWhole() {
        const QString one = file(QStringLiteral("one.wav"), speechLike(0.5, 2.0, 0.5));
        const QString two = file(QStringLiteral("two.flac"), speechLike(0.0, 1.5, 0.0, 0.2f));
        VoiceRequest given = request(QStringLiteral("Narrator"), {one, two});
        given.language = QStringLiteral("en-GB");
        given.notes = QStringLiteral("warm");
        const Voice voice = host_->voices().create(given);
        const QString path = dir_.filePath(QStringLiteral("narrator.sonaravoice"));
        host_->voices().exportVoice(voice.id, path);
        host_->voices().remove(voice.id);

        const Voice back = host_->voices().importVoice(path);
        QCOMPARE(back.name, QStringLiteral("Narrator"));
        QCOMPARE(back.language, QStringLiteral("en-GB"));
        QCOMPARE(back.notes, QStringLiteral("warm"));
        QCOMPARE(back.consent.by, voice.consent.by);
        QCOMPARE(back.consent.statement, voice.consent.statement);
        QCOMPARE(back.consent.at, voice.consent.at);
        QCOMPARE(back.originalSamples.size(), 2);
        QCOMPARE(
            store::AssetStore::sha256OfFile(host_->assets().find(back.originalSamples.at(1))->path),
            store::AssetStore::sha256OfFile(two));
        QVERIFY(qAbs(back.sampleSeconds - voice.sampleSeconds) < 0.01);
        QCOMPARE(host_->assets().find(back.originalSamples.at(0))->name, QStringLiteral("one.wav"));
    }

    void aBadVoiceFileIsRefusedNamingWhatIsWrong_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no consent") << "consent"
                                    << "consent";
        QTest::newRow("consent without who") << "consent.by"
                                             << "consent.by";
        QTest::newRow("other format") << "format"
                                      << "format must be";
        QTest::newRow("newer version") << "version"
                                       << "newer Sonara";
        QTest::newRow("no recordings") << "recordings"
                                       << "lists no recordings";
        QTest::newRow("wrong checksum") << "sha256"
                                        << "checksum";
        QTest::newRow("unlisted member") << "extra"
                                         << "does not list";
        QTest::newRow("missing member") << "missing"
                                        << "is not in the file";
        QTest::newRow("not audio") << "junk"
                                   << "not readable audio";
        QTest::newRow("unsafe name") << "unsafe"
                                     << "../escape";
        QTest::newRow("no manifest") << "manifest"
                                     << "no voice.json";
    }

    void aBadVoiceFileIsRefusedNamingWhatIsWrong() {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const QString take = file(QStringLiteral("take.wav"), speechLike(0.0, 2.0, 0.0));
        const QString sha = store::AssetStore::sha256OfFile(take);
        QJsonObject manifest{
            {QStringLiteral("format"), QStringLiteral("sonara-voice")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("imported")},
            {QStringLiteral("consent"),
             QJsonObject{{QStringLiteral("by"), QStringLiteral("Asha")},
                         {QStringLiteral("statement"), QStringLiteral("I agree.")}}},
            {QStringLiteral("recordings"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("file"), QStringLiteral("recordings/01-take.wav")},
                             {QStringLiteral("sha256"), sha}}}}};
        QList<voice_archive::Member> members{{QStringLiteral("recordings/01-take.wav"), take, {}}};
        if (change == QLatin1String("consent")) {
            manifest.remove(QStringLiteral("consent"));
        } else if (change == QLatin1String("consent.by")) {
            manifest.insert(QStringLiteral("consent"),
                            QJsonObject{{QStringLiteral("statement"), QStringLiteral("ok")}});
        } else if (change == QLatin1String("format")) {
            manifest.insert(QStringLiteral("format"), QStringLiteral("zip"));
        } else if (change == QLatin1String("version")) {
            manifest.insert(QStringLiteral("version"), 2);
        } else if (change == QLatin1String("recordings")) {
            manifest.insert(QStringLiteral("recordings"), QJsonArray());
            members.clear();
        } else if (change == QLatin1String("sha256")) {
            QJsonArray recordings = manifest.value(QStringLiteral("recordings")).toArray();
            QJsonObject first = recordings.at(0).toObject();
            first.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
            manifest.insert(QStringLiteral("recordings"), QJsonArray{first});
        } else if (change == QLatin1String("extra")) {
            members.append({QStringLiteral("notes.txt"), {}, QByteArrayLiteral("hello")});
        } else if (change == QLatin1String("missing")) {
            members.clear();
        } else if (change == QLatin1String("junk")) {
            const QByteArray junk(4096, 'j');
            members = {{QStringLiteral("recordings/01-take.wav"), {}, junk}};
            QJsonObject first{
                {QStringLiteral("file"), QStringLiteral("recordings/01-take.wav")},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(junk, QCryptographicHash::Sha256).toHex())}};
            manifest.insert(QStringLiteral("recordings"), QJsonArray{first});
        } else if (change == QLatin1String("unsafe")) {
            members.append({QStringLiteral("../escape"), {}, QByteArrayLiteral("x")});
        }
        if (change != QLatin1String("manifest")) {
            members.prepend({QStringLiteral("voice.json"), {}, QJsonDocument(manifest).toJson()});
        }
        const QString path = dir_.filePath(change + QStringLiteral(".sonaravoice"));
        QString error;
        QVERIFY2(voice_archive::write(path, members, &error), qPrintable(error));
        const int assets = host_->assets().list().size();
        QString field;
        const QString message =
            refusal([&] { host_->voices().importVoice(path, {}, QStringLiteral("file")); }, &field);
        QCOMPARE(field, QStringLiteral("file"));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
        QCOMPARE(count(QStringLiteral("voices")), 0);
        QCOMPARE(host_->assets().list().size(), assets);
    }

    void anExportThatCannotBeWrittenLeavesNothing() {
        const QString take = file(QStringLiteral("take.wav"), speechLike(0.0, 2.0, 0.0));
        const Voice voice = host_->voices().create(request(QStringLiteral("v"), {take}));
        const QString target = dir_.filePath(QStringLiteral("no-such-folder/v.sonaravoice"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, host_->voices().exportVoice(voice.id, target));
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestVoiceLibrary)
#include "test_voice_library.moc"
