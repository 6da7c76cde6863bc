// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/encoding.h"

#include "csv/text_p.h"

#include <QIODevice>

namespace comptoir::csv {
namespace {

constexpr int HeadBytes = 16;

bool isDigitOrSpace(uchar b)
{
    return (b >= '0' && b <= '9') || b == ' ' || b == 0xA0;
}

bool isLetter(uchar b)
{
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b >= 0xC0;
}

// Bytes no text file holds: C0 controls other than tab, line feed, vertical tab, form feed,
// carriage return, SUB (the old DOS end-of-file mark) and ESC.
bool isStrayControl(uchar b)
{
    return b < 0x20 && b != 0 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r'
        && b != 0x1A && b != 0x1B;
}

bool isWindows1252Undefined(uchar b)
{
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

struct Signature
{
    QByteArray magic;
    const char *what; // translated in binaryFileMessage()
};

// Files people pick by mistake in an import dialog.
const QList<Signature> &signatures()
{
    static const QList<Signature> list = {
        { QByteArray("PK\x03\x04", 4),
          QT_TRANSLATE_NOOP("Csv",
                            "This looks like an Excel workbook (.xlsx) or another zipped "
                            "document, not a CSV file. Open it in your spreadsheet and "
                            "save it as CSV first.") },
        { QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
          QT_TRANSLATE_NOOP("Csv",
                            "This looks like an Excel 97-2003 workbook (.xls), not a CSV "
                            "file. Open it in your spreadsheet and save it as CSV first.") },
        { QByteArray("%PDF"), QT_TRANSLATE_NOOP("Csv", "This is a PDF document, not a CSV file.") },
        { QByteArray("SQLite format 3\0", 16),
          QT_TRANSLATE_NOOP("Csv", "This is a database file, not a CSV file.") },
        { QByteArray("\x1F\x8B", 2),
          QT_TRANSLATE_NOOP("Csv", "This is a compressed (gzip) file: uncompress it first.") },
        { QByteArray("\x89PNG", 4), QT_TRANSLATE_NOOP("Csv", "This is an image, not a CSV file.") },
        { QByteArray("\xFF\xD8\xFF", 3),
          QT_TRANSLATE_NOOP("Csv", "This is an image, not a CSV file.") },
        { QByteArray("GIF8"), QT_TRANSLATE_NOOP("Csv", "This is an image, not a CSV file.") },
    };
    return list;
}

} // namespace

QList<Encoding> allEncodings()
{
    return { Encoding::Utf8,        Encoding::Utf16LE,   Encoding::Utf16BE,
             Encoding::Windows1252, Encoding::Iso8859_1, Encoding::Iso8859_15 };
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Iso8859_1:
        return QStringLiteral("ISO-8859-1");
    case Encoding::Iso8859_15:
        return QStringLiteral("ISO-8859-15");
    }
    return {};
}

Result<Encoding> encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const QList<std::pair<QStringList, Encoding>> aliases = {
        { { QStringLiteral("utf8") }, Encoding::Utf8 },
        { { QStringLiteral("utf16le"), QStringLiteral("utf16"), QStringLiteral("ucs2le") },
          Encoding::Utf16LE },
        { { QStringLiteral("utf16be"), QStringLiteral("ucs2be") }, Encoding::Utf16BE },
        { { QStringLiteral("windows1252"), QStringLiteral("cp1252"), QStringLiteral("win1252"),
            QStringLiteral("ansi") },
          Encoding::Windows1252 },
        { { QStringLiteral("iso88591"), QStringLiteral("latin1"), QStringLiteral("l1"),
            QStringLiteral("iso885911987") },
          Encoding::Iso8859_1 },
        { { QStringLiteral("iso885915"), QStringLiteral("latin9"), QStringLiteral("l9") },
          Encoding::Iso8859_15 },
    };
    for (const auto &[names, encoding] : aliases) {
        if (names.contains(key))
            return encoding;
    }
    QStringList known;
    for (Encoding e : allEncodings())
        known << encodingName(e);
    return Error::invalid(Csv::tr("Unknown encoding \"%1\". Choose one of: %2.")
                              .arg(name, known.join(QLatin1String(", "))),
                          QStringLiteral("encoding"));
}

EncodingDetector::EncodingDetector() = default;

