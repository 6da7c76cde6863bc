// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealtextmatch.h"

#include <sqlite3.h>

namespace comptoir {

namespace {

bool isMark(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing;
}

// unicode61's token characters: letters, digits, private use; marks are folded away.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse || isMark(c);
}

// The base letter of a precomposed one, lower case: 'É' -> 'e'.
QChar fold(QChar c)
{
    for (int depth = 0; depth < 4 && c.decompositionTag() == QChar::Canonical; ++depth) {
        const QString d = c.decomposition();
        if (d.isEmpty())
            break;
        c = d.front();
    }
    return c.toCaseFolded();
}

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql, bool &ok)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        ok = false;
    return statement;
}

} // namespace

QString foldSearchText(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        if (!isMark(c))
            folded += fold(c);
    }
    return folded;
}

bool hasWordStartingWith(QStringView text, QStringView foldedPrefix)
{
    if (foldedPrefix.isEmpty())
        return true;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        // A word starts at i: compare its folded letters with the prefix, marks skipped.
        qsizetype matched = 0;
        qsizetype j = i;
        for (; j < n && isWordChar(text[j]) && matched < foldedPrefix.size(); ++j) {
            if (isMark(text[j]))
                continue;
            if (fold(text[j]) != foldedPrefix[matched])
                break;
            ++matched;
        }
        if (matched == foldedPrefix.size())
            return true;
        while (j < n && isWordChar(text[j]))
            ++j;
        i = j;
    }
    return false;
}

DealTextMatcher::DealTextMatcher(sqlite3 *db, const QStringList &foldedWords)
    : m_db(db)
    , m_words(foldedWords.mid(0, MaxWords))
{
    if (m_words.isEmpty())
        return;
    m_company = {prepare(db, "SELECT name, comment FROM companies WHERE id = ?", m_ok), 2,
                 prepare(db, "SELECT value FROM channels WHERE company_id = ?", m_ok), {}};
    m_contact = {prepare(db, "SELECT first_name, last_name, comment FROM contacts WHERE id = ?", m_ok), 3,
                 prepare(db, "SELECT value FROM channels WHERE contact_id = ?", m_ok), {}};
    m_contactsOfDeal = prepare(db, "SELECT contact_id FROM deal_contacts WHERE deal_id = ?", m_ok);
}

DealTextMatcher::~DealTextMatcher()
{
    for (sqlite3_stmt *statement : {m_company.row, m_company.channels, m_contact.row, m_contact.channels, m_contactsOfDeal})
        sqlite3_finalize(statement);
}

DealTextMatcher::Mask DealTextMatcher::textMask(QStringView text) const
{
    Mask mask = 0;
    for (int w = 0; w < m_words.size(); ++w) {
        if (hasWordStartingWith(text, m_words[w]))
            mask |= Mask(1) << w;
    }
    return mask;
}

// A phone's digits alone are indexed too ("33123" for "+33 1 23"); for the one-letter words
// tested here, the first digit of the number is also the first of its first written group.
DealTextMatcher::Mask DealTextMatcher::channelsMask(sqlite3_stmt *statement, Id owner)
{
    Mask mask = 0;
    sqlite3_reset(statement);
    sqlite3_bind_int64(statement, 1, owner);
    while (mask != all() && sqlite3_step(statement) == SQLITE_ROW)
        mask |= textMask(columnText(statement, 0));
    return mask;
}

// The words found in a company's or a contact's text (the first `columns` columns `row`
// reads by id) and in its e-mails and phones, read once.
DealTextMatcher::Mask DealTextMatcher::ownerMask(Owner &owner, Id id)
{
    if (const auto it = owner.masks.constFind(id); it != owner.masks.constEnd())
        return *it;
    Mask mask = 0;
    sqlite3_reset(owner.row);
    sqlite3_bind_int64(owner.row, 1, id);
    if (sqlite3_step(owner.row) == SQLITE_ROW) {
        for (int column = 0; column < owner.columns; ++column)
            mask |= textMask(columnText(owner.row, column));
    }
    if (mask != all())
        mask |= channelsMask(owner.channels, id);
    owner.masks.insert(id, mask);
    return mask;
}

bool DealTextMatcher::matches(Id dealId, QStringView title, QStringView comment, Id companyId)
{
    if (m_words.isEmpty())
        return true;
    Mask mask = textMask(title) | textMask(comment);
    if (mask != all() && companyId > 0)
        mask |= ownerMask(m_company, companyId);
    if (mask == all())
        return true;
    sqlite3_reset(m_contactsOfDeal);
    sqlite3_bind_int64(m_contactsOfDeal, 1, dealId);
    QList<Id> contacts;
    while (sqlite3_step(m_contactsOfDeal) == SQLITE_ROW)
        contacts << sqlite3_column_int64(m_contactsOfDeal, 0);
    for (const Id contact : std::as_const(contacts)) {
        mask |= ownerMask(m_contact, contact);
        if (mask == all())
            return true;
    }
    return false;
}

} // namespace comptoir
