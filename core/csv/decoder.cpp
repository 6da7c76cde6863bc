// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/decoder.h"

#include "csv/text_p.h"

#include <array>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace comptoir::csv {
namespace {

constexpr char16_t Undefined = 0xFFFF; // a byte the encoding leaves without meaning

using ByteTable = std::array<char16_t, 256>;

ByteTable latin1Table()
{
    ByteTable t {};
    for (int i = 0; i < 256; ++i)
        t[i] = char16_t(i);
    return t;
}

const ByteTable &windows1252()
{
    static const ByteTable table = [] {
        ByteTable t = latin1Table();
        static const char16_t high[32] = {
            0x20AC,    Undefined, 0x201A, 0x0192, 0x201E, 0x2026,    0x2020, 0x2021,
            0x02C6,    0x2030,    0x0160, 0x2039, 0x0152, Undefined, 0x017D, Undefined,
            Undefined, 0x2018,    0x2019, 0x201C, 0x201D, 0x2022,    0x2013, 0x2014,
            0x02DC,    0x2122,    0x0161, 0x203A, 0x0153, Undefined, 0x017E, 0x0178,
        };
        for (int i = 0; i < 32; ++i)
            t[0x80 + i] = high[i];
        return t;
    }();
    return table;
}

const ByteTable &iso8859_15()
{
    static const ByteTable table = [] {
        ByteTable t = latin1Table();
        t[0xA4] = 0x20AC;
        t[0xA6] = 0x0160;
        t[0xA8] = 0x0161;
        t[0xB4] = 0x017D;
        t[0xB8] = 0x017E;
        t[0xBC] = 0x0152;
        t[0xBD] = 0x0153;
        t[0xBE] = 0x0178;
        return t;
    }();
    return table;
}

const ByteTable &iso8859_1()
{
    static const ByteTable table = latin1Table();
    return table;
}

// Length of the valid UTF-8 sequence at p (1-4), 0 when the input ends inside it, -1 when
// it is invalid (overlong forms, surrogates and code points past U+10FFFF included).
int utf8Sequence(const uchar *p, const uchar *end, char32_t &cp)
{
    const uchar b = *p;
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    int n;
    uchar lo = 0x80, hi = 0xBF;
    char32_t c;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        c = b & 0x0F;
        if (b == 0xE0)
            lo = 0xA0;
        else if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        c = b & 0x07;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        return -1;
    }
    for (int i = 1; i < n; ++i) {
        if (p + i >= end)
            return 0;
        const uchar x = p[i];
        if (x < lo || x > hi)
            return -1;
        lo = 0x80;
        hi = 0xBF;
        c = (c << 6) | (x & 0x3F);
    }
    cp = c;
    return n;
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (char c : bytes)
        parts << QStringLiteral("0x")
                + QString::number(uint(uchar(c)), 16).toUpper().rightJustified(2, QLatin1Char('0'));
    return parts.join(QLatin1Char(' '));
}

// Characters are written straight into out's buffer: grow it to the worst case first, then
// cut it to what was written. Capacity is kept between chunks, so this allocates once.
char16_t *growFor(QString &out, qsizetype maxChars)
{
    const qsizetype old = out.size();
    out.resize(old + maxChars);
    return reinterpret_cast<char16_t *>(out.data()) + old;
}

void shrinkTo(QString &out, const char16_t *written)
{
    out.resize(written - reinterpret_cast<const char16_t *>(out.constData()));
}

} // namespace

Decoder::Decoder(Encoding encoding)
    : m_encoding(encoding)
{
}

