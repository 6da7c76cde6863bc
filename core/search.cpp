// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

namespace comptoir {

namespace {

// One word, found in the deal's own text, its company's (name, comment, e-mails, phones) or
// one of its contacts'. Each index answers with the rowids of what it indexes; the deals of
// those companies and contacts come from their indexes (deals_company, deal_contacts).
const QString WordCondition = QStringLiteral(
    "d.id IN ("
    "SELECT rowid FROM deal_search WHERE deal_search MATCH ? "
    "UNION SELECT x.id FROM deals x WHERE x.company_id IS NOT NULL AND x.company_id IN ("
    "SELECT rowid FROM company_search WHERE company_search MATCH ? "
    "UNION SELECT ch.company_id FROM channels ch WHERE ch.company_id IS NOT NULL AND ch.id IN ("
    "SELECT rowid FROM channel_search WHERE channel_search MATCH ?)) "
    "UNION SELECT dc.deal_id FROM deal_contacts dc WHERE dc.contact_id IN ("
    "SELECT rowid FROM contact_search WHERE contact_search MATCH ? "
    "UNION SELECT ch.contact_id FROM channels ch WHERE ch.contact_id IS NOT NULL AND ch.id IN ("
    "SELECT rowid FROM channel_search WHERE channel_search MATCH ?)))");
constexpr int MarksPerWord = 5;

} // namespace

QStringList searchTerms(const QString &text)
{
    // Composed first: a decomposed "é" is a letter and a combining mark, which would cut the word.
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QStringList terms;
    QString word;
    auto flush = [&terms, &word] {
        if (!word.isEmpty()) {
            // Only letters and digits reach here; the quotes make it a plain FTS5 string.
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
            word.clear();
        }
    };
    for (const QChar c : composed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    terms.removeDuplicates();
    return terms;
}

QString searchCondition(const QString &text, QVariantList &values)
{
    const QStringList terms = searchTerms(text);
    QStringList conditions;
    for (const QString &term : terms) {
        conditions << WordCondition;
        for (int i = 0; i < MarksPerWord; ++i)
            values << term;
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace comptoir
