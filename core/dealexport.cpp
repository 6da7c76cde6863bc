// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealexport.h"

#include "clock.h"
#include "csvwriter.h"
#include "database.h"
#include "money.h"

#include <QCoreApplication>
#include <QIODevice>

#include <sqlite3.h>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealExport)
};

enum class Kind { Text, Integer, Amount, Date, Instant, Bool };

struct FieldDef
{
    const char *key;
    const char *header;
    const char *sql; // an expression over the joins of ExportFrom: constants only
    Kind kind;
    bool listColumn; // one of the list's default columns
};

// The whitelist of what an export can hold; nothing else reaches the SELECT.
const FieldDef Fields[] = {
    {"id", QT_TRANSLATE_NOOP("DealExport", "ID"), "d.id", Kind::Integer, true},
    {"title", QT_TRANSLATE_NOOP("DealExport", "Title"), "d.title", Kind::Text, true},
    {"amount", QT_TRANSLATE_NOOP("DealExport", "Amount"), "d.amount_minor", Kind::Amount, true},
    {"currency", QT_TRANSLATE_NOOP("DealExport", "Currency"), "d.currency", Kind::Text, true},
    {"pipeline", QT_TRANSLATE_NOOP("DealExport", "Pipeline"), "p.name", Kind::Text, true},
    {"stage", QT_TRANSLATE_NOOP("DealExport", "Stage"), "s.name", Kind::Text, true},
    {"company", QT_TRANSLATE_NOOP("DealExport", "Company"), "c.name", Kind::Text, true},
    {"contact", QT_TRANSLATE_NOOP("DealExport", "Contact"),
     "trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, ''))", Kind::Text, true},
    {"responsible", QT_TRANSLATE_NOOP("DealExport", "Responsible"), "u.name", Kind::Text, true},
    {"type", QT_TRANSLATE_NOOP("DealExport", "Type"), "coalesce(lt.name, d.type_code)", Kind::Text, true},
    {"source", QT_TRANSLATE_NOOP("DealExport", "Source"), "coalesce(ls.name, d.source_code)", Kind::Text, true},
    {"begin_date", QT_TRANSLATE_NOOP("DealExport", "Begin date"), "d.begin_date", Kind::Date, true},
    {"close_date", QT_TRANSLATE_NOOP("DealExport", "Expected close date"), "d.close_date", Kind::Date, true},
    {"probability", QT_TRANSLATE_NOOP("DealExport", "Probability"), "d.probability", Kind::Integer, true},
    {"repeat", QT_TRANSLATE_NOOP("DealExport", "Repeat"), "d.is_repeat", Kind::Bool, true},
    {"created", QT_TRANSLATE_NOOP("DealExport", "Created"), "d.created_at", Kind::Instant, true},
    {"closed", QT_TRANSLATE_NOOP("DealExport", "Closed"), "d.closed", Kind::Bool, false},
    {"closed_at", QT_TRANSLATE_NOOP("DealExport", "Closed at"), "d.closed_at", Kind::Instant, false},
    {"lost_reason", QT_TRANSLATE_NOOP("DealExport", "Lost reason"), "coalesce(lr.name, d.lost_reason)", Kind::Text, false},
    {"lost_note", QT_TRANSLATE_NOOP("DealExport", "Lost note"), "d.lost_note", Kind::Text, false},
    {"comment", QT_TRANSLATE_NOOP("DealExport", "Comment"), "d.comment", Kind::Text, false},
    {"next_activity", QT_TRANSLATE_NOOP("DealExport", "Next activity"), "d.next_activity_at", Kind::Instant, false},
    {"updated", QT_TRANSLATE_NOOP("DealExport", "Updated"), "d.updated_at", Kind::Instant, false},
};