bool Decoder::decode(QByteArrayView bytes, QString &out)
{
    if (hasError())
        return false;
    QByteArray joined;
    QByteArrayView in = bytes;
    const qint64 base = m_fed - m_pending.size(); // file offset of in[0]
    m_fed += bytes.size();
    if (!m_pending.isEmpty()) {
        // A character (or the start of the file) was cut by the previous chunk: copying one
        // chunk is cheaper than a second code path for the seam.
        joined = m_pending + bytes.toByteArray();
        in = joined;
        m_pending.clear();
    }
    const uchar *p = reinterpret_cast<const uchar *>(in.data());
    const uchar *end = p + in.size();
    if (!m_started) {
        if (in.size() < 4) {
            m_pending = in.toByteArray();
            m_outputOffset = base;
            return true;
        }
        if (!skipStart(p, end))
            return false;
    }
    m_outputOffset = base + (p - reinterpret_cast<const uchar *>(in.data()));
    switch (m_encoding) {
    case Encoding::Utf8:
        return decodeUtf8(p, end, out);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return decodeUtf16(p, end, out);
    default:
        return decodeSingleByte(p, end, out);
    }
}

bool Decoder::finish(QString &out)
{
    if (hasError())
        return false;
    if (!m_started && !m_pending.isEmpty()) {
        // A file of fewer than four bytes: settle the mark question with what there is.
        const QByteArray start = m_pending;
        m_pending.clear();
        const uchar *p = reinterpret_cast<const uchar *>(start.data());
        const uchar *end = p + start.size();
        if (!skipStart(p, end))
            return false;
        m_outputOffset = p - reinterpret_cast<const uchar *>(start.data());
        const bool ok = m_encoding == Encoding::Utf8 ? decodeUtf8(p, end, out)
            : (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE)
            ? decodeUtf16(p, end, out)
            : decodeSingleByte(p, end, out);
        if (!ok)
            return false;
    }
    m_started = true;
    if (!m_pending.isEmpty()) {
        fail(m_fed - m_pending.size(), m_pending, true);
        return false;
    }
    return true;
}

// The byte-order mark: dropped when it matches, followed when it names the other UTF-16
// byte order. A UTF-16LE file that carries a stray 8-bit CR LF right after its mark (a real
// export seen by data-fair) would otherwise start with U+0A0D glued to the first header name;
// it is read as the line break it was meant to be.
bool Decoder::skipStart(const uchar *&p, const uchar *end)
{
    m_started = true;
    const qsizetype n = end - p;
    auto startsWith = [&](std::initializer_list<uchar> mark) {
        if (n < qsizetype(mark.size()))
            return false;
        return std::equal(mark.begin(), mark.end(), p);
    };
    if (m_encoding == Encoding::Utf8 && startsWith({ 0xEF, 0xBB, 0xBF })) {
        p += 3;
    } else if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        if (startsWith({ 0xFF, 0xFE })) {
            m_encoding = Encoding::Utf16LE;
            // Emitted as "\n" in place of the two bytes: 2 bytes for 1 character, as the
            // rest of a UTF-16 file, so byte offsets stay right.
            m_forcedNewline = startsWith({ 0xFF, 0xFE, 0x0D, 0x0A });
            p += 2;
        } else if (startsWith({ 0xFE, 0xFF })) {
            m_encoding = Encoding::Utf16BE;
            p += 2;
        }
    }
    return true;
}

bool Decoder::decodeUtf8(const uchar *p, const uchar *end, QString &out)
{
    char16_t *o = growFor(out, end - p);
    const uchar *const begin = p;
    while (p < end) {
        // ASCII runs dominate real files: sixteen bytes at a time, widened with SSE2.
#ifdef __SSE2__
        while (end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            if (_mm_movemask_epi8(bytes))
                break;
            const __m128i zero = _mm_setzero_si128();
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_unpacklo_epi8(bytes, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o + 8), _mm_unpackhi_epi8(bytes, zero));
            p += 16;
            o += 16;
        }
#endif
        while (end - p >= 8) {
            quint64 v;
            std::memcpy(&v, p, 8);
            if (v & 0x8080808080808080ULL)
                break;
            for (int i = 0; i < 8; ++i)
                o[i] = p[i];
            p += 8;
            o += 8;
        }
        if (p == end)
            break;
        if (*p < 0x80) {
            *o++ = *p++;
            continue;
        }
        // Accented Latin letters: the two-byte form, checked inline.
        if (*p >= 0xC2 && *p <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            *o++ = char16_t(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
            continue;
        }
        char32_t cp = 0;
        const int n = utf8Sequence(p, end, cp);
        if (n > 0) {
            if (cp >= 0x10000) {
                *o++ = char16_t(0xD7C0 + (cp >> 10));
                *o++ = char16_t(0xDC00 | (cp & 0x3FF));
            } else {
                *o++ = char16_t(cp);
            }
            p += n;
        } else if (n == 0) {
            m_pending = QByteArray(reinterpret_cast<const char *>(p), end - p);
            break;
        } else {
            shrinkTo(out, o);
            fail(m_outputOffset + (p - begin), QByteArray(1, char(*p)), false);
            return false;
        }
    }
    shrinkTo(out, o);
    return true;
}

