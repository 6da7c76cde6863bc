// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilepage.h"

#include "importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file exported from a spreadsheet or another CRM. Drop it here, or choose it."));
    setAcceptDrops(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen: drop a .csv file on this window"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    // A migration brings its companies, contacts, products and deal history in files of their own.
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("deals (with their clients and product rows)"), int(import::ImportKind::Deals));
    m_kind->addItem(tr("companies"), int(import::ImportKind::Companies));
    m_kind->addItem(tr("contacts"), int(import::ImportKind::Contacts));
    m_kind->addItem(tr("products"), int(import::ImportKind::Products));
    m_kind->addItem(tr("the history of deals imported before (activities)"), int(import::ImportKind::History));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->settings().kind = import::ImportKind(m_kind->currentData().toInt()); });
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("The file holds:"), this));
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (csv::Encoding e : csv::allEncodings())
        m_encoding->addItem(csv::encodingName(e), int(e));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (QChar d : csv::candidateDelimiters()) {
        const QString shown = d == u'\t' ? QStringLiteral("⇥") : QString(d);
        m_delimiter->addItem(QStringLiteral("%1   %2").arg(shown, csv::delimiterName(d)), QString(d));
    }
    m_quote = new QComboBox(this);
    m_quote->setObjectName(QStringLiteral("quoteCombo"));
    m_quote->addItem(tr("\"   double quote"), QStringLiteral("\""));
    m_quote->addItem(tr("'   apostrophe"), QStringLiteral("'"));
    m_quote->addItem(tr("none"), QString());
    m_header = new QCheckBox(tr("The first row names the columns"), this);
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectionLabel"));
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::RichText);

    auto *settings = new QGroupBox(tr("How the file is written"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *right = new QFormLayout;
    right->addRow(tr("&Quote:"), m_quote);
    right->addRow(QString(), m_header);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addSpacing(24);
    columns->addLayout(right, 1);
    auto *box = new QVBoxLayout(settings);
    box->addLayout(columns);
    box->addWidget(m_detected);
    for (QComboBox *combo : { m_encoding, m_delimiter, m_quote })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFilePage::settingsChanged);
    connect(m_header, &QCheckBox::toggled, this, &ImportFilePage::settingsChanged);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("fileProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    m_model = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("filePreview"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(24);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(kindRow);
    layout->addWidget(settings);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Preview of the first rows:"), this));
    layout->addWidget(m_preview, 1);
    settings->setEnabled(false);
    connect(this, &QWizardPage::completeChanged, settings,
            [this, settings] { settings->setEnabled(m_wizard->settings().detection.has_value()); });
}

void ImportFilePage::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Deals"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

void ImportFilePage::setFile(const QString &path)
{
    ImportSettings &s = m_wizard->settings();
    s = ImportSettings {};
    s.kind = import::ImportKind(m_kind->currentData().toInt());
    s.path = QDir::cleanPath(path);
    m_path->setText(QDir::toNativeSeparators(s.path));
    QFile file(s.path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.readError = tr("Cannot read \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (auto detection = csv::detect(file); !detection) {
        s.readError = detection.error().message; // not text: an .xlsx, a PDF...
    } else {
        s.detection = *detection;
        s.encoding = detection->encoding.encoding;
        s.dialect = detection->sniff.dialect;
        s.dialect.hasHeader = true; // an import needs the names of its columns
    }
    fillSettings();
    settingsChanged();
}

// Shows the detected settings, each marked as such in its list.
void ImportFilePage::fillSettings()
{
    const ImportSettings &s = m_wizard->settings();
    m_filling = true;
    if (s.detection) {
        const csv::Detection &d = *s.detection;
        m_encoding->setCurrentIndex(m_encoding->findData(int(s.encoding)));
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(s.dialect.delimiter))));
        m_quote->setCurrentIndex(std::max(0, m_quote->findData(s.dialect.quote.isNull() ? QString() : QString(s.dialect.quote))));
        m_header->setChecked(s.dialect.hasHeader);
        QString encoding = csv::encodingName(d.encoding.encoding);
        if (d.encoding.encoding == csv::Encoding::Utf8)
            encoding = d.encoding.bomLength > 0 ? tr("UTF-8 with a byte-order mark") : tr("UTF-8 without a byte-order mark");
        m_detected->setText(tr("<b>Detected:</b> %1, %2 as delimiter, %3 of %4 sampled rows with %5 columns. %6")
                                .arg(encoding.toHtmlEscaped(), csv::delimiterName(d.sniff.dialect.delimiter).toHtmlEscaped())
                                .arg(d.sniff.consistentRows)
                                .arg(d.sniff.rowsSampled)
                                .arg(d.sniff.fieldCount)
                                .arg(d.encoding.reason.toHtmlEscaped()));
    } else {
        m_detected->clear();
    }
    m_filling = false;
}

void ImportFilePage::settingsChanged()
{
    if (m_filling)
        return;
    ImportSettings &s = m_wizard->settings();
    if (s.detection) {
        s.encoding = csv::Encoding(m_encoding->currentData().toInt());
        s.dialect.delimiter = m_delimiter->currentData().toString().at(0);
        const QString quote = m_quote->currentData().toString();
        s.dialect.quote = quote.isEmpty() ? QChar() : quote.at(0);
        s.dialect.hasHeader = m_header->isChecked();
        const FilePreview preview = readPreview(s.path, s.encoding, s.dialect);
        s.header = preview.header;
        s.rows = preview.rows;
        s.readError = preview.error;
        if (s.readError.isEmpty() && !s.dialect.hasHeader)
            s.readError = tr("An import needs a first row that names the columns. Add one in your spreadsheet, "
                             "or tick \"The first row names the columns\".");
        else if (s.readError.isEmpty() && s.dialect.quote != s.detection->sniff.dialect.quote)
            s.readError = tr("The import reads quotes as detected (%1). Another quote character only changes this "
                             "preview for now.")
                              .arg(s.detection->sniff.dialect.quote.isNull() ? tr("none")
                                                                             : QString(s.detection->sniff.dialect.quote));
    }
    showPreview();
    Q_EMIT completeChanged();
}

void ImportFilePage::showPreview()
{
    const ImportSettings &s = m_wizard->settings();
    m_problem->setText(s.readError);
    m_problem->setVisible(!s.readError.isEmpty());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(s.header);
    for (int r = 0; r < s.rows.size(); ++r) {
        QList<QStandardItem *> items;
        for (const QString &value : s.rows.at(r))
            items.append(new QStandardItem(value));
        m_model->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::clamp(m_preview->columnWidth(c) + 12, 80, 260));
}

bool ImportFilePage::isComplete() const
{
    const ImportSettings &s = m_wizard->settings();
    return s.detection && s.readError.isEmpty() && !s.header.isEmpty();
}

} // namespace comptoir