void EncodingDetector::feed(QByteArrayView bytes)
{
    if (m_head.size() < HeadBytes)
        m_head.append(bytes.first(qMin<qsizetype>(bytes.size(), HeadBytes - m_head.size())));
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = p + bytes.size();
    qint64 offset = m_total;
    for (const uchar *q = p; q < end; ++q, ++offset) {
        const uchar b = *q;
        if (b == 0)
            (offset & 1 ? m_nulOdd : m_nulEven)++;
        else if (isStrayControl(b))
            ++m_controls;
    }
    feedUtf8(bytes);
    feedSingleByteHints(bytes);
    m_total += bytes.size();
}

// The same rules as the decoder (no overlong forms, no surrogates, nothing past U+10FFFF),
// as a state machine so that a sequence may straddle two chunks.
void EncodingDetector::feedUtf8(QByteArrayView bytes)
{
    for (char ch : bytes) {
        if (!m_utf8Valid)
            return;
        const uchar b = uchar(ch);
        if (m_utf8Pending > 0) {
            if (b < m_utf8Lower || b > m_utf8Upper) {
                m_utf8Valid = false;
                return;
            }
            --m_utf8Pending;
            m_utf8Lower = 0x80;
            m_utf8Upper = 0xBF;
            continue;
        }
        if (b < 0x80)
            continue;
        if (b >= 0xC2 && b <= 0xDF) {
            m_utf8Pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_utf8Pending = 2;
            if (b == 0xE0)
                m_utf8Lower = 0xA0;
            else if (b == 0xED)
                m_utf8Upper = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_utf8Pending = 3;
            if (b == 0xF0)
                m_utf8Lower = 0x90;
            else if (b == 0xF4)
                m_utf8Upper = 0x8F;
        } else {
            m_utf8Valid = false;
        }
    }
}

// Clues for choosing among the single-byte encodings, looked at one byte late so that each
// byte is seen with its neighbours on both sides.
void EncodingDetector::feedSingleByteHints(QByteArrayView bytes)
{
    for (char ch : bytes) {
        const uchar b = uchar(ch);
        if (b >= 0x80) {
            ++m_high;
            if (b <= 0x9F) {
                ++m_c1;
                if (isWindows1252Undefined(b))
                    ++m_c1Undefined;
            }
        }
        if (m_prev == 0xA4 && (isDigitOrSpace(m_prev2) || isDigitOrSpace(b)))
            ++m_euroLike; // "10 €", "€10": ¤ is never written that way
        const bool latin9Letter = m_prev == 0xA6 || m_prev == 0xA8 || m_prev == 0xB4
            || m_prev == 0xB8 || m_prev == 0xBC || m_prev == 0xBD || m_prev == 0xBE;
        if (latin9Letter && isLetter(b) && (isLetter(m_prev2) || m_prev2 == ' '))
            ++m_latin9Letters; // "cœur", "Œuvre": ½ or ¼ inside a word is not
        m_prev2 = m_prev;
        m_prev = b;
    }
}

QString binaryFileMessage(QByteArrayView head)
{
    for (const Signature &s : signatures()) {
        if (head.startsWith(s.magic))
            return Csv::tr(s.what);
    }
    return {};
}

std::optional<Error> EncodingDetector::notText() const
{
    const qint64 odd = m_nulEven + m_nulOdd + m_controls;
    // Random bytes are never valid UTF-8 and about one in ten is a control byte; a text file
    // with a stray NUL (which the reader reports with its position) stays text.
    if (m_total > 0 && (odd * 10 > m_total || (!m_utf8Valid && odd * 100 > m_total))) {
        Error e = Error::invalid(Csv::tr("This file does not look like text (it holds %n control "
                                         "or NUL bytes), so it cannot be a CSV file.",
                                         nullptr, int(qMin<qint64>(odd, INT_MAX))));
        e.detail = QStringLiteral("%1 control bytes in %2").arg(odd).arg(m_total);
        return e;
    }
    return std::nullopt;
}

