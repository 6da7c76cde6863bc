// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "entities.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace comptoir {

class ClientPicker;
class CustomFieldInput;
class Workspace;

// A section of the Details tab: a title and the keys of the fields it shows, in order.
struct DetailsSection
{
    QString title;
    QStringList fields;
};

// The Details tab of the deal editor: the F1 fields laid out in sections, each with its error
// shown under it. Reads a deal in, writes the edited values back to a deal; it decides nothing
// about the business (the services validate again on save).
class DetailsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsForm)
public:
    DetailsForm(Workspace &workspace, const QLocale &locale, QWidget *parent = nullptr);

    // The built-in layout: "About the deal" and "More".
    static QList<DetailsSection> defaultSections();
    // The keys of the built-in fields: title, amount, client, responsible, type, source,
    // begin_date, close_date, probability, comment, repeat.
    static QStringList builtInFields();
    void setSections(const QList<DetailsSection> &sections);

    // The custom fields get a row each (shown when a section lists their key).
    void setCustomFields(const QList<CustomField> &fields);
    void setCustomValues(const CustomValues &values);
    // The values typed in the custom fields; each invalid one adds an error under its key.
    CustomValues customValues(QHash<QString, QString> &errors) const;

    void setDeal(const Deal &deal);
    // Writes the fields into `deal`; returns the errors by field key (empty when all is valid).
    // The client is read separately through clientPicker().
    QHash<QString, QString> applyTo(Deal &deal) const;
    // Shows each message under its field (and clears the others); a key that is not a field
    // of the form is returned so that the caller shows it elsewhere.
    QStringList showErrors(const QHash<QString, QString> &errors);
    // The field of a core error ("company" and "contact" are the client).
    static QString fieldKeyFor(const QString &coreField);

    // The amount follows the product rows: shown read-only with their total.
    void setAmountFollowsRows(bool follows, qint64 totalMinor);
    ClientPicker *clientPicker() const { return m_client; }
    QWidget *fieldWidget(const QString &key) const { return m_editors.value(key); }
    QLabel *errorLabel(const QString &key) const { return m_errors.value(key); }

Q_SIGNALS:
    void edited();

private:
    void createEditors();
    void addRow(const QString &key, const QString &label, QWidget *editor);

    Workspace &m_workspace;
    QLocale m_locale;
    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_sectionWidgets;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QWidget *> m_rows;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QString> m_labels;
    QList<CustomFieldInput *> m_customInputs;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    ClientPicker *m_client = nullptr;
    QComboBox *m_responsible = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_source = nullptr;
    QDateEdit *m_begin = nullptr;
    QDateEdit *m_close = nullptr;
    QSpinBox *m_probability = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_repeat = nullptr;
    QString m_currencyOfAmount = QStringLiteral("EUR");
};

} // namespace comptoir
