// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrulespage.h"

#include "importwizard.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace comptoir::import;

namespace {

const char *const WarningStyle = "color: #8a5300; background: #fff4d6; border: 1px solid #f0c96b; "
                                 "border-radius: 4px; padding: 6px;";

} // namespace

ImportRulesPage::ImportRulesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRulesPage"));
    setTitle(tr("Set the value rules"));
    setSubTitle(tr("How the file writes numbers and dates, where its stages go and how its clients are "
                   "recognised. Nothing is guessed value by value: these rules apply to every row."));

    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_decimal->addItem(tr("comma   12,50"), QStringLiteral(","));
    m_decimal->addItem(tr("point   12.50"), QStringLiteral("."));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->addItem(tr("spaces only   1 234"), QString());
    m_group->addItem(tr("point   1.234"), QStringLiteral("."));
    m_group->addItem(tr("comma   1,234"), QStringLiteral(","));
    m_group->addItem(tr("apostrophe   1'234"), QStringLiteral("'"));
    m_currency = new QLineEdit(this);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    m_currency->setToolTip(tr("The currency of amounts that name none (€, $, USD… in a value are read as such)."));
    auto *numbers = new QGroupBox(tr("Numbers"), this);
    auto *numberForm = new QFormLayout(numbers);
    numberForm->addRow(tr("Decimal &mark:"), m_decimal);
    numberForm->addRow(tr("&Thousands separator:"), m_group);
    numberForm->addRow(tr("Default &currency:"), m_currency);

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    for (csv::DateOrder order : { csv::DateOrder::Dmy, csv::DateOrder::Mdy, csv::DateOrder::Ymd })
        m_dateOrder->addItem(csv::dateOrderName(order), int(order));
    m_dateOrder->setPlaceholderText(tr("Choose the date order"));
    m_dateNote = new QLabel(this);
    m_dateNote->setObjectName(QStringLiteral("dateNote"));
    m_dateNote->setWordWrap(true);
    auto *dates = new QGroupBox(tr("Dates"), this);
    auto *dateForm = new QFormLayout(dates);
    dateForm->addRow(tr("Date &order:"), m_dateOrder);
    dateForm->addRow(m_dateNote);

    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->addItem(tr("the same e-mail address"), int(ContactMatch::Email));
    m_match->addItem(tr("the same phone number"), int(ContactMatch::Phone));
    m_match->addItem(tr("the same name and company"), int(ContactMatch::Name));
    auto *clients = new QGroupBox(tr("Clients"), this);
    auto *clientForm = new QFormLayout(clients);
    clientForm->addRow(tr("A contact is an existing one with:"), m_match);
    auto *companyNote = new QLabel(tr("Companies are matched by name, ignoring case, accents and punctuation."), this);
    companyNote->setWordWrap(true);
    companyNote->setForegroundRole(QPalette::PlaceholderText);
    clientForm->addRow(companyNote);

    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_stages = new QTableWidget(0, 3, this);
    m_stages->setObjectName(QStringLiteral("stageTable"));
    m_stages->setHorizontalHeaderLabels({ tr("Value in the file"), tr("Rows"), tr("Goes to") });
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stages->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_unknown = new QComboBox(this);
    m_unknown->setObjectName(QStringLiteral("unknownStagesCombo"));
    m_unknown->addItem(tr("reject their rows"), int(UnknownStages::Reject));
    m_unknown->addItem(tr("create them as new stages"), int(UnknownStages::Create));
    m_unknown->addItem(tr("put them in the stage…"), int(UnknownStages::MapTo));
    m_mapStage = new QComboBox(this);
    m_mapStage->setObjectName(QStringLiteral("mapStageCombo"));
    m_stageNote = new QLabel(this);
    m_stageNote->setWordWrap(true);
    auto *stages = new QGroupBox(tr("Stages"), this);
    auto *stageLayout = new QVBoxLayout(stages);
    auto *stageForm = new QFormLayout;
    stageForm->addRow(tr("&Pipeline:"), m_pipeline);
    stageLayout->addLayout(stageForm);
    stageLayout->addWidget(m_stages, 1);
    auto *unknownForm = new QFormLayout;
    unknownForm->addRow(tr("Values that are no stage:"), m_unknown);
    unknownForm->addRow(QString(), m_mapStage);
    stageLayout->addLayout(unknownForm);
    stageLayout->addWidget(m_stageNote);

    m_stageBox = stages;
    auto *grid = new QGridLayout(this);
    grid->addWidget(numbers, 0, 0);
    grid->addWidget(dates, 1, 0);
    grid->addWidget(clients, 2, 0);
    grid->addWidget(stages, 0, 1, 4, 1);
    grid->setRowStretch(3, 1); // the left column keeps its height; the stages take the rest
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    for (QComboBox *combo : { m_decimal, m_group, m_dateOrder, m_unknown, m_mapStage, m_match })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportRulesPage::rulesChanged);
    connect(m_currency, &QLineEdit::textChanged, this, &ImportRulesPage::rulesChanged);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &ImportRulesPage::pipelineChosen);
}