const QString ExportFrom = QStringLiteral(
    " FROM deals d JOIN pipelines p ON p.id = d.pipeline_id JOIN stages s ON s.id = d.stage_id"
    " LEFT JOIN companies c ON c.id = d.company_id"
    " LEFT JOIN deal_contacts pc ON pc.deal_id = d.id AND pc.is_primary = 1"
    " LEFT JOIN contacts ct ON ct.id = pc.contact_id LEFT JOIN users u ON u.id = d.responsible_id"
    " LEFT JOIN list_items lt ON lt.list = 'deal_type' AND lt.code = d.type_code"
    " LEFT JOIN list_items ls ON ls.list = 'source' AND ls.code = d.source_code"
    " LEFT JOIN list_items lr ON lr.list = 'lost_reason' AND lr.code = d.lost_reason");

const FieldDef *field(const QString &key)
{
    for (const FieldDef &f : Fields) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
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
        for (int i = 0; m_rc == SQLITE_OK && i < values.size(); ++i) {
            const QVariant &v = values[i];
            if (v.isNull()) {
                m_rc = sqlite3_bind_null(m_stmt, i + 1);
            } else if (v.typeId() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                m_rc = sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                m_rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            }
        }
        return m_rc == SQLITE_OK;
    }
    sqlite3_stmt *get() const { return m_stmt; }
    Error error() const
    {
        return Error::storage(Text::tr("Cannot read the deals to export."), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

QString columnText(sqlite3_stmt *stmt, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)) : QString();
}

} // namespace

QStringList exportFieldKeys()
{
    QStringList keys;
    for (const FieldDef &f : Fields)
        keys << QString::fromLatin1(f.key);
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
    QList<const FieldDef *> chosen;
    for (const QString &key : options.fields.isEmpty() ? defaultExportFieldKeys() : options.fields) {
        const FieldDef *f = field(key);
        if (!f)
            return Error::invalid(Text::tr("Unknown field “%1”. Fields: %2.").arg(key, exportFieldKeys().join(QStringLiteral(", "))),
                                  QStringLiteral("fields"));
        chosen << f;
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
    QStringList columns{QStringLiteral("d.currency")};
    for (const FieldDef *f : std::as_const(chosen))
        columns << QLatin1String(f->sql);
    Statement stmt(db.handle(), QStringLiteral("SELECT %1%2 WHERE %3 ORDER BY %4")
                                    .arg(columns.join(QStringLiteral(", ")), ExportFrom, *where, dealOrderBy(sort)));
    if (!stmt.bind(values))
        return stmt.error();

    csv::Writer writer(device, writerOptions);
    QStringList cells;
    QList<bool> isText;
    for (const FieldDef *f : std::as_const(chosen)) {
        cells << QCoreApplication::translate("DealExport", f->header);
        isText << true;
    }
    writer.writeRecord(cells, isText);
    isText.clear();
    for (const FieldDef *f : std::as_const(chosen))
        isText << (f->kind == Kind::Text);
    const QString yes = Text::tr("yes"), no = Text::tr("no");

    qint64 written = 0;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        cells.clear();
        const QString currency = columnText(stmt.get(), 0);
        for (int i = 0; i < chosen.size(); ++i) {
            sqlite3_stmt *s = stmt.get();
            const int c = i + 1;
            if (sqlite3_column_type(s, c) == SQLITE_NULL) {
                cells << QString();
                continue;
            }
            switch (chosen[i]->kind) {
            case Kind::Text:
            case Kind::Date:
                cells << columnText(s, c);
                break;
            case Kind::Integer:
                cells << QString::number(sqlite3_column_int64(s, c));
                break;
            case Kind::Amount: {
                QString amount = money::toDecimalString(sqlite3_column_int64(s, c), currency);
                if (decimal != u'.')
                    amount.replace(QLatin1Char('.'), decimal);
                cells << amount;
                break;
            }
            case Kind::Instant:
                // Local time, as the user reads it, in a form every spreadsheet parses.
                cells << fromStoredInstant(columnText(s, c)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                break;
            case Kind::Bool:
                cells << (sqlite3_column_int(s, c) ? yes : no);
                break;
            }
        }
        writer.writeRecord(cells, isText);
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
