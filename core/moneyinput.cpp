// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyinput.h"

#include "money.h"

#include <QRegularExpression>

namespace comptoir::money {

Result<TypedAmount> parseTyped(const QString &text, const QStringList &known, const QString &fallback,
                               const QLocale &locale)
{
    QString rest = text.trimmed();
    QString currency = fallback;
    // The longest token first: a code ("USD") or a symbol ("CA$" before "$").
    QList<std::pair<QString, QString>> tokens; // token, code
    for (const QString &code : known) {
        tokens.append({code, code});
        const QString sym = symbol(code, locale);
        if (!sym.isEmpty() && sym.compare(code, Qt::CaseInsensitive) != 0)
            tokens.append({sym, code});
    }
    std::stable_sort(tokens.begin(), tokens.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[token, code] : std::as_const(tokens)) {
        const bool word = token.front().isLetter();
        // A code stands alone ("12 usd", "USD12"); a symbol may touch the digits ("$12").
        const QString pattern = word ? QStringLiteral("(?<![\\p{L}])%1(?![\\p{L}])").arg(QRegularExpression::escape(token))
                                     : QRegularExpression::escape(token);
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        const auto match = re.match(rest);
        if (match.hasMatch()) {
            currency = code;
            rest.remove(match.capturedStart(), match.capturedLength());
            rest = rest.trimmed();
            break;
        }
    }
    auto minor = parse(rest, currency, locale);
    if (!minor)
        return minor.error();
    return TypedAmount{*minor, currency};
}

} // namespace comptoir::money
