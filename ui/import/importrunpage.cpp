// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunpage.h"

#include "importrunner.h"
#include "importwizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace comptoir {

using namespace comptoir::import;

ImportRunPage::ImportRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The deals are written in one transaction: until it ends, Cancel leaves the database "
                   "exactly as it was."));
    setCommitPage(true); // once imported, the way back is Undo import, not Back
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancel, &QPushButton::clicked, wizard->runner(), &ImportRunner::cancel);
    m_again = new QPushButton(tr("Import Again"), this);
    m_again->setObjectName(QStringLiteral("importAgainButton"));
    connect(m_again, &QPushButton::clicked, this, &ImportRunPage::start);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch(2);

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

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::start()
{
    m_wizard->settings().result.reset();
    m_status->setText(tr("Importing \"%1\"…").arg(QFileInfo(m_wizard->settings().path).fileName()));
    m_status->setStyleSheet(QString());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_again->hide();
    m_running = true;
    m_clock.start();
    m_wizard->runner()->run(m_wizard->settings().request(false));
    Q_EMIT completeChanged();
}

void ImportRunPage::finished(const Result<ImportSummary> &result)
{
    m_running = false;
    m_cancel->hide();
    if (result && result->committed) {
        m_progress->setValue(1000);
        m_wizard->settings().result = *result;
        m_status->setText(tr("Imported in %1 s.").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
        Q_EMIT completeChanged();
        Q_EMIT m_wizard->databaseChanged();
        Q_EMIT importFinished();
        QTimer::singleShot(0, m_wizard, &QWizard::next); // straight to the summary
        return;
    }
    m_progress->hide();
    m_again->show();
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    if (!result)
        m_status->setText(tr("The import failed and nothing was written: %1").arg(result.error().message));
    else if (result->cancelled)
        m_status->setText(tr("Import cancelled: nothing was written, the database is as it was."));
    else
        m_status->setText(tr("The import stopped on %Ln error(s) and nothing was written. The file changed since "
                             "the check?", nullptr, int(result->errorCount)));
    Q_EMIT completeChanged();
    Q_EMIT importFinished();
}

bool ImportRunPage::isComplete() const
{
    return !m_running && m_wizard->settings().result.has_value();
}

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Import done"));
    setSubTitle(tr("The deals are in the database. Look at them, or undo the whole import."));
    setFinalPage(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_show = new QPushButton(tr("&Show These Deals"), this);
    m_show->setObjectName(QStringLiteral("showDealsButton"));
    m_undo = new QPushButton(tr("&Undo Import"), this);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto &result = m_wizard->settings().result) {
            Q_EMIT m_wizard->showDealsRequested(result->importId);
            m_wizard->accept();
        }
    });
    connect(m_undo, &QPushButton::clicked, this, &ImportSummaryPage::undo);
    connect(wizard->runner(), &ImportRunner::undoFinished, this, [this](const Status &status, Id importId) {
        if (!isVisible() && !m_wizard->settings().result)
            return;
        if (!status) {
            m_undo->setEnabled(true);
            QMessageBox::warning(this, tr("Undo Import"), status.error().message);
            Q_EMIT undoFinished(false);
            return;
        }
        m_text->setText(tr("<p><b>Import %1 undone.</b> The deals it created are gone, the deals it changed have "
                           "their previous values back.</p>")
                            .arg(importId));
        m_show->setEnabled(false);
        Q_EMIT m_wizard->databaseChanged();
        Q_EMIT undoFinished(true);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    const ImportSummary &s = *m_wizard->settings().result;
    const QLocale locale;
    QString text = tr("<p><b>Import %1</b> of \"%2\" is in the database.</p>")
                       .arg(s.importId)
                       .arg(QFileInfo(m_wizard->settings().path).fileName().toHtmlEscaped());
    text += QStringLiteral("<table cellspacing='6'>");
    const auto line = [&](qint64 n, const QString &what) {
        return QStringLiteral("<tr><td align='right'><b>%1</b></td><td>%2</td></tr>").arg(locale.toString(n), what);
    };
    const ImportKind kind = m_wizard->settings().kind;
    const QString created = kind == ImportKind::Companies ? tr("companies created")
                          : kind == ImportKind::Contacts  ? tr("contacts created")
                          : kind == ImportKind::Products  ? tr("products created")
                          : kind == ImportKind::History   ? tr("activities created")
                                                          : tr("deals created");
    text += line(s.created, created);
    if (kind == ImportKind::Deals)
        text += line(s.updated, tr("deals updated"));
    text += line(s.skipped, tr("rows skipped (unchanged or repeated)"));
    if (kind == ImportKind::Deals) {
        text += line(s.products, tr("product rows"));
        text += line(s.companiesCreated, tr("companies created"));
        text += line(s.contactsCreated, tr("contacts created"));
    }
    if (s.stagesCreated > 0)
        text += line(s.stagesCreated, tr("stages created"));
    if (s.errorRows > 0)
        text += line(s.errorRows, tr("rows left out for their errors"));
    text += QStringLiteral("</table>");
    if (s.errorRows > 0) {
        text += tr("<p>The errors of the rows left out are in \"%1\".</p>")
                    .arg(QDir::toNativeSeparators(m_wizard->settings().errorFile()).toHtmlEscaped());
    }
    for (const QString &warning : s.warnings)
        text += QStringLiteral("<p>%1</p>").arg(warning.toHtmlEscaped());
    text += tr("<p>You can undo this import later from File → Import History.</p>");
    m_text->setText(text);
    m_show->setVisible(kind == ImportKind::Deals); // the list shows deals
    m_show->setEnabled(s.created + s.updated > 0);
    m_undo->setEnabled(true);
}

void ImportSummaryPage::undo()
{
    const auto &result = m_wizard->settings().result;
    if (!result)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Undo Import"),
        tr("Remove the %Ln deal(s) this import created and restore the ones it changed?", nullptr,
           result->created + result->updated));
    if (answer != QMessageBox::Yes)
        return;
    m_undo->setEnabled(false);
    m_wizard->runner()->undo(result->importId);
}

} // namespace comptoir
