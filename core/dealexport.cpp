// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealexport.h"

#include "clock.h"
#include "csvwriter.h"
#include "customfields.h"
#include "database.h"
#include "money.h"
#include "sqlitebind.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <charconv>
#include <limits>

#include <sqlite3.h>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealExport)
};

// How a field is read and written. The names of pipelines, stages, users and list items come
// from small tables read once before the export (lookups), not from a join per row.
enum class Kind { Text, Integer, Amount, Date, Instant, Bool, Pipeline, Stage, User, TypeName, SourceName, LostReason };

struct FieldDef
{
    const char *key;
    const char *header;
    const char *sql; // a column or an expression over ExportFrom and the joins named: constants only
    Kind kind;
    bool listColumn; // one of the list's default columns
};

// The whitelist of what an export can hold; nothing else reaches the SELECT.
const FieldDef Fields[] = {
    {"id", QT_TRANSLATE_NOOP("DealExport", "ID"), "d.id", Kind::Integer, true},
    {"title", QT_TRANSLATE_NOOP("DealExport", "Title"), "d.title", Kind::Text, true},
    {"amount", QT_TRANSLATE_NOOP("DealExport", "Amount"), "d.amount_minor", Kind::Amount, true},
    {"currency", QT_TRANSLATE_NOOP("DealExport", "Currency"), "d.currency", Kind::Text, true},
    {"pipeline", QT_TRANSLATE_NOOP("DealExport", "Pipeline"), "d.pipeline_id", Kind::Pipeline, true},
    {"stage", QT_TRANSLATE_NOOP("DealExport", "Stage"), "d.stage_id", Kind::Stage, true},
    {"company", QT_TRANSLATE_NOOP("DealExport", "Company"),
     "(SELECT c.name FROM companies c WHERE c.id = d.company_id)", Kind::Text, true},
    {"contact", QT_TRANSLATE_NOOP("DealExport", "Contact"),
     "(SELECT trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')) FROM deal_contacts pc "
     "JOIN contacts ct ON ct.id = pc.contact_id WHERE pc.deal_id = d.id AND pc.is_primary = 1 LIMIT 1)",
     Kind::Text, true},
    {"responsible", QT_TRANSLATE_NOOP("DealExport", "Responsible"), "d.responsible_id", Kind::User, true},
    {"type", QT_TRANSLATE_NOOP("DealExport", "Type"), "d.type_code", Kind::TypeName, true},
    {"source", QT_TRANSLATE_NOOP("DealExport", "Source"), "d.source_code", Kind::SourceName, true},
    {"begin_date", QT_TRANSLATE_NOOP("DealExport", "Begin date"), "d.begin_date", Kind::Date, true},
    {"close_date", QT_TRANSLATE_NOOP("DealExport", "Expected close date"), "d.close_date", Kind::Date, true},
    {"probability", QT_TRANSLATE_NOOP("DealExport", "Probability"), "d.probability", Kind::Integer, true},
    {"repeat", QT_TRANSLATE_NOOP("DealExport", "Repeat"), "d.is_repeat", Kind::Bool, true},
    {"created", QT_TRANSLATE_NOOP("DealExport", "Created"), "d.created_at", Kind::Instant, true},
    {"closed", QT_TRANSLATE_NOOP("DealExport", "Closed"), "d.closed", Kind::Bool, false},
    {"closed_at", QT_TRANSLATE_NOOP("DealExport", "Closed at"), "d.closed_at", Kind::Instant, false},
    {"lost_reason", QT_TRANSLATE_NOOP("DealExport", "Lost reason"), "d.lost_reason", Kind::LostReason, false},
    {"lost_note", QT_TRANSLATE_NOOP("DealExport", "Lost note"), "d.lost_note", Kind::Text, false},
    {"comment", QT_TRANSLATE_NOOP("DealExport", "Comment"), "d.comment", Kind::Text, false},
    {"next_activity", QT_TRANSLATE_NOOP("DealExport", "Next activity"), "d.next_activity_at", Kind::Instant, false},
    {"updated", QT_TRANSLATE_NOOP("DealExport", "Updated"), "d.updated_at", Kind::Instant, false},
};

