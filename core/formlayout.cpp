// SPDX-License-Identifier: GPL-3.0-or-later
#include "formlayout.h"

#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>
#include <QSet>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FormLayout)
};

const QString About = QStringLiteral("about");
const QString More = QStringLiteral("more");

// The keys a layout may hold today: built-in ones, then the custom fields in their order.
QStringList knownKeys(const QList<CustomField> &customFields)
{
    QStringList keys = formfields::builtinKeys();
    for (const CustomField &f : customFields)
        keys << f.key();
    return keys;
}

// Drops keys nobody knows any more (a deleted custom field) and appends, visible, the keys the
// layout does not mention (a field added since) to its last section.
void complete(FormLayout &layout, const QList<CustomField> &customFields)
{
    const QStringList keys = knownKeys(customFields);
    QSet<QString> seen;
    for (FormSection &s : layout.sections) {
        s.fields.removeIf([&](const FormFieldRef &f) { return !keys.contains(f.key) || seen.contains(f.key); });
        for (const FormFieldRef &f : s.fields)
            seen.insert(f.key);
    }
    if (layout.sections.isEmpty())
        layout.sections.append(FormSection{More, {}, false, {}});
    for (const QString &key : keys) {
        if (!seen.contains(key))
            layout.sections.last().fields.append({key, false});
    }
}
} // namespace

QString FormSection::title() const
{
    if (!name.isEmpty())
        return name;
    if (builtin == About)
        return Text::tr("About the deal");
    if (builtin == More)
        return Text::tr("More");
    return {};
}

std::pair<int, int> FormLayout::find(const QString &key) const
{
    for (int s = 0; s < sections.size(); ++s) {
        for (int f = 0; f < sections.at(s).fields.size(); ++f) {
            if (sections.at(s).fields.at(f).key == key)
                return {s, f};
        }
    }
    return {-1, -1};
}

bool FormLayout::isVisible(const QString &key) const
{
    const auto [s, f] = find(key);
    return s >= 0 && !sections.at(s).hidden && !sections.at(s).fields.at(f).hidden;
}

QStringList FormLayout::visibleKeys() const
{
    QStringList keys;
    for (const FormSection &s : sections) {
        if (s.hidden)
            continue;
        for (const FormFieldRef &f : s.fields) {
            if (!f.hidden)
                keys << f.key;
        }
    }
    return keys;
}

namespace formfields {

QStringList builtinKeys()
{
    return {QStringLiteral("title"),       QStringLiteral("amount"),     QStringLiteral("company"),
            QStringLiteral("contacts"),    QStringLiteral("responsible"), QStringLiteral("close_date"),
            QStringLiteral("probability"), QStringLiteral("type"),       QStringLiteral("source"),
            QStringLiteral("begin_date"),  QStringLiteral("comment")};
}

bool isBuiltin(const QString &key)
{
    return builtinKeys().contains(key);
}

QString title(const QString &key, const QList<CustomField> &customFields)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("FormLayout", "Title")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("FormLayout", "Amount")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("FormLayout", "Company")},
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("FormLayout", "Contacts")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("FormLayout", "Responsible")},
        {QStringLiteral("close_date"), QT_TRANSLATE_NOOP("FormLayout", "Expected close date")},
        {QStringLiteral("probability"), QT_TRANSLATE_NOOP("FormLayout", "Probability")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("FormLayout", "Type")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("FormLayout", "Source")},
        {QStringLiteral("begin_date"), QT_TRANSLATE_NOOP("FormLayout", "Begin date")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("FormLayout", "Comment")},
    };
    if (const auto it = labels.constFind(key); it != labels.constEnd())
        return QCoreApplication::translate("FormLayout", *it);
    for (const CustomField &f : customFields) {
        if (f.key() == key)
            return f.name;
    }
    return key;
}

} // namespace formfields

FormLayoutService::FormLayoutService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

Status FormLayoutService::requireOwner(const Actor &actor) const
{
    auto user = UserStore(m_db).byId(actor.userId);
    if (!user)
        return Error::forbidden(tr("Unknown user %1.").arg(actor.userId));
    if (!user->isOwner)
        return Error::forbidden(tr("Only an administrator can change the deal form."));
    return {};
}

FormLayout FormLayoutService::defaultLayout(Id pipelineId, const QList<CustomField> &customFields)
{
    FormLayout layout;
    layout.pipelineId = pipelineId;
    FormSection about{About, {}, false, {}};
    for (const char *key : {"title", "amount", "company", "contacts", "responsible", "close_date", "probability"})
        about.fields.append({QString::fromLatin1(key), false});
    FormSection more{More, {}, false, {}};
    for (const char *key : {"type", "source", "begin_date", "comment"})
        more.fields.append({QString::fromLatin1(key), false});
    layout.sections = {about, more};
    complete(layout, customFields);
    return layout;
}

