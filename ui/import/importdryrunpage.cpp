// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdryrunpage.h"

#include "importrunner.h"
#include "importwizard.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QDir>
#include <QHash>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace comptoir::import;

namespace {

enum Column { LineColumn, ActionColumn, DealColumn, PlaceColumn, ReasonColumn };

QColor actionColor(RowAction action)
{
    switch (action) {
    case RowAction::Created:
        return QColor(0x1f, 0x6f, 0x3f);
    case RowAction::Updated:
    case RowAction::ProductAdded:
        return QColor(0x1d, 0x4e, 0x89);
    case RowAction::Skipped:
        return QColor(0x6b, 0x6b, 0x6b);
    case RowAction::Error:
        break;
    }
    return QColor(0xb3, 0x26, 0x1e);
}

// The reason without the "Line L, column C (Header): " the table shows in its own columns.
QString reasonOf(const RowError &error)
{
    const int colon = error.message.indexOf(QLatin1String(": "));
    return error.message.startsWith(QLatin1String("Line ")) && colon > 0 ? error.message.mid(colon + 2) : error.message;
}

QString columnOf(const RowError &error)
{
    const int open = error.message.indexOf(QLatin1String(" ("));
    const int close = error.message.indexOf(QLatin1String("): "));
    const QString header = open > 0 && close > open ? error.message.mid(open + 2, close - open - 2) : QString();
    return header.isEmpty() ? QString::number(error.column)
                            : QStringLiteral("%1 · %2").arg(error.column).arg(header);
}

} // namespace

QString rowActionText(RowAction action)
{
    switch (action) {
    case RowAction::Created:
        return ImportDryRunPage::tr("create");
    case RowAction::Updated:
        return ImportDryRunPage::tr("update");
    case RowAction::Skipped:
        return ImportDryRunPage::tr("skip (unchanged)");
    case RowAction::ProductAdded:
        return ImportDryRunPage::tr("add a product row");
    case RowAction::Error:
        break;
    }
    return ImportDryRunPage::tr("error");
}

