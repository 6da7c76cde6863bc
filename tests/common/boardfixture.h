// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the board model and Kanban view tests: a TestWorkspace with its default pipeline
// and helpers to make deals on named stages and read their state back.

#include "boardmodel.h"
#include "stores.h"
#include "testworkspace.h"

#include <QMimeData>

namespace comptoir::test {

class BoardFixture
{
public:
    BoardFixture()
    {
        if (!m_ws.isOpen())
            qFatal("cannot open the fixture database: %s", qPrintable(m_ws.error()));
        m_sales = m_ws->pipelines().defaultPipeline(m_ws.actor()).value();
    }

    TestWorkspace &tw() { return m_ws; }
    Workspace &ws() { return m_ws.ws(); }
    const Pipeline &sales() const { return m_sales; }

    Id stageId(const QString &name) const
    {
        for (const Stage &s : m_sales.stages) {
            if (s.name == name)
                return s.id;
        }
        qFatal("no stage %s", qPrintable(name));
        return 0;
    }

    Id add(const QString &title, qint64 amountMinor = 10000, const QString &stage = QStringLiteral("New"))
    {
        m_ws.clock().advanceSecs(60); // distinct creation instants: a stable newest-first order
        Deal draft;
        draft.title = title;
        draft.amountMinor = amountMinor;
        draft.pipelineId = m_sales.id;
        draft.stageId = stageId(stage);
        auto created = m_ws->deals().create(m_ws.actor(), draft);
        if (!created)
            qFatal("cannot create a fixture deal: %s", qPrintable(created.error().fullText()));
        return created->id;
    }

    Deal deal(Id id) { return m_ws->deals().get(m_ws.actor(), id).value(); }

    // The titles of a board column as loaded.
    static QStringList titles(const BoardModel &model, Id stageId)
    {
        QStringList result;
        const QModelIndex stage = model.stageIndex(stageId);
        for (int r = 0; r < model.rowCount(stage); ++r)
            result << model.index(r, 0, stage).data().toString();
        return result;
    }

    qint64 count(const BoardModel &model, const QString &stage) const
    {
        return model.stageIndex(stageId(stage)).data(BoardModel::CountRole).toLongLong();
    }

    int historyRows(Id dealId, const QString &type)
    {
        const auto events = m_ws->deals().history(m_ws.actor(), dealId).value();
        return int(std::count_if(events.begin(), events.end(),
                                 [&type](const HistoryEvent &e) { return e.type == type; }));
    }

    QString firstLostReason()
    {
        const auto items = ListStore(m_ws.db()).items(lists::LostReason).value();
        return items.isEmpty() ? QString() : items.first().code;
    }

private:
    TestWorkspace m_ws;
    Pipeline m_sales;
};

} // namespace comptoir::test
