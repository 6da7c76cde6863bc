// SPDX-License-Identifier: GPL-3.0-or-later
// A row of an import: its values read under the rules, and the errors of a row with their
// place (line, column, header), in the summary and in the error file.
#include "import/importrun_p.h"

#include "csv/values.h"

#include <QCoreApplication>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

QString Run::text(const csv::Record &record, Field field) const
{
    const int column = m_columns[int(field)];
    if (column < 0 || column >= record.fields.size())
        return {};
    return record.fields.at(column).trimmed();
}

void Run::rowError(const csv::Record &record, Field field, const QString &reason)
{
    const int column = m_columns[int(field)];
    RowError error;
    error.line = record.line;
    error.column = 1;
    if (column >= 0 && column < record.positions.size()) {
        error.line = record.positions.at(column).line;
        error.column = record.positions.at(column).column;
    }
    error.message = Text::tr("Line %1, column %2 (%3): %4")
                        .arg(error.line)
                        .arg(error.column)
                        .arg(column >= 0 ? m_header.value(column) : fieldLabel(field), reason);
    ++m_summary.errorCount;
    if (m_summary.errors.size() < m_request.maxErrors)
        m_summary.errors.append(error);
    if (!m_request.skipErrorRows) {
        m_writing = false;
        return;
    }
    if (m_errorFile.isOpen()) {
        const auto quoted = [](const QString &text) {
            QString q = text;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QLatin1Char('"') + q + QLatin1Char('"');
        };
        const QString name = column >= 0 ? m_header.value(column) : fieldLabel(field);
        m_errorFile.write((QString::number(error.line) + QLatin1Char(',') + QString::number(error.column)
                           + QLatin1Char(',') + quoted(name) + QLatin1Char(',') + quoted(reason) + QLatin1String("\r\n"))
                              .toUtf8());
    }
}

Status Run::openErrorFile()
{
    if (!m_request.skipErrorRows || m_request.errorFile.isEmpty())
        return {};
    m_errorFile.setFileName(m_request.errorFile);
    if (!m_errorFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error { Error::Code::Io, Text::tr("Cannot write the errors to \"%1\": %2")
                                            .arg(m_request.errorFile, m_errorFile.errorString()), {}, {} };
    }
    m_errorFile.write(QByteArrayLiteral("\xEF\xBB\xBFline,column,field,message\r\n")); // a BOM: Excel reads UTF-8
    return {};
}

void Run::outcome(qint64 line, RowAction action, const QString &title)
{
    if (m_summary.outcomes.size() < m_request.maxOutcomes)
        m_summary.outcomes.append({ line, action, title });
}

