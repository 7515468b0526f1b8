#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sonara::core {

// A job's inputs: one value per input name of its capability's descriptor. Before validation
// the values are as a client gave them (strings, lists of file paths, JSON); after validation
// they are typed by the input's kind:
//   audio, video      a list of absolute file paths
//   text, choice      a string
//   voice             the voice's id (and, resolved, the paths of its recordings)
//   document          a JSON object or array
class JobInputs {
public:
    JobInputs() = default;
    explicit JobInputs(QVariantMap values) : values_(std::move(values)) {}

    bool has(const QString& id) const { return values_.contains(id); }
    bool isEmpty() const { return values_.isEmpty(); }
    QStringList ids() const { return values_.keys(); }
    QVariant value(const QString& id) const { return values_.value(id); }
    const QVariantMap& values() const { return values_; }

    void set(const QString& id, const QVariant& value) { values_.insert(id, value); }
    void setText(const QString& id, const QString& text) { values_.insert(id, text); }
    void setFiles(const QString& id, const QStringList& paths) { values_.insert(id, paths); }
    void setDocument(const QString& id, const QJsonValue& document);
    // The recordings of the voice input `id`, filled in by validation; not part of the request.
    void setVoiceSamples(const QString& id, const QStringList& paths) { voiceSamples_[id] = paths; }
    // The folder where engines may keep what they derive from the recordings of the voice input
    // `id` (e.g. conversion features), filled in by validation; empty when there is none.
    void setVoiceCacheDirectory(const QString& id, const QString& directory) {
        voiceCaches_[id] = directory;
    }
    QString voiceCacheDirectory(const QString& id) const { return voiceCaches_.value(id); }
    void remove(const QString& id) { values_.remove(id); }

    // Text, choice and voice inputs; empty when absent.
    QString text(const QString& id) const;
    // Audio and video inputs: the paths; a voice input: its recordings.
    QStringList files(const QString& id) const;
    // The first file of files(id), or empty.
    QString file(const QString& id) const { return files(id).value(0); }
    QJsonValue document(const QString& id) const;

    // The values as stored with a job and echoed by the API.
    QJsonObject toJson() const;
    static JobInputs fromJson(const QJsonObject& json);

private:
    QVariantMap values_;
    QMap<QString, QStringList> voiceSamples_;
    QMap<QString, QString> voiceCaches_;
};

}  // namespace sonara::core
