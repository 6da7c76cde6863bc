// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace comptoir {

// Free-text search over deals (migration 0002): FTS5 indexes of deal titles and comments,
// company and contact names and comments, and e-mail addresses and phone numbers, tokenised
// with unicode61 and remove_diacritics 2 so that "Hélène" and "helene" are the same word, with
// prefix indexes so that typing "hel" finds both.

// The words of what the user typed, each as an FTS5 prefix query ("\"hel\"*"): quoted, so that
// no FTS5 operator (AND, NEAR, column filters, ^) typed by the user means anything. Empty when
// the text holds no letter or digit.
QStringList searchTerms(const QString &text);

// A condition on the deals table aliased `d`: every word is found in the deal, its company or
// one of its contacts (names, e-mails, phones, comments). Values are appended to `values`.
// Returns an empty string when `text` holds no word (no condition).
QString searchCondition(const QString &text, QVariantList &values);

} // namespace comptoir