bool Run::parseRow(const csv::Record &record, RowValues &row)
{
    const qint64 errorsBefore = m_summary.errorCount;
    const csv::NumberFormat &numbers = m_request.rules.numbers;
    row = RowValues {};
    row.externalId = text(record, Field::ExternalId);
    row.stage = text(record, Field::Stage);
    row.pipeline = text(record, Field::Pipeline);
    row.responsible = text(record, Field::Responsible);
    row.type = text(record, Field::Type);
    row.source = text(record, Field::Source);
    row.comment = text(record, Field::Comment);
    row.company = text(record, Field::CompanyName);
    row.firstName = text(record, Field::ContactFirstName);
    row.lastName = text(record, Field::ContactLastName);
    const QString fullName = text(record, Field::ContactFullName);
    if (row.firstName.isEmpty() && row.lastName.isEmpty() && !fullName.isEmpty()) {
        const int space = fullName.lastIndexOf(QLatin1Char(' '));
        row.firstName = space > 0 ? fullName.left(space).trimmed() : QString();
        row.lastName = space > 0 ? fullName.mid(space + 1) : fullName;
    }
    row.email = text(record, Field::Email).toLower();
    row.phone = text(record, Field::Phone);
    row.hasContact = !row.firstName.isEmpty() || !row.lastName.isEmpty() || !row.email.isEmpty()
                     || !row.phone.isEmpty();

    row.currency = m_request.rules.currency;
    const QString currency = text(record, Field::Currency).toUpper();
    if (!currency.isEmpty()) {
        // The amount parser knows the currencies; an unknown code is refused there.
        auto known = csv::parseAmount(QStringLiteral("0 ") + currency, numbers, row.currency);
        if (!known)
            rowError(record, Field::Currency, Text::tr("\"%1\" is not a currency the import knows.").arg(currency));
        else
            row.currency = known->currency;
    }
    const QString amount = text(record, Field::Amount);
    if (!amount.isEmpty()) {
        auto parsed = csv::parseAmount(amount, numbers, row.currency);
        if (!parsed) {
            rowError(record, Field::Amount, parsed.error().message);
        } else {
            if (parsed->currencyWritten && !currency.isEmpty() && parsed->currency != row.currency)
                rowError(record, Field::Amount, Text::tr("the amount is in %1 but the currency column says %2.")
                                                    .arg(parsed->currency, row.currency));
            row.amount = parsed->minor;
            row.currency = parsed->currency;
        }
    }
    auto date = [&](Field field, QString &out, bool instant) {
        const QString value = text(record, field);
        if (value.isEmpty())
            return;
        auto parsed = csv::parseDateTime(value, m_dateOrder);
        if (!parsed) {
            rowError(record, field, parsed.error().message);
            return;
        }
        if (!instant) {
            out = parsed->date.toString(Qt::ISODate);
            return;
        }
        QDateTime at(parsed->date, parsed->time.value_or(QTime(0, 0)), Qt::LocalTime);
        if (parsed->utcOffsetSeconds)
            at = QDateTime(parsed->date, parsed->time.value_or(QTime(0, 0)), Qt::OffsetFromUTC, *parsed->utcOffsetSeconds);
        out = toStoredInstant(at);
    };
    date(Field::BeginDate, row.beginDate, false);
    date(Field::CloseDate, row.closeDate, false);
    date(Field::CreatedDate, row.createdAt, true);
    date(Field::ActivityDate, row.activityAt, true);
    row.activityType = text(record, Field::ActivityType);
    row.activityText = text(record, Field::ActivityText);
    const QString probability = text(record, Field::Probability);
    if (!probability.isEmpty()) {
        auto parsed = csv::parsePercent(probability, numbers);
        if (!parsed)
            rowError(record, Field::Probability, parsed.error().message);
        else if (*parsed < 0 || *parsed > 10000)
            rowError(record, Field::Probability, Text::tr("a probability lies between 0 and 100 %."));
        else
            row.probability = (*parsed + 50) / 100;
    }

    row.productName = text(record, Field::ProductName);
    row.hasProduct = !row.productName.isEmpty();
    if (row.hasProduct) {
        const QString quantity = text(record, Field::Quantity);
        if (!quantity.isEmpty()) {
            auto parsed = csv::parseScaled(quantity, numbers, 3);
            if (!parsed)
                rowError(record, Field::Quantity, parsed.error().message);
            else
                row.quantityMilli = *parsed;
        }
        const QString price = text(record, Field::Price);
        if (!price.isEmpty()) {
            auto parsed = csv::parseAmount(price, numbers, row.currency);
            if (!parsed)
                rowError(record, Field::Price, parsed.error().message);
            else
                row.priceMinor = parsed->minor;
        }
        for (auto [field, out] : { std::pair { Field::Discount, &row.discountBp }, std::pair { Field::Tax, &row.taxBp } }) {
            const QString value = text(record, field);
            if (value.isEmpty())
                continue;
            auto parsed = csv::parsePercent(value, numbers);
            if (!parsed || *parsed < 0 || (field == Field::Discount && *parsed > 10000))
                rowError(record, field, parsed ? Text::tr("\"%1\" is not a percentage between 0 and 100.").arg(value)
                                               : parsed.error().message);
            else
                *out = *parsed;
        }
    }

    if (m_request.kind != ImportKind::Deals) {
        // The row's name in the dry run's list; what a row of its kind needs is checked as it is written.
        row.title = !row.company.isEmpty() && m_request.kind == ImportKind::Companies ? row.company
                  : !row.productName.isEmpty()                                      ? row.productName
                  : !row.activityText.isEmpty()                                     ? row.activityText.left(80)
                  : !fullName.isEmpty() ? fullName
                                        : (row.firstName + QLatin1Char(' ') + row.lastName).trimmed();
        return m_summary.errorCount == errorsBefore;
    }
    row.title = text(record, Field::Title);
    if (row.title.isEmpty())
        row.title = !row.company.isEmpty() ? row.company
                  : !fullName.isEmpty()   ? fullName
                                          : (row.firstName + QLatin1Char(' ') + row.lastName).trimmed();
    if (row.title.isEmpty())
        row.title = row.externalId;
    if (row.title.isEmpty())
        rowError(record, Field::Title, Text::tr("the row has no title (nor a company, contact or id to name the deal)."));
    return m_summary.errorCount == errorsBefore;
}

} // namespace comptoir::import