const FieldDef *field(const QString &key)
{
    for (const FieldDef &f : Fields) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

bool isText(Kind kind)
{
    return kind == Kind::Text || kind >= Kind::Pipeline;
}

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool bind(const QVariantList &values)
    {
        if (m_rc == SQLITE_OK && !bindSqliteValues(m_stmt, values))
            m_rc = SQLITE_ERROR;
        return m_rc == SQLITE_OK;
    }
    sqlite3_stmt *get() const { return m_stmt; }
    bool ok() const { return m_rc == SQLITE_OK; }
    Error error() const
    {
        return Error::storage(Text::tr("Cannot read the deals to export."), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

QByteArrayView columnBytes(sqlite3_stmt *stmt, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, i)) : QByteArrayView();
}

// id -> name of a small table, or code -> name of one list, read once.
struct Lookups
{
    QHash<qint64, QByteArray> pipelines, stages, users;
    QHash<QByteArray, QByteArray> types, sources, lostReasons;
};

Status readLookups(const Database &db, Lookups &out)
{
    const auto byId = [&db](const char *sql, QHash<qint64, QByteArray> &into) -> Status {
        Statement st(db.handle(), QString::fromLatin1(sql));
        if (!st.ok())
            return st.error();
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            into.insert(sqlite3_column_int64(st.get(), 0), columnBytes(st.get(), 1).toByteArray());
        return rc == SQLITE_DONE ? Status{} : Status{st.error()};
    };
    if (auto s = byId("SELECT id, name FROM pipelines", out.pipelines); !s)
        return s;
    if (auto s = byId("SELECT id, name FROM stages", out.stages); !s)
        return s;
    if (auto s = byId("SELECT id, name FROM users", out.users); !s)
        return s;
    Statement st(db.handle(), QStringLiteral("SELECT list, code, name FROM list_items"));
    if (!st.ok())
        return st.error();
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        const QByteArrayView list = columnBytes(st.get(), 0);
        QHash<QByteArray, QByteArray> *into = list == QByteArrayView("deal_type") ? &out.types
                                            : list == QByteArrayView("source")    ? &out.sources
                                            : list == QByteArrayView("lost_reason") ? &out.lostReasons
                                                                                    : nullptr;
        if (into)
            into->insert(columnBytes(st.get(), 1).toByteArray(), columnBytes(st.get(), 2).toByteArray());
    }
    return rc == SQLITE_DONE ? Status{} : Status{st.error()};
}

// Stored instants ("2026-03-02T09:30:00.000Z") as local "yyyy-MM-dd HH:mm:ss", without a
// QDateTime per cell: the digits are read by hand and the local offset is cached per UTC hour.
class InstantFormatter
{
public:
    // Writes the local text of a stored instant into `out` (19 bytes); false when the text is
    // not in the stored form (the caller then takes the slow, general path).
    bool format(QByteArrayView text, char *out)
    {
        if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':'
            || text[16] != ':' || text.back() != 'Z')
            return false;
        int v[6];
        const int at[6] = {0, 5, 8, 11, 14, 17};
        const int width[6] = {4, 2, 2, 2, 2, 2};
        for (int f = 0; f < 6; ++f) {
            int n = 0;
            for (int i = 0; i < width[f]; ++i) {
                const char c = text[at[f] + i];
                if (c < '0' || c > '9')
                    return false;
                n = n * 10 + (c - '0');
            }
            v[f] = n;
        }
        const qint64 utc = daysFromCivil(v[0], v[1], v[2]) * 86400 + v[3] * 3600 + v[4] * 60 + v[5];
        const qint64 local = utc + offsetAt(utc);
        qint64 days = local / 86400, secs = local % 86400;
        if (secs < 0) {
            secs += 86400;
            --days;
        }
        int y, m, d;
        civilFromDays(days, y, m, d);
        if (y < 0 || y > 9999)
            return false;
        write(out, y, 4);
        out[4] = '-';
        write(out + 5, m, 2);
        out[7] = '-';
        write(out + 8, d, 2);
        out[10] = ' ';
        write(out + 11, int(secs / 3600), 2);
        out[13] = ':';
        write(out + 14, int(secs / 60 % 60), 2);
        out[16] = ':';
        write(out + 17, int(secs % 60), 2);
        return true;
    }

