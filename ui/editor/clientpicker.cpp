// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientpicker.h"

#include "workspace.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {
constexpr int CompletionLimit = 12;
}

ClientNameField::ClientNameField(Workspace &workspace, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(kind == Kind::Company ? QStringLiteral("companyEdit") : QStringLiteral("contactEdit"));
    m_name->setPlaceholderText(kind == Kind::Company ? tr("Company name") : tr("First and last name"));
    m_name->setClearButtonEnabled(true);
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(m_completer);

    // What a new client gets besides its name: shown only while the name is unknown.
    m_newRow = new QWidget(this);
    m_newLabel = new QLabel(kind == Kind::Company ? tr("New company:") : tr("New contact:"), m_newRow);
    m_newLabel->setStyleSheet(QStringLiteral("color: #4a6a8a;"));
    m_email = new QLineEdit(m_newRow);
    m_email->setObjectName(QStringLiteral("newClientEmail"));
    m_email->setPlaceholderText(tr("E-mail"));
    m_phone = new QLineEdit(m_newRow);
    m_phone->setObjectName(QStringLiteral("newClientPhone"));
    m_phone->setPlaceholderText(tr("Phone"));
    auto *newLayout = new QHBoxLayout(m_newRow);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addWidget(m_newLabel);
    newLayout->addWidget(m_email, 3);
    newLayout->addWidget(m_phone, 2);
    m_newRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_name);
    layout->addWidget(m_newRow);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        search(text);
        resolve();
        Q_EMIT edited();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        resolve();
        Q_EMIT edited();
    });
    connect(m_email, &QLineEdit::textEdited, this, &ClientNameField::edited);
    connect(m_phone, &QLineEdit::textEdited, this, &ClientNameField::edited);
}

void ClientNameField::search(const QString &text)
{
    const QString prefix = text.trimmed();
    if (prefix.isEmpty())
        return;
    QStringList names;
    const Actor actor = m_workspace.actor();
    if (m_kind == Kind::Company) {
        if (const auto found = m_workspace.clients().searchCompanies(actor, prefix, CompletionLimit)) {
            for (const Company &company : *found) {
                names << company.name;
                m_known.insert(company.name.toLower(), company.id);
            }
        }
    } else if (const auto found = m_workspace.clients().searchContacts(actor, prefix, CompletionLimit)) {
        for (const Contact &contact : *found) {
            names << contact.displayName();
            m_known.insert(contact.displayName().toLower(), contact.id);
        }
    }
    m_model->setStringList(names);
}

void ClientNameField::resolve()
{
    const QString key = m_name->text().trimmed().toLower();
    const auto found = m_known.constFind(key);
    m_id = found != m_known.cend() ? std::optional<Id>(*found) : std::nullopt;
    m_newRow->setVisible(!key.isEmpty() && !m_id);
}

void ClientNameField::setChoice(const ClientChoice &choice)
{
    m_name->setText(choice.name);
    m_email->setText(choice.email);
    m_phone->setText(choice.phone);
    if (choice.id)
        m_known.insert(choice.name.trimmed().toLower(), *choice.id);
    resolve();
}

ClientChoice ClientNameField::choice() const
{
    ClientChoice choice;
    choice.name = m_name->text().trimmed();
    choice.id = m_id;
    if (choice.isNew()) {
        choice.email = m_email->text().trimmed();
        choice.phone = m_phone->text().trimmed();
    }
    return choice;
}

ClientPicker::ClientPicker(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_company = new ClientNameField(workspace, ClientNameField::Kind::Company, this);
    connect(m_company, &ClientNameField::edited, this, &ClientPicker::edited);
    m_contactLayout = new QVBoxLayout;
    m_contactLayout->setContentsMargins(0, 0, 0, 0);
    m_contactLayout->setSpacing(3);
    auto *add = new QPushButton(tr("Add &contact"), this);
    add->setObjectName(QStringLiteral("addContactButton"));
    add->setToolTip(tr("Another person of this client; the first one is the main contact"));
    connect(add, &QPushButton::clicked, this, [this] {
        addContactField()->nameEdit()->setFocus();
        Q_EMIT edited();
    });

    auto *companyLabel = new QLabel(tr("Company"), this);
    auto *contactsLabel = new QLabel(tr("Contacts"), this);
    for (QLabel *label : {companyLabel, contactsLabel})
        label->setStyleSheet(QStringLiteral("color: #5b6b7b;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(companyLabel);
    layout->addWidget(m_company);
    layout->addSpacing(4);
    layout->addWidget(contactsLabel);
    layout->addLayout(m_contactLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
}

ClientNameField *ClientPicker::addContactField()
{
    auto *row = new QWidget(this);
    auto *field = new ClientNameField(m_workspace, ClientNameField::Kind::Contact, row);
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this contact from the deal"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(field, 1);
    rowLayout->addWidget(remove, 0, Qt::AlignTop);
    m_contactLayout->addWidget(row);
    m_contacts.append(field);
    connect(field, &ClientNameField::edited, this, &ClientPicker::edited);
    connect(remove, &QToolButton::clicked, this, [this, row, field] {
        m_contacts.removeOne(field);
        row->deleteLater();
        Q_EMIT edited();
    });
    return field;
}

void ClientPicker::setClient(const ClientChoice &company, const QList<ClientChoice> &contacts)
{
    m_company->setChoice(company);
    for (ClientNameField *field : std::as_const(m_contacts))
        delete field->parentWidget();
    m_contacts.clear();
    for (const ClientChoice &contact : contacts)
        addContactField()->setChoice(contact);
    if (contacts.isEmpty())
        addContactField();
}

ClientChoice ClientPicker::company() const
{
    return m_company->choice();
}

QList<ClientChoice> ClientPicker::contacts() const
{
    QList<ClientChoice> result;
    for (const ClientNameField *field : m_contacts) {
        const ClientChoice choice = field->choice();
        if (!choice.isEmpty())
            result.append(choice);
    }
    return result;
}

} // namespace comptoir
