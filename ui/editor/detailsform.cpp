// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailsform.h"

#include "clientpicker.h"
#include "customfieldinput.h"
#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {

// A QDateEdit cannot be empty: its minimum stands for "no date" and shows a dash.
const QDate NoDate(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QLocale &locale)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    edit->setDate(NoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

void fillList(QComboBox *box, const QList<ListItem> &items, const QString &noneText)
{
    box->addItem(noneText, QString());
    for (const ListItem &item : items)
        box->addItem(item.name, item.code);
}

// Selects the entry with this code, adding it when the list no longer has it (an inactive
// entry stays readable on the deals that carry it).
void selectCode(QComboBox *box, const QString &code)
{
    int index = box->findData(code);
    if (index < 0) {
        box->addItem(code, code);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

} // namespace

DetailsForm::DetailsForm(Workspace &workspace, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("detailsForm"));
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(6);
    createEditors();
    setSections(defaultSections());
}

QList<DetailsSection> DetailsForm::defaultSections()
{
    return {
        { tr("About the deal"),
          { QStringLiteral("title"), QStringLiteral("amount"), QStringLiteral("client"),
            QStringLiteral("close_date"), QStringLiteral("probability"), QStringLiteral("responsible") } },
        { tr("More"),
          { QStringLiteral("type"), QStringLiteral("source"), QStringLiteral("begin_date"),
            QStringLiteral("repeat"), QStringLiteral("comment") } },
    };
}

QStringList DetailsForm::builtInFields()
{
    QStringList keys;
    for (const DetailsSection &section : defaultSections())
        keys << section.fields;
    return keys;
}

void DetailsForm::createEditors()
{
    const ListStore lists(m_workspace.db());

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is being sold, to whom"));

    auto *amountBox = new QWidget(this);
    m_amount = new QLineEdit(amountBox);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency = new QComboBox(amountBox);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    if (const auto currencies = lists.items(lists::Currency)) {
        for (const ListItem &item : *currencies)
            m_currency->addItem(item.code);
    }
    auto *amountLayout = new QHBoxLayout(amountBox);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);

    m_client = new ClientPicker(m_workspace, this);

    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("responsibleCombo"));
    if (const auto users = UserStore(m_workspace.db()).all()) {
        for (const User &user : *users) {
            if (user.active)
                m_responsible->addItem(user.name, user.id);
        }
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    if (const auto items = lists.items(lists::DealType))
        fillList(m_type, *items, tr("(none)"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    if (const auto items = lists.items(lists::Source))
        fillList(m_source, *items, tr("(none)"));

    m_begin = dateEdit(this, m_locale);
    m_begin->setObjectName(QStringLiteral("beginDateEdit"));
    m_close = dateEdit(this, m_locale);
    m_close->setObjectName(QStringLiteral("closeDateEdit"));
    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("probabilitySpin"));
    m_probability->setRange(-1, 100);
    m_probability->setSpecialValueText(QStringLiteral("—"));
    m_probability->setSuffix(m_locale.language() == QLocale::French ? QStringLiteral(" %") : QStringLiteral("%"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 14);
    m_repeat = new QLabel(this);
    m_repeat->setObjectName(QStringLiteral("repeatLabel"));

    addRow(QStringLiteral("title"), tr("&Title:"), m_title);
    addRow(QStringLiteral("amount"), tr("&Amount:"), amountBox);
    addRow(QStringLiteral("client"), tr("C&lient:"), m_client);
    addRow(QStringLiteral("responsible"), tr("&Responsible:"), m_responsible);
    addRow(QStringLiteral("type"), tr("T&ype:"), m_type);
    addRow(QStringLiteral("source"), tr("&Source:"), m_source);
    addRow(QStringLiteral("begin_date"), tr("&Begin date:"), m_begin);
    addRow(QStringLiteral("close_date"), tr("Expected &close:"), m_close);
    addRow(QStringLiteral("probability"), tr("&Probability:"), m_probability);
    addRow(QStringLiteral("comment"), tr("Co&mment:"), m_comment);
    addRow(QStringLiteral("repeat"), tr("New or repeat:"), m_repeat);
    // The line edit carries the amount's error; the label's buddy is the text.
    m_editors.insert(QStringLiteral("amount"), m_amount);

    for (QLineEdit *edit : {m_title, m_amount})
        connect(edit, &QLineEdit::textEdited, this, &DetailsForm::edited);
    for (QComboBox *box : {m_currency, m_responsible, m_type, m_source})
        connect(box, &QComboBox::activated, this, &DetailsForm::edited);
    connect(m_currency, &QComboBox::editTextChanged, this, &DetailsForm::edited);
    for (QDateEdit *edit : {m_begin, m_close})
        connect(edit, &QDateEdit::dateChanged, this, &DetailsForm::edited);
    connect(m_probability, &QSpinBox::valueChanged, this, &DetailsForm::edited);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DetailsForm::edited);
    connect(m_client, &ClientPicker::edited, this, &DetailsForm::edited);
}

void DetailsForm::addRow(const QString &key, const QString &label, QWidget *editor)
{
    m_editors.insert(key, editor);
    m_labels.insert(key, label);
    auto *rowWidget = new QWidget(this);
    rowWidget->setObjectName(key + QStringLiteral("Row"));
    auto *grid = new QGridLayout(rowWidget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    auto *name = new QLabel(label, rowWidget);
    name->setBuddy(editor);
    name->setMinimumWidth(150);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    name->setContentsMargins(0, 5, 0, 0);
    auto *error = new QLabel(rowWidget);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->hide();
    editor->setParent(rowWidget);
    grid->addWidget(name, 0, 0);
    grid->addWidget(editor, 0, 1);
    grid->addWidget(error, 1, 1);
    grid->setColumnStretch(1, 1);
    m_rows.insert(key, rowWidget);
    m_errors.insert(key, error);
}

void DetailsForm::setCustomFields(const QList<CustomField> &fields)
{
    for (CustomFieldInput *input : std::as_const(m_customInputs)) {
        const QString key = input->field().key();
        delete m_rows.take(key);
        m_editors.remove(key);
        m_errors.remove(key);
        m_labels.remove(key);
    }
    m_customInputs.clear();
    for (const CustomField &field : fields) {
        auto *input = new CustomFieldInput(field, m_locale, this);
        connect(input, &CustomFieldInput::edited, this, &DetailsForm::edited);
        addRow(field.key(), field.required ? tr("%1 *:", "required field").arg(field.name)
                                           : tr("%1:", "field label").arg(field.name),
               input);
        m_rows.value(field.key())->hide();
        m_customInputs.append(input);
    }
}

void DetailsForm::setCustomValues(const CustomValues &values)
{
    const QSignalBlocker blocker(this);
    for (CustomFieldInput *input : std::as_const(m_customInputs))
        input->setValue(values.value(input->field().id));
}

CustomValues DetailsForm::customValues(QHash<QString, QString> &errors) const
{
    CustomValues values;
    for (const CustomFieldInput *input : m_customInputs) {
        const auto value = input->value();
        if (value)
            values.insert(input->field().id, *value);
        else
            errors.insert(input->field().key(), value.error().message);
    }
    return values;
}

void DetailsForm::setSections(const QList<DetailsSection> &sections)
{
    for (QWidget *row : std::as_const(m_rows)) {
        row->hide();
        row->setParent(this);
    }
    qDeleteAll(m_sectionWidgets);
    m_sectionWidgets.clear();
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0);

    for (const DetailsSection &section : sections) {
        auto *box = new QWidget(this);
        box->setObjectName(QStringLiteral("detailsSection"));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 6);
        boxLayout->setSpacing(6);
        auto *header = new QLabel(section.title, box);
        header->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt; color: #2c3e50;"
                                             " border-bottom: 1px solid #d5dde5; padding-bottom: 3px;"));
        boxLayout->addWidget(header);
        for (const QString &key : section.fields) {
            if (QWidget *row = m_rows.value(key)) {
                row->setParent(box);
                boxLayout->addWidget(row);
                row->show();
            }
        }
        m_layout->addWidget(box);
        m_sectionWidgets.append(box);
    }
    m_layout->addStretch(1);
}

