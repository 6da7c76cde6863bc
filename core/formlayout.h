// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "entities.h"
#include "result.h"

#include <QObject>

namespace comptoir {

class Clock;
class Database;

// One field's place in a form section: a built-in field key (formfields::builtinKeys()) or a
// custom field key ("cf_12"). A hidden field is not shown but keeps its value.
struct FormFieldRef
{
    QString key;
    bool hidden = false;
    friend bool operator==(const FormFieldRef &, const FormFieldRef &) = default;
};

struct FormSection
{
    // "about" or "more" for the default sections, empty for a section the user added.
    QString builtin;
    // What the user named it; empty: the translated default name of `builtin`.
    QString name;
    bool hidden = false;
    QList<FormFieldRef> fields;

    // The name shown: `name`, else "About the deal" / "More" in the current language.
    QString title() const;
    friend bool operator==(const FormSection &, const FormSection &) = default;
};

// The Details tab of the deal editor for one pipeline: sections in order, each with its
// fields in order. Every known field appears exactly once (see FormLayoutService::load).
struct FormLayout
{
    Id pipelineId = 0;
    QList<FormSection> sections;
    bool isDefault = true; // nothing stored for this pipeline: the default layout

    // Where a field is: {section index, field index}, or {-1, -1}.
    std::pair<int, int> find(const QString &key) const;
    // Visible when it and its section are not hidden.
    bool isVisible(const QString &key) const;
    // The keys shown, in order (the editor's tab order).
    QStringList visibleKeys() const;
    friend bool operator==(const FormLayout &a, const FormLayout &b)
    {
        return a.pipelineId == b.pipelineId && a.sections == b.sections;
    }
};

namespace formfields {
// The built-in fields a form can hold, in the default order: title, amount (with the
// currency), company, contacts, responsible, close_date, probability, type, source,
// begin_date, comment.
QStringList builtinKeys();
bool isBuiltin(const QString &key);
// Translated label of a built-in key, or of a custom field key given the definitions.
QString title(const QString &key, const QList<CustomField> &customFields = {});
} // namespace formfields

// Form layouts per pipeline, stored as rows (form_sections, form_fields; see
// docs/ARCHITECTURE.md). Changing a layout needs the owner.
class FormLayoutService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormLayoutService)
public:
    explicit FormLayoutService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // "About the deal": title, amount, company, contacts, responsible, close date,
    // probability; "More": type, source, begin date, comment, then every custom field.
    static FormLayout defaultLayout(Id pipelineId, const QList<CustomField> &customFields);

    // The stored layout (or the default one), completed: fields it does not mention (a custom
    // field added since) go at the end of the last section, visible; keys of deleted custom
    // fields are dropped.
    Result<FormLayout> load(Id pipelineId) const;
    // Replaces the pipeline's layout. Refused: a key listed twice, an unknown key, a section
    // without a name that is not a default one. Fields left out are appended (see load()).
    Status save(const Actor &actor, Id pipelineId, const FormLayout &layout);
    // Forgets the stored layout: the pipeline shows the default one again.
    Status reset(const Actor &actor, Id pipelineId);

    // Shows or hides one field in one pipeline's layout (the command line's --pipeline).
    Status setFieldHidden(const Actor &actor, Id pipelineId, const QString &key, bool hidden);

Q_SIGNALS:
    void layoutChanged(comptoir::Id pipelineId);

private:
    Status requireOwner(const Actor &actor) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