bool Decoder::decodeUtf16(const uchar *p, const uchar *end, QString &out)
{
    const bool le = m_encoding == Encoding::Utf16LE;
    char16_t *o = growFor(out, (end - p) / 2 + 1);
    const uchar *const begin = p;
    if (m_forcedNewline) {
        m_forcedNewline = false;
        *o++ = u'\n';
        p += 2;
    }
    while (end - p >= 2) {
        const char16_t u = le ? char16_t(p[0] | (p[1] << 8)) : char16_t((p[0] << 8) | p[1]);
        if (isHighSurrogate(u)) {
            if (end - p < 4)
                break;
            const char16_t v = le ? char16_t(p[2] | (p[3] << 8)) : char16_t((p[2] << 8) | p[3]);
            if (!isLowSurrogate(v)) {
                shrinkTo(out, o);
                fail(m_outputOffset + (p - begin), QByteArray(reinterpret_cast<const char *>(p), 4),
                     false);
                return false;
            }
            o[0] = u;
            o[1] = v;
            o += 2;
            p += 4;
        } else if (isLowSurrogate(u)) {
            shrinkTo(out, o);
            fail(m_outputOffset + (p - begin), QByteArray(reinterpret_cast<const char *>(p), 2),
                 false);
            return false;
        } else {
            *o++ = u;
            p += 2;
        }
    }
    if (p < end)
        m_pending = QByteArray(reinterpret_cast<const char *>(p), end - p);
    shrinkTo(out, o);
    return true;
}

bool Decoder::decodeSingleByte(const uchar *p, const uchar *end, QString &out)
{
    const ByteTable &table = m_encoding == Encoding::Windows1252 ? windows1252()
        : m_encoding == Encoding::Iso8859_15                     ? iso8859_15()
                                                                 : iso8859_1();
    char16_t *o = growFor(out, end - p);
    const uchar *const begin = p;
    for (; p < end; ++p) {
        const char16_t c = table[*p];
        if (c == Undefined) {
            shrinkTo(out, o);
            fail(m_outputOffset + (p - begin), QByteArray(1, char(*p)), false);
            return false;
        }
        *o++ = c;
    }
    shrinkTo(out, o);
    return true;
}

void Decoder::fail(qint64 offset, QByteArray bytes, bool truncated)
{
    m_errorOffset = offset;
    m_errorBytes = std::move(bytes);
    m_errorTruncated = truncated;
}

QString Decoder::errorDescription() const
{
    if (!hasError())
        return {};
    const QString name = encodingName(m_encoding);
    if (m_errorTruncated)
        return Csv::tr("the file ends in the middle of a %1 character (%2)")
            .arg(name, hexBytes(m_errorBytes));
    if (m_errorBytes.size() == 1)
        return Csv::tr("the byte %1 is not valid %2").arg(hexBytes(m_errorBytes), name);
    return Csv::tr("the bytes %1 are not valid %2").arg(hexBytes(m_errorBytes), name);
}

qint64 Decoder::encodedLength(QStringView text) const
{
    switch (m_encoding) {
    case Encoding::Utf8: {
        qint64 n = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            n += u < 0x80 ? 1 : u < 0x800 ? 2 : (isHighSurrogate(u) || isLowSurrogate(u)) ? 2 : 3;
        }
        return n;
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return 2 * qint64(text.size());
    default:
        return text.size();
    }
}

} // namespace comptoir::csv
