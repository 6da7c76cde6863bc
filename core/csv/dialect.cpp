// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/dialect.h"

#include "csv/text_p.h"

namespace comptoir::csv {

Status validateDialect(const Dialect &dialect)
{
    auto isLineBreak = [](QChar c) { return c == u'\n' || c == u'\r'; };
    if (dialect.delimiter.isNull() || isLineBreak(dialect.delimiter))
        return Error::invalid(Csv::tr("Choose a delimiter other than a line break."),
                              QStringLiteral("delimiter"));
    if (isLineBreak(dialect.quote) || isLineBreak(dialect.escape))
        return Error::invalid(Csv::tr("A line break cannot be the quote or escape character."),
                              QStringLiteral("quote"));
    if (dialect.delimiter == dialect.quote || dialect.delimiter == dialect.escape)
        return Error::invalid(
            Csv::tr("The delimiter \"%1\" cannot also be the quote or escape character.")
                .arg(delimiterName(dialect.delimiter)),
            QStringLiteral("delimiter"));
    if (dialect.skipRows < 0)
        return Error::invalid(Csv::tr("The number of lines to skip cannot be negative."),
                              QStringLiteral("skipRows"));
    return {};
}

QList<QChar> candidateDelimiters()
{
    return { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|') };
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return Csv::tr("comma");
    case u';':
        return Csv::tr("semicolon");
    case u'\t':
        return Csv::tr("tab");
    case u'|':
        return Csv::tr("vertical bar");
    case u' ':
        return Csv::tr("space");
    default:
        return QString(delimiter);
    }
}

QString lineEndName(LineEnd lineEnd)
{
    switch (lineEnd) {
    case LineEnd::CrLf:
        return Csv::tr("CR LF (Windows)");
    case LineEnd::Lf:
        return Csv::tr("LF (Unix, macOS)");
    case LineEnd::Cr:
        return Csv::tr("CR (old Mac)");
    case LineEnd::Unknown:
        break;
    }
    return Csv::tr("unknown");
}

} // namespace comptoir::csv
