// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Search words tested against a deal's own text, for the head of a searched list
// (dealhead.cpp): a one-letter word has no prefix index in FTS5 (prefix = '2 3'), and the ids
// it reaches are most of the deals (a two-letter one's often a tenth), too many to read on a
// keystroke. The few deals the head tests are tested by their text instead, folded as the
// search indexes fold it.

#include "entities.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace comptoir {

// A word folded as FTS5's unicode61 tokenizer with remove_diacritics 2 folds it: lower case,
// without accents ("Hélène" -> "helene").
QString foldSearchText(QStringView text);

// Whether a word of `text` (a run of letters and digits, as unicode61 cuts them) starts with
// `foldedPrefix` once folded.
bool hasWordStartingWith(QStringView text, QStringView foldedPrefix);

// Tests deals against up to 32 folded words by the text the search indexes hold for them:
// the deal's title and comment, its company's name, comment, e-mails and phones, and the same
// of its contacts. Companies and contacts are read once and remembered, as many deals share
// them.
class DealTextMatcher
{
    Q_DISABLE_COPY_MOVE(DealTextMatcher)
public:
    static constexpr int MaxWords = 32;

    DealTextMatcher(sqlite3 *db, const QStringList &foldedWords);
    ~DealTextMatcher();
    bool isEmpty() const { return m_words.isEmpty(); }
    bool ok() const { return m_ok; }

    // Whether every word is found in the deal's text, its company's or one of its contacts'.
    bool matches(Id dealId, QStringView title, QStringView comment, Id companyId);

private:
    using Mask = quint32;
    // A company or a contact: its text by id, its e-mails and phones, the words found for each.
    struct Owner
    {
        sqlite3_stmt *row = nullptr;
        int columns = 0;
        sqlite3_stmt *channels = nullptr;
        QHash<Id, Mask> masks;
    };
    Mask textMask(QStringView text) const;
    Mask channelsMask(sqlite3_stmt *statement, Id owner);
    Mask ownerMask(Owner &owner, Id id);
    Mask all() const { return m_words.size() == MaxWords ? ~Mask(0) : (Mask(1) << m_words.size()) - 1; }

    sqlite3 *m_db;
    QStringList m_words;
    bool m_ok = true;
    Owner m_company;
    Owner m_contact;
    sqlite3_stmt *m_contactsOfDeal = nullptr;
};

} // namespace comptoir
