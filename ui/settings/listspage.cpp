// SPDX-License-Identifier: GPL-3.0-or-later
#include "listspage.h"

#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// A stable code for a new entry: lower-case ASCII words joined by "_" ("Salon pro" -> "salon_pro").
QString codeFor(const QString &name)
{
    QString code = name.normalized(QString::NormalizationForm_KD).toLower();
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    code.replace(notWord, QStringLiteral("_"));
    while (code.startsWith(QLatin1Char('_')))
        code.remove(0, 1);
    while (code.endsWith(QLatin1Char('_')))
        code.chop(1);
    return code;
}

} // namespace

ListsPage::ListsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("listsPage"));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("listChoice"));
    m_list->addItem(tr("Deal types"), lists::DealType);
    m_list->addItem(tr("Sources"), lists::Source);
    m_list->addItem(tr("Lost reasons"), lists::LostReason);
    m_list->addItem(tr("Currencies"), lists::Currency);
    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("listItems"));
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_items->setToolTip(tr("Double-click or F2 renames; unchecked entries are no longer offered"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8e2a1f;"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addListItemButton"));

    connect(m_list, &QComboBox::currentIndexChanged, this, &ListsPage::reload);
    connect(add, &QPushButton::clicked, this, [this] {
        const bool currency = currentList() == lists::Currency;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Entry"),
                                                   currency ? tr("Currency code (three capital letters):")
                                                            : tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            (void)addItem(name);
    });
    connect(m_items, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const Id id = item->data(IdRole).toLongLong();
        for (const ListItem &shown : std::as_const(m_shown)) {
            if (shown.id != id)
                continue;
            if (item->text() != shown.name)
                (void)renameItem(id, item->text());
            else if ((item->checkState() == Qt::Checked) != shown.active)
                (void)setItemActive(id, item->checkState() == Qt::Checked);
            return;
        }
    });

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&List:"), this);
    label->setBuddy(m_list);
    top->addWidget(label);
    top->addWidget(m_list, 1);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_message);
    reload();
}

QString ListsPage::currentList() const
{
    return m_list->currentData().toString();
}

void ListsPage::showList(const QString &list)
{
    m_list->setCurrentIndex(std::max(0, m_list->findData(list)));
}

void ListsPage::reload()
{
    const auto items = ListStore(m_workspace.db()).items(currentList(), false);
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_items->clear();
    m_shown = items ? *items : QList<ListItem>();
    for (const ListItem &entry : std::as_const(m_shown)) {
        auto *item = new QListWidgetItem(entry.name, m_items);
        item->setData(IdRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setCheckState(entry.active ? Qt::Checked : Qt::Unchecked);
        if (entry.code != entry.name)
            item->setToolTip(tr("Code: %1").arg(entry.code));
    }
}

Status ListsPage::addItem(const QString &text)
{
    ListItem item;
    item.list = currentList();
    item.name = text.trimmed();
    if (item.list == lists::Currency) {
        item.name = item.name.toUpper();
        if (!money::isValidCurrencyCode(item.name)) {
            m_message->setText(tr("“%1” is not a currency code (three capital letters, e.g. EUR).").arg(text));
            return Error::invalid(m_message->text(), QStringLiteral("name"));
        }
        item.code = item.name;
    } else {
        item.code = codeFor(item.name);
    }
    if (item.name.isEmpty() || item.code.isEmpty()) {
        m_message->setText(tr("An entry needs a name with at least one letter or digit."));
        return Error::invalid(m_message->text(), QStringLiteral("name"));
    }
    const ListStore store(m_workspace.db());
    if (const auto existing = store.find(item.list, item.code); existing && *existing) {
        m_message->setText(tr("The list already has “%1”.").arg((*existing)->name));
        return Error::invalid(m_message->text(), QStringLiteral("name"));
    }
    item.sort = int(m_shown.size());
    const auto added = store.insert(item);
    m_message->setText(added ? QString() : added.error().message);
    reload();
    if (!added)
        return added.error();
    return {};
}

Status ListsPage::renameItem(Id id, const QString &name)
{
    Status status = name.trimmed().isEmpty()
        ? Status(Error::invalid(tr("An entry needs a name."), QStringLiteral("name")))
        : ListStore(m_workspace.db()).rename(id, name.trimmed());
    m_message->setText(status ? QString() : status.error().message);
    reload();
    return status;
}

Status ListsPage::setItemActive(Id id, bool active)
{
    const Status status = ListStore(m_workspace.db()).setActive(id, active);
    m_message->setText(status ? QString() : status.error().message);
    reload();
    return status;
}

} // namespace comptoir