private:
    static void write(char *out, int value, int width)
    {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = char('0' + value % 10);
    }
    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, 1970-01-01 = 0).
    static qint64 daysFromCivil(int y, int m, int d)
    {
        y -= m <= 2;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const unsigned yoe = unsigned(y - era * 400);
        const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + qint64(doe) - 719468;
    }
    static void civilFromDays(qint64 z, int &y, int &m, int &d)
    {
        z += 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const unsigned doe = unsigned(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        d = int(doy - (153 * mp + 2) / 5 + 1);
        m = int(mp < 10 ? mp + 3 : mp - 9);
        y = int(qint64(yoe) + era * 400 + (m <= 2));
    }
    // The local UTC offset at an instant. Cached per UTC hour when the offset is the same at
    // both ends of the hour; an hour holding a time-zone change is asked second by second.
    int offsetAt(qint64 utc)
    {
        const qint64 hour = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600;
        if (hour == m_hour)
            return m_offset;
        const int start = QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC).toLocalTime().offsetFromUtc();
        const int end = QDateTime::fromSecsSinceEpoch(hour * 3600 + 3599, Qt::UTC).toLocalTime().offsetFromUtc();
        if (start != end)
            return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toLocalTime().offsetFromUtc();
        if (m_cache.size() > 100000)
            m_cache.clear();
        auto it = m_cache.constFind(hour);
        m_offset = it != m_cache.cend() ? *it : *m_cache.insert(hour, start);
        m_hour = hour;
        return m_offset;
    }
    QHash<qint64, int> m_cache;
    qint64 m_hour = std::numeric_limits<qint64>::min();
    int m_offset = 0;
};

// The decimal text of an amount ("1234.50", "-1250"), as money::toDecimalString writes it.
void appendAmount(QByteArray &out, qint64 minor, int digits, char decimal)
{
    quint64 abs = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    char buffer[48];
    char *end = buffer + sizeof buffer;
    char *p = end;
    quint64 fraction = abs % scale;
    for (int i = 0; i < digits; ++i, fraction /= 10)
        *--p = char('0' + fraction % 10);
    if (digits > 0)
        *--p = decimal;
    quint64 whole = abs / scale;
    do {
        *--p = char('0' + whole % 10);
        whole /= 10;
    } while (whole);
    if (minor < 0)
        *--p = '-';
    out.append(p, end - p);
}

// The stored value of a custom field: one look-up in deal_field_values' primary key per deal,
// in the column the field's type uses (0004_forms_fields.sql). The id is an integer of ours.
QString customFieldColumn(const CustomField &f)
{
    const char *column = f.type == FieldType::Money || f.type == FieldType::Checkbox ? "value_int"
                       : f.type == FieldType::Number                                ? "value_real"
                                                                                    : "value_text";
    return QStringLiteral("(SELECT v.%1 FROM deal_field_values v WHERE v.field_id = %2 AND v.deal_id = d.id)")
        .arg(QLatin1String(column))
        .arg(f.id);
}

// Writes one custom field's cell of the current row, as the built-in field of its kind would be.
void customCell(csv::Writer &writer, sqlite3_stmt *s, int c, const CustomField &f, const QByteArray &decimalMark,
                const QByteArray &yes, const QByteArray &no, InstantFormatter &instants, QByteArray &cell)
{
    const bool null = sqlite3_column_type(s, c) == SQLITE_NULL;
    if (f.type == FieldType::Checkbox) {
        // No row is an unticked box.
        writer.addField(!null && sqlite3_column_int(s, c) ? yes : no, false);
        return;
    }
    if (null) {
        writer.addField({}, f.type != FieldType::Number && f.type != FieldType::Money);
        return;
    }
    switch (f.type) {
    case FieldType::Money:
        cell.clear();
        appendAmount(cell, sqlite3_column_int64(s, c), money::minorDigits(f.currency), '.');
        if (decimalMark != ".")
            cell.replace('.', decimalMark);
        writer.addField(cell, false);
        return;
    case FieldType::Number:
        cell = QLocale::c().toString(sqlite3_column_double(s, c), 'f', QLocale::FloatingPointShortest).toUtf8();
        if (decimalMark != ".")
            cell.replace('.', decimalMark);
        writer.addField(cell, false);
        return;
    case FieldType::Date:
        writer.addField(columnBytes(s, c), false);
        return;
    case FieldType::DateTime: {
        char local[19];
        const QByteArrayView stored = columnBytes(s, c);
        if (instants.format(stored, local))
            writer.addField(QByteArrayView(local, sizeof local), false);
        else
            writer.addField(stored, false);
        return;
    }
    case FieldType::MultiList: {
        QStringList labels;
        for (const QJsonValue &label : QJsonDocument::fromJson(columnBytes(s, c).toByteArray()).array())
            labels << label.toString();
        writer.addField(labels.join(QLatin1Char('|')).toUtf8(), true);
        return;
    }
    default: // text, list label, URL, phone, e-mail
        writer.addField(columnBytes(s, c), true);
        return;
    }
}

} // namespace

