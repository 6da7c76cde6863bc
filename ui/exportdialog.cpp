// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "bulkdialogs.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace comptoir {

namespace {
// From this many deals the export shows its progress (and Cancel).
constexpr qint64 LargeExport = 10000;
} // namespace

ExportDialog::ExportDialog(Workspace &workspace, const DealFilter &filter, const DealSort &sort, qint64 count,
                           const QStringList &visibleFields, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_filter(filter)
    , m_sort(sort)
    , m_count(count)
    , m_visibleFields(visibleFields)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Deals"));

    m_summary = new QLabel(tr("Export the %Ln deal(s) of the list, in its order.", nullptr,
                              int(std::min<qint64>(count, std::numeric_limits<int>::max()))),
                           this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QString(48, QLatin1Char('n'))));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("deals.csv")));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *columns = new QGroupBox(tr("Columns"), this);
    m_visible = new QRadioButton(tr("The &visible columns of the list (%n)", nullptr, int(visibleFields.size())), columns);
    m_visible->setObjectName(QStringLiteral("exportVisible"));
    // The custom fields too; without them (an unreadable definition) the built-in ones still export.
    auto allFields = exportFieldKeys(workspace.db());
    m_allFields = allFields ? std::move(allFields).value() : exportFieldKeys();
    m_all = new QRadioButton(tr("&All fields (%n)", nullptr, int(m_allFields.size())), columns);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_visible->setChecked(true);
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(m_visible);
    columnsLayout->addWidget(m_all);

    auto *format = new QGroupBox(tr("Format"), this);
    m_utf8 = new QRadioButton(tr("CSV, &UTF-8 (comma, decimal point)"), format);
    m_utf8->setObjectName(QStringLiteral("exportUtf8"));
    m_excel = new QRadioButton(tr("CSV for &Excel (byte order mark; semicolon and decimal comma under a French locale)"),
                               format);
    m_excel->setObjectName(QStringLiteral("exportExcel"));
    m_utf8->setChecked(true);
    auto *formatLayout = new QVBoxLayout(format);
    formatLayout->addWidget(m_utf8);
    formatLayout->addWidget(m_excel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(columns);
    layout->addWidget(format);
    layout->addWidget(buttons);
    updateState();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setAllFields(bool all)
{
    (all ? m_all : m_visible)->setChecked(true);
}

void ExportDialog::setFlavour(CsvFlavour flavour)
{
    (flavour == CsvFlavour::Excel ? m_excel : m_utf8)->setChecked(true);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.fields = m_all->isChecked() ? m_allFields : m_visibleFields;
    options.flavour = m_excel->isChecked() ? CsvFlavour::Excel : CsvFlavour::Utf8;
    options.locale = QLocale();
    return options;
}

Result<qint64> ExportDialog::exportNow()
{
    // QSaveFile writes beside the target and renames at commit: a cancel or a failure leaves
    // no partial file, and an existing file is only replaced by a complete export.
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path()), file.errorString()),
                     {}, {}};
    ExportOptions options = this->options();
    options.progress = ChunkProgress(this, tr("Exporting deals…"), LargeExport);
    auto written = exportDeals(m_workspace.db(), m_workspace.actor(), m_filter, m_sort, &file, options);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path()), file.errorString()),
                     {}, {}};
    return written;
}

void ExportDialog::accept()
{
    if (path().isEmpty())
        return;
    auto written = exportNow();
    if (!written) {
        if (written.error().code != Error::Code::Conflict) // a cancel needs no message
            QMessageBox::warning(this, tr("Export Deals"), written.error().message);
        return;
    }
    QDialog::accept();
}

void ExportDialog::browse()
{
    QFileDialog dialog(this, tr("Export Deals"), path(), tr("CSV files (*.csv);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setPath(dialog.selectedFiles().constFirst());
}

void ExportDialog::updateState()
{
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace comptoir
