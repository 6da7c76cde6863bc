// SPDX-License-Identifier: GPL-3.0-or-later
#include "productspage.h"

#include "money.h"
#include "productcataloguemodel.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir {

namespace {

const QString errorStyle = QStringLiteral("color: #8e2a1f;");

// The currency cell is edited with the currency list, as in the form.
class CurrencyDelegate final : public QStyledItemDelegate
{
public:
    explicit CurrencyDelegate(ProductCatalogueModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(m_model->currencies());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findText(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }

private:
    ProductCatalogueModel *m_model;
};

} // namespace

ProductsPage::ProductsPage(Workspace &workspace, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("productsPage"));
    m_model = new ProductCatalogueModel(workspace, locale, this);
    m_model->setErrorHandler([this](const Error &error) { m_message->setText(error.message); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("productCatalogue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductCatalogueModel::NameColumn, QHeaderView::Stretch);
    for (int column = ProductCatalogueModel::PriceColumn; column < ProductCatalogueModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setItemDelegateForColumn(ProductCatalogueModel::CurrencyColumn, new CurrencyDelegate(m_model, m_table));
    m_table->setToolTip(tr("Double-click or F2 edits a cell; unchecked products are no longer offered on deals"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("productsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(errorStyle);

    m_formTitle = new QLabel(this);
    m_formTitle->setObjectName(QStringLiteral("productFormTitle"));
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productName"));
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setPlaceholderText(money::formatNumber(123450, QStringLiteral("EUR"), locale));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("productCurrency"));
    m_tax = new QLineEdit(this);
    m_tax->setObjectName(QStringLiteral("productTax"));
    m_tax->setPlaceholderText(products::formatPercent(2000, locale));
    m_taxIncluded = new QCheckBox(tr("The price &includes the tax"), this);
    m_taxIncluded->setObjectName(QStringLiteral("productTaxIncluded"));
    m_active = new QCheckBox(tr("Acti&ve: offered on new product rows"), this);
    m_active->setObjectName(QStringLiteral("productActive"));

    auto *form = new QFormLayout;
    const auto addField = [this, form](const QString &label, QWidget *field, const QString &key) {
        auto *error = new QLabel(this);
        error->setObjectName(key + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(errorStyle);
        error->hide();
        m_errors.insert(key, error);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(error);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, column);
    };
    addField(tr("N&ame:"), m_name, QStringLiteral("name"));
    addField(tr("Unit pri&ce:"), m_price, QStringLiteral("price"));
    addField(tr("C&urrency:"), m_currency, QStringLiteral("currency"));
    addField(tr("Ta&x rate:"), m_tax, QStringLiteral("tax"));
    form->addRow(QString(), m_taxIncluded);
    form->addRow(QString(), m_active);

    auto *newButton = new QPushButton(tr("&New product"), this);
    newButton->setObjectName(QStringLiteral("newProductButton"));
    m_save = new QPushButton(tr("&Save product"), this);
    m_save->setObjectName(QStringLiteral("saveProductButton"));
    m_toggle = new QPushButton(tr("Deac&tivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleProductButton"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        startNew();
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_name, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_price, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_tax, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_toggle, &QPushButton::clicked, this, [this] { (void)toggleActive(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProductsPage::rowSelected);
    // After a rename reorders the rows the model resets: keep the edited product selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_edited)
            selectProduct(m_edited);
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_edited && m_model->rowOf(m_edited) >= 0 && !m_name->hasFocus() && !m_price->hasFocus()
            && !m_tax->hasFocus())
            showProduct(m_model->productAt(m_model->rowOf(m_edited)));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_save);
    auto *side = new QVBoxLayout;
    side->addWidget(m_formTitle);
    side->addLayout(form);
    side->addLayout(buttons);
    side->addStretch(1);
    auto *left = new QVBoxLayout;
    auto *caption = new QLabel(tr("Product catalogue"), this);
    left->addWidget(caption);
    left->addWidget(m_table, 1);
    left->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(side, 2);

    if (m_model->rowCount() > 0)
        selectProduct(m_model->productAt(0).id);
    else
        startNew();
}

QString ProductsPage::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProductsPage::fillCurrencies(const QString &current)
{
    m_currency->clear();
    m_currency->addItems(m_model->currencies());
    if (!current.isEmpty() && m_currency->findText(current) < 0)
        m_currency->addItem(current);
    m_currency->setCurrentIndex(std::max(0, m_currency->findText(current)));
}

void ProductsPage::showProduct(const Product &product)
{
    const ProductCatalogueModel::Input input = m_model->inputFor(product);
    m_name->setText(input.name);
    m_price->setText(product.id ? input.price : QString());
    fillCurrencies(input.currency);
    m_tax->setText(product.id ? input.tax : QString());
    m_taxIncluded->setChecked(input.taxIncluded);
    m_active->setChecked(input.active);
    updateButtons();
}

void ProductsPage::startNew()
{
    m_edited = 0;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    clearErrors();
    Product blank;
    const QStringList currencies = m_model->currencies();
    blank.currency = currencies.contains(QStringLiteral("EUR")) ? QStringLiteral("EUR") : currencies.value(0);
    showProduct(blank);
}

void ProductsPage::selectProduct(Id productId)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, ProductCatalogueModel::NameColumn));
    m_table->selectRow(row);
    if (m_edited != productId) {
        m_edited = productId;
        clearErrors();
        showProduct(m_model->productAt(row));
    }
}

void ProductsPage::rowSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Product product = m_model->productAt(current.row());
    if (product.id == m_edited)
        return;
    m_edited = product.id;
    clearErrors();
    m_message->clear();
    showProduct(product);
}

void ProductsPage::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void ProductsPage::showError(const Error &error)
{
    clearErrors();
    if (QLabel *label = m_errors.value(error.field)) {
        label->setText(error.message);
        label->show();
        const QHash<QString, QWidget *> fields{{QStringLiteral("name"), m_name},
                                               {QStringLiteral("price"), m_price},
                                               {QStringLiteral("currency"), m_currency},
                                               {QStringLiteral("tax"), m_tax}};
        if (QWidget *field = fields.value(error.field))
            field->setFocus();
    } else {
        m_message->setText(error.message);
    }
}

Result<Product> ProductsPage::save()
{
    const ProductCatalogueModel::Input input{m_name->text(), m_price->text(), m_currency->currentText(), m_tax->text(),
                                             m_taxIncluded->isChecked(), m_active->isChecked()};
    const auto saved = m_edited ? m_model->update(m_edited, input) : m_model->add(input);
    if (!saved) {
        showError(saved.error());
        return saved.error();
    }
    clearErrors();
    m_message->clear();
    m_edited = 0; // selectProduct shows the stored product (its price as the locale writes it)
    selectProduct(saved->id);
    return saved;
}

Status ProductsPage::toggleActive()
{
    if (!m_edited)
        return Error::invalid(tr("Select a product first."));
    const Product product = m_model->productAt(m_model->rowOf(m_edited));
    const Status status = m_model->setActive(m_edited, !product.active);
    m_message->setText(status ? QString() : status.error().message);
    if (status)
        showProduct(m_model->productAt(m_model->rowOf(m_edited)));
    return status;
}

void ProductsPage::updateButtons()
{
    const int row = m_edited ? m_model->rowOf(m_edited) : -1;
    m_toggle->setEnabled(row >= 0);
    const bool active = row < 0 || m_model->productAt(row).active;
    m_toggle->setText(active ? tr("Deac&tivate") : tr("Reac&tivate"));
    m_toggle->setToolTip(active ? tr("No longer offered on new product rows; deals that use it keep it")
                                : tr("Offered again on new product rows"));
    m_formTitle->setText(row >= 0 ? tr("Edit “%1”").arg(m_model->productAt(row).name) : tr("New product"));
}

} // namespace comptoir
