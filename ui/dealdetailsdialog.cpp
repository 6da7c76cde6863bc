// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealdetailsdialog.h"

#include "dealformat.h"
#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

DealDetailsDialog::DealDetailsDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new QFormLayout)
    , m_products(new QTreeWidget(this))
    , m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dealDetailsDialog"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    // Titles are user text: never interpreted as HTML.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QWidget(m_tabs);
    m_fields->setLabelAlignment(Qt::AlignRight);
    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    details->setLayout(m_fields);
    m_tabs->addTab(details, tr("Details"));

    m_products->setObjectName(QStringLiteral("dealProducts"));
    m_products->setRootIsDecorated(false);
    m_products->setHeaderLabels({ tr("Product"), tr("Quantity"), tr("Price"), tr("Total") });
    m_tabs->addTab(m_products, tr("Products"));

    m_history->setObjectName(QStringLiteral("dealHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("History"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

void DealDetailsDialog::addField(const QString &label, const QString &value, Wrap wrap)
{
    if (value.isEmpty())
        return;
    auto *text = new QLabel(value);
    text->setTextFormat(Qt::PlainText);
    // Only long free text wraps: a wrapped label in a form asks for a narrow width and a short
    // value such as a company name would be cut to its first words.
    text->setWordWrap(wrap == Wrap::Words);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->addRow(label, text);
}

Status DealDetailsDialog::load(Workspace &workspace, Id dealId, const QLocale &locale)
{
    const Actor actor = workspace.actor();
    const auto deal = workspace.deals().get(actor, dealId);
    if (!deal)
        return deal.error();
    // The list row carries the names (stage, company, responsible...) already resolved.
    const auto rows = workspace.query().rows(actor, { dealId });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("Deal %1 does not exist any more.").arg(dealId));
    const auto history = workspace.deals().history(actor, dealId);
    if (!history)
        return history.error();
    const DealRow &row = rows->first();

    setWindowTitle(tr("Deal %1").arg(dealId));
    m_title->setText(deal->title);
    m_subtitle->setText(tr("%1 · %2 · %3", "amount · pipeline · stage")
                            .arg(money::format(deal->amountMinor, deal->currency, locale),
                                 row.pipelineName, row.stageName));

    dealformat::ListNames names;
    const ListStore store(workspace.db());
    for (auto [list, map] : { std::pair { lists::DealType, &names.types },
                              std::pair { lists::Source, &names.sources } }) {
        if (const auto items = store.items(list, false))
            for (const ListItem &item : *items)
                map->insert(item.code, item.name);
    }

    addField(tr("Stage:"), row.stageName);
    addField(tr("Status:"), dealformat::semanticText(row.semantic));
    addField(tr("Company:"), row.companyName);
    QStringList contacts;
    for (const Id contactId : deal->contactIds) {
        if (const auto contact = workspace.clients().contact(actor, contactId))
            contacts << contact->displayName();
    }
    addField(tr("Contacts:"), contacts.join(QStringLiteral(", ")));
    addField(tr("Responsible:"), row.responsibleName);
    addField(tr("Type:"), dealformat::cellText(row, DealColumn::Type, locale, names));
    addField(tr("Source:"), dealformat::cellText(row, DealColumn::Source, locale, names));
    addField(tr("Begin date:"), dealformat::date(deal->beginDate, locale));
    addField(tr("Expected close date:"), dealformat::date(deal->closeDate, locale));
    addField(tr("Probability:"),
             deal->probability ? dealformat::probability(*deal->probability, locale) : QString());
    addField(tr("Client:"), deal->isRepeat ? tr("Repeat (already won a deal before)") : tr("New"));
    addField(tr("Closed on:"), dealformat::dateTime(deal->closedAt, locale));
    addField(tr("Lost reason:"), deal->lostReason);
    addField(tr("Lost note:"), deal->lostNote, Wrap::Words);
    addField(tr("Comment:"), deal->comment, Wrap::Words);
    addField(tr("Created:"), dealformat::dateTime(deal->createdAt, locale));
    addField(tr("Updated:"), dealformat::dateTime(deal->updatedAt, locale));

    for (const DealProduct &product : deal->products) {
        auto *item = new QTreeWidgetItem(m_products);
        item->setText(0, product.name);
        item->setText(1, locale.toString(product.quantityMilli / 1000.0, 'g', 12));
        item->setText(2, money::format(product.priceMinor, deal->currency, locale));
        item->setText(3, money::format(product.totalMinor(), deal->currency, locale));
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tabs->setTabText(1, tr("Products (%1)").arg(deal->products.size()));

    // Newest first: what happened last is what one opens a deal to see.
    for (auto event = history->crbegin(); event != history->crend(); ++event) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, dealformat::dateTime(event->at, locale));
        item->setText(1, event->userName);
        item->setText(2, event->description);
        if (!event->field.isEmpty())
            item->setToolTip(2,
                             tr("%1: %2 → %3").arg(event->field, event->oldValue, event->newValue));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_tabs->setTabText(2, tr("History (%1)").arg(history->size()));
    return {};
}

} // namespace comptoir
