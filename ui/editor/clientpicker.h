// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QWidget>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QVBoxLayout;

namespace comptoir {

class Workspace;

// A company or contact as the editor chose it: an existing one (id), a new one to create on
// save (name with optional e-mail and phone), or none (empty name).
struct ClientChoice
{
    QString name;
    std::optional<Id> id;
    QString email;
    QString phone;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    bool isNew() const { return !isEmpty() && !id; }
};

// One name with completion on the existing companies or contacts; an unknown name offers
// e-mail and phone so that the client is created inline.
class ClientNameField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientNameField)
public:
    enum class Kind { Company, Contact };
    ClientNameField(Workspace &workspace, Kind kind, QWidget *parent = nullptr);

    void setChoice(const ClientChoice &choice);
    ClientChoice choice() const;
    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void edited();

private:
    void search(const QString &text);
    void resolve();

    Workspace &m_workspace;
    const Kind m_kind;
    QLineEdit *m_name = nullptr;
    QStringListModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QWidget *m_newRow = nullptr;
    QLabel *m_newLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QHash<QString, Id> m_known; // lower-cased name -> id, from the last searches
    std::optional<Id> m_id;
};

// The client of a deal: one company and contacts, the first contact being the primary one.
class ClientPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPicker)
public:
    explicit ClientPicker(Workspace &workspace, QWidget *parent = nullptr);

    void setClient(const ClientChoice &company, const QList<ClientChoice> &contacts);
    ClientChoice company() const;
    QList<ClientChoice> contacts() const; // non-empty ones, primary first
    ClientNameField *companyField() const { return m_company; }
    QList<ClientNameField *> contactFields() const { return m_contacts; }
    ClientNameField *addContactField();

Q_SIGNALS:
    void edited();

private:
    Workspace &m_workspace;
    ClientNameField *m_company = nullptr;
    QVBoxLayout *m_contactLayout = nullptr;
    QList<ClientNameField *> m_contacts;
};

} // namespace comptoir