ImportDryRunPage::ImportDryRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importDryRunPage"));
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Every row was read and checked against the database, and nothing was written. The import "
                   "is all or nothing: it starts when no row is in error."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dryRunCounts"));
    m_counts->setTextFormat(Qt::RichText);
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_counts->setFont(big);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dryRunProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("dryRunTable"));
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Outcome"), tr("Row"), tr("Column"), tr("Details") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ActionColumn, 130);
    m_table->setColumnWidth(DealColumn, 220);
    m_table->setColumnWidth(PlaceColumn, 130);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("dryRunNote"));
    m_note->setWordWrap(true);

    // The rows in error left out, the others imported: checked again that way, since the counts change.
    m_skipErrors = new QCheckBox(tr("&Leave out the rows in error and import the others"), this);
    m_skipErrors->setObjectName(QStringLiteral("skipErrorRows"));
    m_skipErrors->hide();
    connect(m_skipErrors, &QCheckBox::toggled, this, [this](bool on) {
        if (m_wizard->settings().skipErrorRows == on)
            return;
        m_wizard->settings().skipErrorRows = on;
        if (m_running)
            m_wizard->runner()->cancelAndWait();
        initializePage();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_skipErrors);

    ImportRunner *runner = wizard->runner();
    connect(runner, &ImportRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        if (m_running && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(runner, &ImportRunner::finished, this, [this](const Result<ImportSummary> &summary) {
        if (m_running)
            finished(summary);
    });
}

void ImportDryRunPage::initializePage()
{
    m_wizard->settings().dryRun.reset();
    m_table->setRowCount(0);
    m_counts->setText(tr("Checking every row…"));
    m_note->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_running = true;
    m_wizard->runner()->run(m_wizard->settings().request(true));
    Q_EMIT completeChanged();
}

void ImportDryRunPage::cleanupPage()
{
    if (m_running)
        m_wizard->runner()->cancelAndWait(); // Back while checking: the answer no longer matters
    m_running = false;
}

void ImportDryRunPage::finished(const Result<ImportSummary> &result)
{
    m_running = false;
    m_progress->hide();
    if (!result) {
        m_counts->setText(tr("<b>The file cannot be imported.</b>"));
        m_note->setText(result.error().message);
    } else if (result->cancelled) {
        m_counts->setText(tr("The check was stopped."));
    } else {
        m_wizard->settings().dryRun = *result;
        showOutcomes(*result);
    }
    Q_EMIT completeChanged();
    Q_EMIT dryRunFinished();
}

void ImportDryRunPage::showOutcomes(const ImportSummary &summary)
{
    const QLocale locale;
    auto count = [&locale](const QString &color, qint64 n, const QString &what) {
        return QStringLiteral("<span style='color:%1'><b>%2</b> %3</span>").arg(color, locale.toString(n), what);
    };
    QStringList parts { count(QStringLiteral("#1f6f3f"), summary.created, tr("to create")),
                        count(QStringLiteral("#1d4e89"), summary.updated, tr("to update")),
                        count(QStringLiteral("#6b6b6b"), summary.skipped, tr("unchanged")) };
    if (summary.products > 0)
        parts.append(count(QStringLiteral("#1d4e89"), summary.products, tr("product rows")));
    parts.append(count(QStringLiteral("#b3261e"), summary.errorCount, tr("in error")));
    m_counts->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    // Errors first (all the kept ones, with their place), then the rows' outcomes.
    QHash<qint64, QString> titleByLine;
    for (const RowOutcome &o : summary.outcomes)
        titleByLine.insert(o.line, o.title);
    // Sized once: inserting row by row would cost the window more than the rows themselves.
    int shown = int(summary.errors.size());
    for (const RowOutcome &o : summary.outcomes)
        shown += o.action != RowAction::Error ? 1 : 0;
    m_table->setRowCount(shown);
    int r = 0;
    auto addRow = [this, &r](qint64 line, RowAction action, const QString &deal, const QString &place, const QString &why) {
        auto *lineItem = new QTableWidgetItem(QString::number(line));
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, LineColumn, lineItem);
        auto *actionItem = new QTableWidgetItem(rowActionText(action));
        actionItem->setForeground(actionColor(action));
        m_table->setItem(r, ActionColumn, actionItem);
        m_table->setItem(r, DealColumn, new QTableWidgetItem(deal));
        m_table->setItem(r, PlaceColumn, new QTableWidgetItem(place));
        auto *reason = new QTableWidgetItem(why);
        reason->setToolTip(why);
        m_table->setItem(r, ReasonColumn, reason);
        ++r;
    };
    m_table->setUpdatesEnabled(false);
    for (const RowError &e : summary.errors)
        addRow(e.line, RowAction::Error, titleByLine.value(e.line), columnOf(e), reasonOf(e));
    for (const RowOutcome &o : summary.outcomes) {
        if (o.action != RowAction::Error)
            addRow(o.line, o.action, o.title, QString(), QString());
    }
    m_table->setUpdatesEnabled(true);

    QStringList notes = summary.warnings;
    if (summary.errorCount > summary.errors.size())
        notes.append(tr("%Ln more error(s) are not listed.", nullptr, int(summary.errorCount - summary.errors.size())));
    if (summary.rows > summary.outcomes.size())
        notes.append(tr("The first %1 of %2 rows are listed.").arg(summary.outcomes.size()).arg(summary.rows));
    if (summary.unreadable)
        notes.append(tr("The file cannot be read as CSV past the error above: correct it (or the settings of the "
                        "first page), then check again. Nothing is imported."));
    else if (summary.errorCount > 0 && m_wizard->settings().skipErrorRows)
        notes.append(tr("%Ln row(s) in error will be left out; their errors will be written to \"%1\". "
                        "Import writes the others in one transaction.", nullptr, int(summary.errorRows))
                         .arg(QDir::toNativeSeparators(m_wizard->settings().errorFile())));
    else if (summary.errorCount > 0)
        notes.append(tr("Correct these rows in the file (or change the rules on the previous pages), then check "
                        "again: nothing is imported while a row is in error."));
    else if (summary.created + summary.updated == 0 && summary.products == 0)
        notes.append(tr("Nothing to import: every deal of the file is already in the database as it is."));
    else
        notes.append(tr("Ready. Nothing was written yet: Import writes all of this in one transaction."));
    m_note->setText(notes.join(QLatin1Char('\n')));
    const bool blocked = summary.errorCount > 0 && (summary.unreadable || !m_wizard->settings().skipErrorRows);
    m_note->setStyleSheet(blocked ? QStringLiteral("color: #b3261e;") : QString());
    m_skipErrors->setVisible(summary.errorCount > 0 && !summary.unreadable);
}

bool ImportDryRunPage::isComplete() const
{
    const auto &dryRun = m_wizard->settings().dryRun;
    if (m_running || !dryRun || dryRun->cancelled)
        return false;
    return dryRun->errorCount == 0 || (m_wizard->settings().skipErrorRows && !dryRun->unreadable);
}

} // namespace comptoir