QStringList exportFieldKeys()
{
    QStringList keys;
    for (const FieldDef &f : Fields)
        keys << QString::fromLatin1(f.key);
    return keys;
}

Result<QStringList> exportFieldKeys(const Database &db)
{
    auto custom = customfields::definitions(db);
    if (!custom)
        return custom.error();
    QStringList keys = exportFieldKeys();
    for (const CustomField &f : std::as_const(*custom))
        keys << f.key();
    return keys;
}

QStringList defaultExportFieldKeys()
{
    QStringList keys;
    for (const FieldDef &f : Fields) {
        if (f.listColumn)
            keys << QString::fromLatin1(f.key);
    }
    return keys;
}

QString exportFieldHeader(const QString &key)
{
    const FieldDef *f = field(key);
    return f ? QCoreApplication::translate("DealExport", f->header) : QString();
}

Result<qint64> exportDeals(const Database &db, const Actor &actor, const DealFilter &filter, const DealSort &sort,
                           QIODevice *device, const ExportOptions &options)
{
    // A built-in field, or a custom one (then `def` is null).
    struct Column
    {
        const FieldDef *def = nullptr;
        CustomField custom;
    };
    QList<Column> chosen;
    QList<CustomField> customFields;
    bool customFieldsRead = false;
    for (const QString &key : options.fields.isEmpty() ? defaultExportFieldKeys() : options.fields) {
        if (const FieldDef *f = field(key)) {
            chosen << Column{f, {}};
            continue;
        }
        const auto customId = CustomField::idFromKey(key);
        if (customId && !customFieldsRead) {
            auto read = customfields::definitions(db);
            if (!read)
                return read.error();
            customFields = std::move(read).value();
            customFieldsRead = true;
        }
        const auto custom = std::find_if(customFields.cbegin(), customFields.cend(),
                                         [&](const CustomField &c) { return customId && c.id == *customId; });
        if (custom == customFields.cend()) {
            auto all = exportFieldKeys(db);
            return Error::invalid(Text::tr("Unknown field “%1”. Fields: %2.")
                                      .arg(key, (all ? *all : exportFieldKeys()).join(QStringLiteral(", "))),
                                  QStringLiteral("fields"));
        }
        chosen << Column{nullptr, *custom};
    }
    const bool excel = options.flavour == CsvFlavour::Excel;
    const QChar decimal = excel ? options.locale.decimalPoint().front() : QChar(u'.');
    csv::WriterOptions writerOptions;
    writerOptions.byteOrderMark = excel;
    writerOptions.delimiter = excel && decimal == u',' ? QChar(u';') : QChar(u',');

    QVariantList values;
    auto where = dealWhereClause(db, actor, filter, values);
    if (!where)
        return where.error();
    qint64 total = -1;
    if (options.progress) {
        Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM deals d WHERE ") + *where);
        if (!count.bind(values) || sqlite3_step(count.get()) != SQLITE_ROW)
            return count.error();
        total = sqlite3_column_int64(count.get(), 0);
    }
    Lookups lookups;
    if (auto s = readLookups(db, lookups); !s)
        return s.error();
    QStringList columns{QStringLiteral("d.currency")};
    for (const Column &c : std::as_const(chosen))
        columns << (c.def ? QLatin1String(c.def->sql) : customFieldColumn(c.custom));
    Statement stmt(db.handle(), QStringLiteral("SELECT %1 FROM deals d WHERE %2 ORDER BY %3")
                                    .arg(columns.join(QStringLiteral(", ")), *where, dealOrderBy(sort)));
    if (!stmt.bind(values))
        return stmt.error();

    csv::Writer writer(device, writerOptions);
    for (const Column &c : std::as_const(chosen))
        writer.addField(c.def ? QCoreApplication::translate("DealExport", c.def->header).toUtf8() : c.custom.name.toUtf8(),
                        true);
    writer.endRecord();
    const QByteArray yes = Text::tr("yes").toUtf8(), no = Text::tr("no").toUtf8();
    const QByteArray decimalMark = QString(decimal).toUtf8();
    const char decimalByte = decimalMark.size() == 1 ? decimalMark.front() : '.';

    // The digits of each currency met so far: a handful, looked up once each.
    QHash<QByteArray, int> digitsOf;
    QByteArray lastCurrency;
    int digits = 2;
    InstantFormatter instants;
    QByteArray cell;
    const auto name = [](const auto &table, const auto &key, QByteArrayView raw) -> QByteArrayView {
        const auto it = table.constFind(key);
        return it != table.cend() ? QByteArrayView(*it) : raw;
    };

    qint64 written = 0;
    int rc;
    sqlite3_stmt *s = stmt.get();
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const QByteArrayView currency = columnBytes(s, 0);
        if (currency != QByteArrayView(lastCurrency)) {
            lastCurrency = currency.toByteArray();
            auto it = digitsOf.constFind(lastCurrency);
            if (it == digitsOf.cend())
                it = digitsOf.insert(lastCurrency, money::minorDigits(QString::fromUtf8(lastCurrency)));
            digits = *it;
        }
        for (int i = 0; i < chosen.size(); ++i) {
            const int c = i + 1;
            if (!chosen[i].def) {
                customCell(writer, s, c, chosen[i].custom, decimalMark, yes, no, instants, cell);
                continue;
            }
            const Kind kind = chosen[i].def->kind;
            if (sqlite3_column_type(s, c) == SQLITE_NULL) {
                writer.addField({}, isText(kind));
                continue;
            }
            switch (kind) {
            case Kind::Text:
            case Kind::Date:
                writer.addField(columnBytes(s, c), kind == Kind::Text);
                break;
            case Kind::Integer: {
                char buffer[24];
                const auto end = std::to_chars(buffer, buffer + sizeof buffer, sqlite3_column_int64(s, c)).ptr;
                writer.addField(QByteArrayView(buffer, end - buffer), false);
                break;
            }
            case Kind::Amount:
                cell.clear();
                appendAmount(cell, sqlite3_column_int64(s, c), digits, decimalByte);
                if (decimalMark.size() != 1)
                    cell.replace('.', decimalMark);
                writer.addField(cell, false);
                break;
            case Kind::Instant: {
                // Local time, as the user reads it, in a form every spreadsheet parses.
                char local[19];
                const QByteArrayView stored = columnBytes(s, c);
                if (instants.format(stored, local)) {
                    writer.addField(QByteArrayView(local, sizeof local), false);
                } else {
                    writer.addField(fromStoredInstant(QString::fromUtf8(stored))
                                        .toLocalTime()
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                        .toUtf8(),
                                    false);
                }
                break;
            }
            case Kind::Bool:
                writer.addField(sqlite3_column_int(s, c) ? yes : no, false);
                break;
            case Kind::Pipeline:
            case Kind::Stage:
            case Kind::User: {
                const auto &table = kind == Kind::Pipeline ? lookups.pipelines
                                  : kind == Kind::Stage    ? lookups.stages
                                                           : lookups.users;
                writer.addField(name(table, sqlite3_column_int64(s, c), {}), true);
                break;
            }
            case Kind::TypeName:
            case Kind::SourceName:
            case Kind::LostReason: {
                const auto &table = kind == Kind::TypeName     ? lookups.types
                                  : kind == Kind::SourceName ? lookups.sources
                                                             : lookups.lostReasons;
                const QByteArrayView code = columnBytes(s, c);
                // coalesce(name, code): a code no longer in its list is written as it is.
                writer.addField(name(table, QByteArray::fromRawData(code.data(), code.size()), code), true);
                break;
            }
            }
        }
        writer.endRecord();
        ++written;
        if (!writer.ok())
            return Error{Error::Code::Io, Text::tr("Cannot write the export: %1").arg(device->errorString()), {}, {}};
        if (options.progress && written % 4096 == 0 && !options.progress(written, total))
            return Error{Error::Code::Conflict, Text::tr("The export was cancelled."), {}, {}};
    }
    if (rc != SQLITE_DONE)
        return stmt.error();
    if (!writer.flush())
        return Error{Error::Code::Io, Text::tr("Cannot write the export: %1").arg(device->errorString()), {}, {}};
    if (options.progress)
        options.progress(written, total);
    return written;
}

} // namespace comptoir