Result<FormLayout> FormLayoutService::load(Id pipelineId) const
{
    if (auto p = PipelineStore(m_db).byId(pipelineId); !p)
        return p.error();
    auto custom = CustomFieldService(m_db, m_clock).fields();
    if (!custom)
        return custom.error();
    auto q = m_db.exec(QStringLiteral("SELECT s.id, coalesce(s.builtin, ''), coalesce(s.name, ''), s.hidden, f.field_key, f.hidden "
                                      "FROM form_sections s LEFT JOIN form_fields f ON f.section_id = s.id "
                                      "WHERE s.pipeline_id = ? ORDER BY s.sort, s.id, f.sort"),
                       {pipelineId});
    if (!q)
        return q.error();
    FormLayout layout;
    layout.pipelineId = pipelineId;
    Id current = 0;
    while (q->next()) {
        if (q->value(0).toLongLong() != current) {
            current = q->value(0).toLongLong();
            layout.sections.append(FormSection{q->value(1).toString(), q->value(2).toString(), q->value(3).toBool(), {}});
        }
        if (!q->value(4).isNull())
            layout.sections.last().fields.append({q->value(4).toString(), q->value(5).toBool()});
    }
    if (layout.sections.isEmpty())
        return defaultLayout(pipelineId, *custom);
    layout.isDefault = false;
    complete(layout, *custom);
    return layout;
}

Status FormLayoutService::save(const Actor &actor, Id pipelineId, const FormLayout &input)
{
    if (auto s = requireOwner(actor); !s)
        return s;
    if (auto p = PipelineStore(m_db).byId(pipelineId); !p)
        return p.error();
    auto custom = CustomFieldService(m_db, m_clock).fields();
    if (!custom)
        return custom.error();
    if (input.sections.isEmpty())
        return Error::invalid(tr("The form needs at least one section."), QStringLiteral("sections"));
    const QStringList keys = knownKeys(*custom);
    QSet<QString> seen, builtins;
    for (const FormSection &s : input.sections) {
        if (!s.builtin.isEmpty() && s.builtin != About && s.builtin != More)
            return Error::invalid(tr("“%1” is not a default section.").arg(s.builtin), QStringLiteral("sections"));
        if (!s.builtin.isEmpty() && builtins.contains(s.builtin))
            return Error::invalid(tr("The section “%1” is listed twice.").arg(s.title()), QStringLiteral("sections"));
        builtins.insert(s.builtin);
        if (s.title().trimmed().isEmpty())
            return Error::invalid(tr("Every section needs a name."), QStringLiteral("sections"));
        for (const FormFieldRef &f : s.fields) {
            if (!keys.contains(f.key))
                return Error::invalid(tr("“%1” is not a field of deals.").arg(f.key), QStringLiteral("fields"));
            if (seen.contains(f.key))
                return Error::invalid(tr("The field “%1” is in the form twice.").arg(formfields::title(f.key, *custom)),
                                      QStringLiteral("fields"));
            seen.insert(f.key);
        }
    }
    FormLayout layout = input;
    complete(layout, *custom);

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM form_sections WHERE pipeline_id = ?"), {pipelineId}); !q)
        return q.error();
    int sectionSort = 0;
    for (const FormSection &s : layout.sections) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO form_sections (pipeline_id, builtin, name, sort, hidden) VALUES (?, ?, ?, ?, ?)"),
                           {pipelineId, s.builtin.isEmpty() ? QVariant() : QVariant(s.builtin),
                            s.name.trimmed().isEmpty() ? QVariant() : QVariant(s.name.trimmed()), sectionSort++, int(s.hidden)});
        if (!q)
            return q.error();
        const Id sectionId = q->lastInsertId().toLongLong();
        int fieldSort = 0;
        for (const FormFieldRef &f : s.fields) {
            if (auto r = m_db.exec(QStringLiteral("INSERT INTO form_fields (pipeline_id, section_id, field_key, sort, hidden) "
                                                  "VALUES (?, ?, ?, ?, ?)"),
                                   {pipelineId, sectionId, f.key, fieldSort++, int(f.hidden)}); !r)
                return r.error();
        }
    }
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this, pipelineId] { Q_EMIT layoutChanged(pipelineId); });
    return {};
}

Status FormLayoutService::reset(const Actor &actor, Id pipelineId)
{
    if (auto s = requireOwner(actor); !s)
        return s;
    if (auto p = PipelineStore(m_db).byId(pipelineId); !p)
        return p.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM form_sections WHERE pipeline_id = ?"), {pipelineId}); !q)
        return q.error();
    m_db.afterCommit([this, pipelineId] { Q_EMIT layoutChanged(pipelineId); });
    return {};
}

Status FormLayoutService::setFieldHidden(const Actor &actor, Id pipelineId, const QString &key, bool hidden)
{
    auto layout = load(pipelineId);
    if (!layout)
        return layout.error();
    const auto [s, f] = layout->find(key);
    if (s < 0)
        return Error::invalid(tr("“%1” is not a field of deals.").arg(key), QStringLiteral("fields"));
    layout->sections[s].fields[f].hidden = hidden;
    if (!hidden)
        layout->sections[s].hidden = false;
    return save(actor, pipelineId, *layout);
}

} // namespace comptoir
