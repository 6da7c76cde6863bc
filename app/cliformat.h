// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealquery.h"
#include "entities.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace comptoir::app {

// Aligned plain-text columns, two spaces apart; numbers right-aligned.
class TextTable final
{
public:
    enum class Align { Left, Right };
    explicit TextTable(QStringList header, QList<Align> aligns = {});
    void addRow(const QStringList &cells);
    // Widens the columns for these cells without keeping them (for output printed in pages).
    void measure(const QStringList &cells);
    QString header() const;
    QString format(const QStringList &cells) const;
    QString render() const; // header and every row added

private:
    QStringList m_header;
    QList<Align> m_aligns;
    QList<int> m_widths;
    QList<QStringList> m_rows;
};

// "key: value" lines with the values aligned.
QString formatFields(const QList<std::pair<QString, QString>> &fields);

// JSON: amounts are decimal strings ("1234.50"), instants UTC ISO 8601, dates YYYY-MM-DD,
// and what is not there is null.
QJsonObject dealToJson(const DealRow &row);
QJsonObject historyToJson(const HistoryEvent &event);
QJsonObject totalsToJson(const QMap<QString, qint64> &totals);
QJsonObject pipelineToJson(const Pipeline &pipeline, bool withStages);
void printJson(const QJsonValue &value);

// Human text in the default locale (set by --lang): "1 234,50 €", dates in short format.
QString formatAmount(qint64 minor, const QString &currency);
QString formatTotals(const QMap<QString, qint64> &totals);
QString formatDate(const QDate &date);
QString formatInstant(const QDateTime &instant);
QString semanticText(StageSemantic semantic);

// A deal id from the command line; the error quotes the text.
Result<Id> parseId(const QString &text);

} // namespace comptoir::app