Result<EncodingGuess> EncodingDetector::result(bool wholeFile) const
{
    EncodingGuess guess;
    const QString binary = binaryFileMessage(m_head);
    if (!binary.isEmpty()) {
        Error e = Error::invalid(binary);
        e.detail = QStringLiteral("signature %1").arg(QString::fromLatin1(m_head.left(8).toHex()));
        return e;
    }
    if (m_head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4))
        || m_head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return Error::invalid(Csv::tr("This file is in UTF-32, which the import does not read. "
                                      "Save it as UTF-8 first."));
    if (m_head.startsWith("\xEF\xBB\xBF")) {
        guess.encoding = Encoding::Utf8;
        guess.bomLength = 3;
        guess.reason = Csv::tr("The file starts with the UTF-8 mark.");
        return guess;
    }
    if (m_head.startsWith("\xFF\xFE") || m_head.startsWith("\xFE\xFF")) {
        guess.encoding = m_head.startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
        guess.bomLength = 2;
        guess.reason
            = Csv::tr("The file starts with the %1 mark.").arg(encodingName(guess.encoding));
        return guess;
    }
    // UTF-16 without a mark: the high byte of Latin text is NUL, so one parity is full of
    // NULs and the other has almost none.
    const qint64 pairs = m_total / 2;
    if (pairs >= 2) {
        const bool le = m_nulOdd * 5 >= pairs && m_nulEven * 50 <= pairs;
        const bool be = m_nulEven * 5 >= pairs && m_nulOdd * 50 <= pairs;
        if (le || be) {
            guess.encoding = le ? Encoding::Utf16LE : Encoding::Utf16BE;
            guess.reason = Csv::tr("Every other byte is zero, as in %1 text.")
                               .arg(encodingName(guess.encoding));
            return guess;
        }
    }
    if (auto error = notText())
        return *error;
    // A sequence cut by the end of a sample is not evidence against UTF-8.
    const bool utf8 = m_utf8Valid && (m_utf8Pending == 0 || !wholeFile);
    if (m_high == 0) {
        guess.encoding = Encoding::Utf8;
        guess.pureAscii = true;
        guess.reason = Csv::tr("The file holds only plain ASCII characters.");
    } else if (utf8) {
        guess.encoding = Encoding::Utf8;
        guess.reason = Csv::tr("Every accented character is valid UTF-8.");
    } else if (m_c1 > 0 && m_c1Undefined == 0) {
        guess.encoding = Encoding::Windows1252;
        guess.reason = Csv::tr("The file is not UTF-8 and uses bytes that only Windows-1252 "
                               "gives a meaning to (such as € or ’), as Excel writes them.");
    } else if (m_c1 == 0 && (m_euroLike > 0 || m_latin9Letters > 0)) {
        guess.encoding = Encoding::Iso8859_15;
        guess.reason = Csv::tr("The file is not UTF-8 and writes € or œ the ISO-8859-15 way.");
    } else if (m_c1Undefined > 0) {
        guess.encoding = Encoding::Iso8859_1;
        guess.reason = Csv::tr("The file is not UTF-8 and holds bytes Windows-1252 does not "
                               "define; read as ISO-8859-1.");
    } else {
        // Latin-1 and Windows-1252 agree on every byte seen; Windows-1252 also gives a meaning
        // to 0x80-0x9F should they appear further on (€ and ’ in a French Excel export).
        guess.encoding = Encoding::Windows1252;
        guess.reason = Csv::tr("The file is not UTF-8; its accented letters read the same in "
                               "Windows-1252 and ISO-8859-1.");
    }
    return guess;
}

Result<EncodingGuess> detectEncoding(QIODevice &device, qint64 maxBytes)
{
    EncodingDetector detector;
    if (device.isSequential()) {
        const QByteArray head = device.peek(64 * 1024);
        detector.feed(head);
        return detector.result(false); // a pipe cannot tell whether more is coming
    }
    const qint64 start = device.pos();
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    bool atEnd = false;
    while (maxBytes < 0 || detector.bytesFed() < maxBytes) {
        const qint64 want = maxBytes < 0
            ? chunk.size()
            : qMin<qint64>(chunk.size(), maxBytes - detector.bytesFed());
        const qint64 got = device.read(chunk.data(), want);
        if (got < 0) {
            Error e = Error::invalid(Csv::tr("The file could not be read."));
            e.code = Error::Code::Io;
            e.detail = device.errorString();
            device.seek(start);
            return e;
        }
        if (got == 0) {
            atEnd = true;
            break;
        }
        detector.feed(QByteArrayView(chunk.constData(), got));
    }
    if (!atEnd)
        atEnd = device.atEnd();
    device.seek(start);
    return detector.result(atEnd);
}

Result<EncodingGuess> detectEncoding(QByteArrayView bytes, bool wholeFile)
{
    EncodingDetector detector;
    detector.feed(bytes);
    return detector.result(wholeFile);
}

} // namespace comptoir::csv
