// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/dialect.h"

#include "csv/text_p.h"

namespace comptoir::csv {

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