void DetailsForm::setDeal(const Deal &deal)
{
    const QSignalBlocker blocker(this);
    m_currencyOfAmount = deal.currency;
    m_title->setText(deal.title);
    m_amount->setText(money::formatNumber(deal.amountMinor, deal.currency, m_locale));
    m_currency->setCurrentText(deal.currency);
    if (const int index = m_responsible->findData(deal.responsibleId); index >= 0)
        m_responsible->setCurrentIndex(index);
    else if (deal.responsibleId) {
        // A deactivated user stays shown on the deals they hold.
        m_responsible->addItem(tr("User %1").arg(deal.responsibleId), deal.responsibleId);
        m_responsible->setCurrentIndex(m_responsible->count() - 1);
    }
    selectCode(m_type, deal.typeCode);
    selectCode(m_source, deal.sourceCode);
    m_begin->setDate(deal.beginDate.isValid() ? deal.beginDate : NoDate);
    m_close->setDate(deal.closeDate.isValid() ? deal.closeDate : NoDate);
    m_probability->setValue(deal.probability.value_or(-1));
    m_comment->setPlainText(deal.comment);
    m_repeat->setText(deal.id == 0 ? tr("Decided when the deal is saved")
                      : deal.isRepeat ? tr("Repeat: this client already won a deal before")
                                      : tr("New client"));
    m_repeat->setStyleSheet(deal.isRepeat ? QStringLiteral("color: #1e7d4f; font-weight: bold;") : QString());
    m_amount->setReadOnly(!deal.amountManual && !deal.products.isEmpty());
}