ImportRulesPage::~ImportRulesPage()
{
    stopScan();
}

void ImportRulesPage::initializePage()
{
    ImportSettings &s = m_wizard->settings();
    if (!s.rulesSet) {
        // Files split by semicolons come from spreadsheets set to a decimal comma (French
        // Excel); the others write a decimal point. The seller can change it.
        s.rules = ValueRules {};
        s.rules.numbers = s.dialect.delimiter == u';' ? csv::NumberFormat::french() : csv::NumberFormat::english();
        s.rulesSet = true;
    }
    const Workspace &workspace = m_wizard->workspace();
    auto pipelines = m_wizard->workspace().pipelines().pipelines(workspace.actor());
    m_pipelines = pipelines ? *pipelines : QList<Pipeline> {};
    m_stageBox->setVisible(s.kind == ImportKind::Deals); // only deals have stages
    showRules();
    startScan();
}

void ImportRulesPage::cleanupPage()
{
    stopScan();
}

void ImportRulesPage::showRules()
{
    const ValueRules &r = m_wizard->settings().rules;
    m_filling = true;
    m_decimal->setCurrentIndex(std::max(0, m_decimal->findData(QString(r.numbers.decimalMark))));
    m_group->setCurrentIndex(std::max(0, m_group->findData(r.numbers.groupSeparator.isNull() ? QString()
                                                                                               : QString(r.numbers.groupSeparator))));
    m_currency->setText(r.currency);
    m_dateOrder->setCurrentIndex(r.dateOrder ? m_dateOrder->findData(int(*r.dateOrder)) : -1);
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(r.contactMatch))));
    m_unknown->setCurrentIndex(std::max(0, m_unknown->findData(int(r.unknownStages))));
    m_pipeline->clear();
    int chosen = 0;
    for (const Pipeline &p : std::as_const(m_pipelines)) {
        m_pipeline->addItem(p.name, p.id);
        if (r.pipeline.isEmpty() ? p.isDefault : (r.pipeline == QString::number(p.id) || r.pipeline == p.name))
            chosen = m_pipeline->count() - 1;
    }
    m_pipeline->setCurrentIndex(chosen);
    m_filling = false;
    pipelineChosen();
}

const Pipeline *ImportRulesPage::pipeline() const
{
    const int i = m_pipeline->currentIndex();
    return i >= 0 && i < m_pipelines.size() ? &m_pipelines.at(i) : nullptr;
}

void ImportRulesPage::pipelineChosen()
{
    const ValueRules &r = m_wizard->settings().rules;
    const bool filling = std::exchange(m_filling, true);
    m_mapStage->clear();
    if (const Pipeline *p = pipeline()) {
        for (const Stage &stage : p->stages)
            m_mapStage->addItem(stage.name, QString::number(stage.id));
        m_mapStage->setCurrentIndex(std::max(0, m_mapStage->findData(r.mapStage)));
    }
    m_filling = filling;
    rulesChanged();
}

void ImportRulesPage::rulesChanged()
{
    if (m_filling)
        return;
    ValueRules &r = m_wizard->settings().rules;
    r.numbers.decimalMark = m_decimal->currentData().toString().at(0);
    const QString group = m_group->currentData().toString();
    r.numbers.groupSeparator = group.isEmpty() ? QChar() : group.at(0);
    if (r.numbers.groupSeparator == r.numbers.decimalMark) {
        // One character cannot be both: the other choice of separator goes.
        r.numbers.groupSeparator = QChar();
        const bool filling = std::exchange(m_filling, true);
        m_group->setCurrentIndex(0);
        m_filling = filling;
    }
    r.currency = m_currency->text().trimmed().toUpper();
    if (m_dateOrder->currentIndex() >= 0)
        r.dateOrder = csv::DateOrder(m_dateOrder->currentData().toInt());
    else
        r.dateOrder.reset();
    r.contactMatch = ContactMatch(m_match->currentData().toInt());
    r.unknownStages = UnknownStages(m_unknown->currentData().toInt());
    r.mapStage = m_mapStage->currentData().toString();
    if (const Pipeline *p = pipeline())
        r.pipeline = QString::number(p->id);
    m_mapStage->setVisible(r.unknownStages == UnknownStages::MapTo);
    showStages();
    Q_EMIT completeChanged();
}

