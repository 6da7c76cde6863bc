// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingpage.h"

#include "import/profile.h"
#include "importsettings.h"
#include "importwizard.h"
#include "workspace.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace comptoir::import;

namespace {

enum Column { NumberColumn, HeaderColumn, SampleColumn, FieldColumn };

QString groupTitle(const QString &group)
{
    if (group == QLatin1String("deal"))
        return ImportMappingPage::tr("Deal");
    if (group == QLatin1String("client"))
        return ImportMappingPage::tr("Client");
    return ImportMappingPage::tr("Product row");
}

// "Ignore", then the fields of this kind of file under a title per group (deal, client, product row).
QComboBox *makeFieldCombo(QWidget *parent, ImportKind kind)
{
    auto *combo = new QComboBox(parent);
    auto *model = new QStandardItemModel(combo);
    auto *ignore = new QStandardItem(ImportMappingPage::tr("— Ignore this column —"));
    ignore->setData(int(Field::Ignore), Qt::UserRole);
    model->appendRow(ignore);
    QString group;
    for (Field f : fieldsFor(kind)) {
        if (fieldGroup(f) != group) {
            group = fieldGroup(f);
            auto *title = new QStandardItem(groupTitle(group));
            title->setFlags(Qt::NoItemFlags);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            model->appendRow(title);
        }
        auto *item = new QStandardItem(QStringLiteral("    ") + fieldLabel(f));
        item->setData(int(f), Qt::UserRole);
        model->appendRow(item);
    }
    combo->setModel(model);
    combo->setMaxVisibleItems(30);
    return combo;
}

bool namesTheDeal(const QList<Field> &mapping, ImportKind kind)
{
    if (kind != ImportKind::Deals) // the import says which field a row of this kind needs
        return std::any_of(mapping.cbegin(), mapping.cend(), [](Field f) { return f != Field::Ignore; });
    for (Field f : mapping) {
        if (f == Field::Title || f == Field::ExternalId || f == Field::CompanyName || f == Field::ContactFullName
            || f == Field::ContactLastName)
            return true;
    }
    return false;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file fills a field of the deal, its client or a product row. The "
                   "columns were matched on their names; change any of them, or ignore it."));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Automatic"), QString());
    for (const Preset &p : presets())
        m_preset->addItem(p.name, p.key);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportMappingPage::presetChosen);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setMinimumContentsLength(16);
    m_load = new QPushButton(tr("&Load"), this);
    m_load->setObjectName(QStringLiteral("loadProfileButton"));
    connect(m_load, &QPushButton::clicked, this, &ImportMappingPage::loadProfile);
    auto *save = new QPushButton(tr("&Save as Profile…"), this);
    save->setObjectName(QStringLiteral("saveProfileButton"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Exported by:"), this));
    top->addWidget(m_preset);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Profile:"), this));
    top->addWidget(m_profiles);
    top->addWidget(m_load);
    top->addWidget(save);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({ tr("#"), tr("Column"), tr("Sample values"), tr("Imports into") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(HeaderColumn, 190);
    m_table->setColumnWidth(FieldColumn, 230);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
}

QComboBox *ImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

Field ImportMappingPage::fieldOf(int column) const
{
    return m_wizard->settings().mapping.value(column, Field::Ignore);
}

void ImportMappingPage::setField(int column, Field field)
{
    if (QComboBox *combo = fieldCombo(column))
        combo->setCurrentIndex(combo->findData(int(field)));
}

void ImportMappingPage::initializePage()
{
    ImportSettings &s = m_wizard->settings();
    fillProfiles();
    if (s.mappedHeader == s.header && s.mappedKind == s.kind && s.mapping.size() == s.header.size()) {
        applyMapping(s.mapping); // back from a later page: keep the seller's choices
        return;
    }
    m_table->setRowCount(int(s.header.size()));
    for (int c = 0; c < s.header.size(); ++c) {
        auto *number = new QTableWidgetItem(QString::number(c + 1));
        number->setForeground(palette().placeholderText());
        m_table->setItem(c, NumberColumn, number);
        auto *header = new QTableWidgetItem(s.header.at(c));
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_table->setItem(c, HeaderColumn, header);
        QStringList samples;
        for (const QStringList &row : std::as_const(s.rows)) {
            const QString value = row.value(c).simplified();
            if (!value.isEmpty() && !samples.contains(value))
                samples.append(value);
            if (samples.size() == 3)
                break;
        }
        auto *sample = new QTableWidgetItem(samples.join(QStringLiteral("  ·  ")));
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        m_table->setItem(c, SampleColumn, sample);
        QComboBox *combo = makeFieldCombo(m_table, s.kind);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { fieldChosen(c); });
        m_table->setCellWidget(c, FieldColumn, combo);
    }
    // A new file: the format it comes from, then the names of its columns.
    const std::optional<Preset> recognised = recognisePreset(s.header);
    m_filling = true;
    m_preset->setItemText(0, recognised ? tr("Automatic (recognised: %1)").arg(recognised->name) : tr("Automatic"));
    m_preset->setCurrentIndex(0);
    m_filling = false;
    s.presetKey.clear();
    s.mappedHeader = s.header;
    s.mappedKind = s.kind;
    applyMapping(autoMapFor(s.kind, s.header, recognised ? &*recognised : nullptr));
}

void ImportMappingPage::presetChosen()
{
    if (m_filling)
        return;
    ImportSettings &s = m_wizard->settings();
    s.presetKey = m_preset->currentData().toString();
    std::optional<Preset> preset = s.presetKey.isEmpty() ? recognisePreset(s.header) : presetByKey(s.presetKey);
    applyMapping(autoMapFor(s.kind, s.header, preset ? &*preset : nullptr));
}

void ImportMappingPage::applyMapping(const QList<Field> &mapping)
{
    ImportSettings &s = m_wizard->settings();
    s.mapping = mapping;
    m_filling = true;
    for (int c = 0; c < mapping.size(); ++c) {
        setField(c, mapping.at(c));
        // Ignored columns fade, so that what will be imported stands out.
        for (int column : { int(NumberColumn), int(HeaderColumn), int(SampleColumn) }) {
            if (QTableWidgetItem *item = m_table->item(c, column))
                item->setForeground(mapping.at(c) == Field::Ignore || column == NumberColumn
                                        ? palette().placeholderText() : palette().text());
        }
    }
    m_filling = false;
    updateSummary();
}

void ImportMappingPage::fieldChosen(int column)
{
    if (m_filling)
        return;
    ImportSettings &s = m_wizard->settings();
    const Field field = Field(fieldCombo(column)->currentData().toInt());
    QList<Field> mapping = s.mapping;
    if (field != Field::Ignore) {
        for (Field &f : mapping) {
            if (f == field)
                f = Field::Ignore; // a field is filled from one column only
        }
    }
    mapping[column] = field;
    applyMapping(mapping);
}

void ImportMappingPage::updateSummary()
{
    const ImportSettings &s = m_wizard->settings();
    const auto used = std::count_if(s.mapping.cbegin(), s.mapping.cend(), [](Field f) { return f != Field::Ignore; });
    if (!namesTheDeal(s.mapping, s.kind)) {
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_summary->setText(s.kind != ImportKind::Deals ? tr("Map at least one column.") : tr("Map a column to the deal's Title (or to its External id, Company name or Contact "
                              "name): the deals need a name."));
    } else {
        m_summary->setStyleSheet(QString());
        m_summary->setText(used == s.mapping.size()
                               ? tr("Every column is imported.")
                               : tr("%1 of %Ln column(s) imported; the others are ignored.", nullptr, int(s.mapping.size()))
                                     .arg(used));
    }
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return namesTheDeal(m_wizard->settings().mapping, m_wizard->settings().kind);
}

void ImportMappingPage::fillProfiles()
{
    m_profiles->clear();
    if (auto names = profileNames(m_wizard->workspace().db()))
        m_profiles->addItems(*names);
    m_profiles->setEnabled(m_profiles->count() > 0);
    m_load->setEnabled(m_profiles->count() > 0);
}

void ImportMappingPage::saveProfile()
{
    ImportSettings &s = m_wizard->settings();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Profile"),
                                               tr("Name of the profile (the mapping, the value rules and how the "
                                                  "file is written):"),
                                               QLineEdit::Normal, m_profiles->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Profile profile;
    profile.name = name.trimmed();
    profile.preset = s.presetKey;
    for (int c = 0; c < s.header.size(); ++c)
        profile.mapping.insert(s.header.at(c), s.mapping.value(c, Field::Ignore));
    profile.rules = s.rules;
    profile.encoding = s.encoding;
    profile.delimiter = s.dialect.delimiter;
    Workspace &workspace = m_wizard->workspace();
    if (auto saved = import::saveProfile(workspace.db(), profile, workspace.clock().now()); !saved) {
        QMessageBox::warning(this, tr("Save as Profile"), saved.error().message);
        return;
    }
    fillProfiles();
    m_profiles->setCurrentText(profile.name);
}

void ImportMappingPage::loadProfile()
{
    ImportSettings &s = m_wizard->settings();
    auto profile = import::loadProfile(m_wizard->workspace().db(), m_profiles->currentText());
    if (!profile) {
        QMessageBox::warning(this, tr("Load Profile"), profile.error().message);
        return;
    }
    // The profile's format first, then its columns by name: a column it does not name keeps
    // what the format gives it.
    const std::optional<Preset> preset = presetByKey(profile->preset);
    QList<Field> mapping = autoMapFor(s.kind, s.header, preset ? &*preset : nullptr);
    for (int c = 0; c < s.header.size(); ++c) {
        for (auto it = profile->mapping.constBegin(); it != profile->mapping.constEnd(); ++it) {
            if (it.key().trimmed().compare(s.header.at(c).trimmed(), Qt::CaseInsensitive) == 0)
                mapping[c] = it.value();
        }
    }
    m_filling = true;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(profile->preset)));
    m_filling = false;
    s.presetKey = profile->preset;
    s.rules = profile->rules;
    s.rulesSet = true;
    applyMapping(mapping);
}

} // namespace comptoir