void DetailsForm::setAmountFollowsRows(bool follows, qint64 totalMinor)
{
    m_amount->setReadOnly(follows);
    // Read-only looks read-only: the amount comes from the Products tab.
    m_amount->setStyleSheet(follows ? QStringLiteral("QLineEdit { background: #eef1f4; color: #3d4a57; }") : QString());
    m_amount->setToolTip(follows ? tr("The amount follows the product rows; switch it off on the Products tab to type one")
                                 : QString());
    if (follows)
        m_amount->setText(money::formatNumber(totalMinor, m_currency->currentText().trimmed(), m_locale));
}

QHash<QString, QString> DetailsForm::applyTo(Deal &deal) const
{
    QHash<QString, QString> errors;
    deal.title = m_title->text().trimmed();
    if (deal.title.isEmpty())
        errors.insert(QStringLiteral("title"), tr("A deal needs a title."));
    deal.currency = m_currency->currentText().trimmed().toUpper();
    if (!money::isValidCurrencyCode(deal.currency))
        errors.insert(QStringLiteral("amount"), tr("“%1” is not a currency code (three capital letters, e.g. EUR).")
                                                   .arg(m_currency->currentText()));
    else if (!m_amount->isReadOnly()) {
        const QString text = m_amount->text().trimmed();
        const auto amount = text.isEmpty() ? Result<qint64>(qint64(0)) : money::parse(text, deal.currency, m_locale);
        if (amount)
            deal.amountMinor = *amount;
        else
            errors.insert(QStringLiteral("amount"), amount.error().message);
    }
    deal.responsibleId = m_responsible->currentData().toLongLong();
    deal.typeCode = m_type->currentData().toString();
    deal.sourceCode = m_source->currentData().toString();
    deal.beginDate = dateOf(m_begin);
    deal.closeDate = dateOf(m_close);
    if (deal.beginDate.isValid() && deal.closeDate.isValid() && deal.closeDate < deal.beginDate)
        errors.insert(QStringLiteral("close_date"), tr("The expected close date comes before the begin date."));
    deal.probability = m_probability->value() < 0 ? std::nullopt : std::optional<int>(m_probability->value());
    deal.comment = m_comment->toPlainText();
    return errors;
}

QString DetailsForm::fieldKeyFor(const QString &coreField)
{
    if (coreField == QLatin1String("company") || coreField == QLatin1String("contact"))
        return QStringLiteral("client");
    if (coreField == QLatin1String("currency"))
        return QStringLiteral("amount");
    return coreField;
}

QStringList DetailsForm::showErrors(const QHash<QString, QString> &errors)
{
    QStringList elsewhere;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty() && m_rows.value(it.key())->isVisibleTo(this));
    }
    bool focused = false;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        QWidget *rowWidget = m_rows.value(it.key());
        if (!rowWidget || !rowWidget->isVisibleTo(this)) {
            elsewhere << it.value();
            continue;
        }
        if (!focused) {
            m_editors.value(it.key())->setFocus();
            focused = true;
        }
    }
    return elsewhere;
}

} // namespace comptoir
