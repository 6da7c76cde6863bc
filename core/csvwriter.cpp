// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

namespace comptoir::csv {

namespace {
constexpr qsizetype FlushAt = 256 * 1024;
}

QString neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString quoted(const QString &field, QChar delimiter)
{
    bool needs = !field.isEmpty() && (field.front() == u' ' || field.back() == u' ');
    for (const QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

Writer::Writer(QIODevice *device, WriterOptions options)
    : m_device(device), m_options(options), m_delimiter(options.delimiter.toLatin1())
{
    m_buffer.reserve(FlushAt + 64 * 1024);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

Writer::~Writer()
{
    flush();
}

void Writer::writeRecord(const QStringList &fields, const QList<bool> &isText)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        const bool text = i >= isText.size() || isText[i];
        line += quoted(text && m_options.neutraliseFormulas ? neutralised(fields[i]) : fields[i], m_options.delimiter);
    }
    line += QLatin1String("\r\n");
    m_buffer.append(line.toUtf8());
    if (m_buffer.size() >= FlushAt)
        flush();
}

void Writer::addField(QByteArrayView utf8, bool isText)
{
    if (m_fields++ > 0)
        m_buffer.append(m_delimiter);
    const bool neutralise = isText && m_options.neutraliseFormulas && !utf8.isEmpty()
        && (utf8.front() == '=' || utf8.front() == '+' || utf8.front() == '-' || utf8.front() == '@'
            || utf8.front() == '\t' || utf8.front() == '\r' || utf8.front() == '\n');
    // As quoted(): the delimiter, a quote, CR or LF anywhere, or a space at either end.
    bool needs = !utf8.isEmpty() && ((!neutralise && utf8.front() == ' ') || utf8.back() == ' ');
    for (qsizetype i = 0; !needs && i < utf8.size(); ++i) {
        const char c = utf8[i];
        needs = c == m_delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (!needs) {
        if (neutralise)
            m_buffer.append('\'');
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    if (neutralise)
        m_buffer.append('\'');
    for (const char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void Writer::endRecord()
{
    m_buffer.append("\r\n", 2);
    m_fields = 0;
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool Writer::flush()
{
    if (!m_buffer.isEmpty() && m_ok) {
        m_ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace comptoir::csv