void ImportRulesPage::showStages()
{
    const ValueRules &r = m_wizard->settings().rules;
    const Pipeline *p = pipeline();
    m_stages->setRowCount(int(m_scan.stages.size()));
    int unknown = 0;
    for (int i = 0; i < m_scan.stages.size(); ++i) {
        const FileScan::StageValue &v = m_scan.stages.at(i);
        m_stages->setItem(i, 0, new QTableWidgetItem(v.value));
        auto *rows = new QTableWidgetItem(QLocale().toString(v.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stages->setItem(i, 1, rows);
        const Stage *stage = nullptr;
        if (p) {
            if (const std::optional<Id> stageId = predictStage(*p, v.value))
                stage = p->stage(stageId.value());
        }
        auto *target = new QTableWidgetItem;
        if (stage) {
            target->setText(QStringLiteral("→ ") + stage->name);
        } else {
            ++unknown;
            switch (r.unknownStages) {
            case UnknownStages::Create:
                target->setText(tr("+ new stage \"%1\"").arg(v.value));
                target->setForeground(QColor(0x1f, 0x6f, 0x3f));
                break;
            case UnknownStages::MapTo:
                target->setText(QStringLiteral("→ ") + m_mapStage->currentText());
                break;
            case UnknownStages::Reject:
                target->setText(tr("✕ rows rejected"));
                target->setForeground(QColor(0xb3, 0x26, 0x1e));
                break;
            }
        }
        m_stages->setItem(i, 2, target);
    }
    QString note;
    if (m_scanning)
        note = tr("Reading the file…");
    else if (m_scan.stages.isEmpty())
        note = tr("No column holds stages: the deals go to the first stage of the pipeline.");
    else if (unknown == 0)
        note = tr("Every value is a stage of this pipeline, or won or lost.");
    else
        note = tr("%Ln value(s) are not stages of this pipeline.", nullptr, unknown);
    if (m_scan.moreStages)
        note += QLatin1Char(' ') + tr("Only the first %1 values are listed.").arg(FileScan::MaxStageValues);
    m_stageNote->setText(note);
}

void ImportRulesPage::startScan()
{
    stopScan();
    const ImportSettings &s = m_wizard->settings();
    m_scanning = true;
    m_scan = FileScan {};
    m_cancelScan = false;
    m_dateNote->setText(tr("Reading the dates of the file…"));
    m_dateNote->setStyleSheet(QString());
    showStages();
    m_scanThread = std::thread([this, path = s.path, encoding = s.encoding, dialect = s.dialect, mapping = s.mapping] {
        auto scan = std::make_shared<FileScan>(scanFile(path, encoding, dialect, mapping, m_cancelScan));
        if (!scan->cancelled)
            QMetaObject::invokeMethod(this, [this, scan] { scanDone(*scan); }, Qt::QueuedConnection);
    });
}

void ImportRulesPage::stopScan()
{
    m_cancelScan = true;
    if (m_scanThread.joinable())
        m_scanThread.join();
    m_scanning = false;
}

void ImportRulesPage::scanDone(const FileScan &scan)
{
    if (m_scanThread.joinable())
        m_scanThread.join();
    m_scanning = false;
    m_scan = scan;
    ValueRules &r = m_wizard->settings().rules;
    const csv::DateOrderGuess &dates = scan.dates;
    if (!scan.hasDates || dates.values == 0) {
        m_dateNote->setText(tr("No column holds dates."));
        m_dateNote->setStyleSheet(QString());
        if (!r.dateOrder)
            m_dateOrder->setCurrentIndex(0);
    } else if (dates.needsChoice()) {
        // The seller decides: leave the order unchosen until they do.
        m_dateNote->setText(dates.summary());
        m_dateNote->setStyleSheet(QString::fromLatin1(WarningStyle));
    } else {
        const std::optional<csv::DateOrder> suggested = dates.suggested();
        if (!r.dateOrder && suggested)
            m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(*suggested)));
        else if (!r.dateOrder)
            m_dateOrder->setCurrentIndex(0);
        m_dateNote->setText(suggested ? tr("All %Ln date(s) of the file read as %1.", nullptr, dates.values)
                                            .arg(csv::dateOrderName(*suggested))
                                      : dates.summary());
        m_dateNote->setStyleSheet(suggested ? QString() : QString::fromLatin1(WarningStyle));
    }
    rulesChanged();
    Q_EMIT scanFinished();
}

bool ImportRulesPage::isComplete() const
{
    const ValueRules &r = m_wizard->settings().rules;
    return !m_scanning && r.dateOrder.has_value() && r.currency.size() == 3
           && (r.unknownStages != UnknownStages::MapTo || !r.mapStage.isEmpty());
}

} // namespace comptoir
