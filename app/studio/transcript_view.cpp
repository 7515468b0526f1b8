#include "app/studio/transcript_view.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace sonara::studio {

TranscriptView::TranscriptView(QWidget* parent) : QWidget(parent), list_(new QListWidget) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    list_->setFlow(QListView::LeftToRight);
    list_->setWrapping(true);
    list_->setResizeMode(QListView::Adjust);
    list_->setSpacing(2);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(list_);
    auto* exportButton = new QPushButton(tr("Export transcript…"));
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    connect(exportButton, &QPushButton::clicked, this, &TranscriptView::exportWithDialog);
    connect(list_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT seekRequested(item->data(Qt::UserRole).toDouble());
    });
}

bool TranscriptView::loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        return false;
    }
    setTranscript(core::Transcript::fromJson(document.object()));
    return true;
}

void TranscriptView::setTranscript(const core::Transcript& transcript) {
    transcript_ = transcript;
    words_.clear();
    list_->clear();
    for (const core::TranscriptSegment& segment : transcript_.segments) {
        QList<core::TranscriptWord> words = segment.words;
        if (words.isEmpty()) {
            words << core::TranscriptWord{segment.start, segment.end, segment.text, 1.0};
        }
        for (const core::TranscriptWord& word : words) {
            auto* item = new QListWidgetItem(word.text.trimmed());
            item->setData(Qt::UserRole, word.start);
            item->setToolTip(tr("%1 s – %2 s").arg(word.start, 0, 'f', 2).arg(word.end, 0, 'f', 2));
            list_->addItem(item);
            words_ << word;
        }
    }
}

int TranscriptView::wordCount() const {
    return words_.size();
}

int TranscriptView::currentWord() const {
    return list_->currentRow();
}

void TranscriptView::setPlaybackPosition(double seconds) {
    int index = -1;
    for (int i = 0; i < words_.size(); ++i) {
        if (words_[i].start <= seconds) {
            index = i;
        } else {
            break;
        }
    }
    if (index != list_->currentRow()) {
        list_->setCurrentRow(index);
        if (index >= 0) {
            list_->scrollToItem(list_->item(index));
        }
    }
}

bool TranscriptView::exportTo(const QString& path) {
    const QString format = QFileInfo(path).suffix().toLower();
    if (!core::Transcript::formats().contains(format)) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(transcript_.render(format));
    return file.commit();
}

void TranscriptView::exportWithDialog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export transcript"), QString(),
                                     tr("Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!exportTo(path)) {
        QMessageBox::warning(this, tr("Export transcript"),
                             tr("Could not write %1: choose a .srt, .vtt, .txt or .json file in "
                                "a folder you can write to.")
                                 .arg(path));
    }
}

}  // namespace sonara::studio
