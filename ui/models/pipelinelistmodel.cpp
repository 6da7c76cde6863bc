// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinelistmodel.h"

#include "workspace.h"

namespace comptoir {

PipelineListModel::PipelineListModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.pipelines(), &PipelineService::pipelinesChanged, this,
            &PipelineListModel::reload);
    reload();
}

void PipelineListModel::setErrorHandler(ErrorHandler handler)
{
    m_errorHandler = std::move(handler);
}

void PipelineListModel::reload()
{
    auto pipelines = m_workspace.pipelines().pipelines(m_workspace.actor());
    if (!pipelines) {
        if (m_errorHandler)
            m_errorHandler(pipelines.error());
        Q_EMIT errorOccurred(pipelines.error().message);
        return;
    }
    beginResetModel();
    m_pipelines = std::move(pipelines).value();
    endResetModel();
}

std::optional<Id> PipelineListModel::pipelineId(int row) const
{
    if (row < 1 || row > m_pipelines.size())
        return std::nullopt;
    return m_pipelines[row - 1].id;
}

int PipelineListModel::rowOf(std::optional<Id> pipelineId) const
{
    if (!pipelineId)
        return 0;
    for (qsizetype i = 0; i < m_pipelines.size(); ++i) {
        if (m_pipelines[i].id == *pipelineId)
            return int(i) + 1;
    }
    return 0;
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipelines.size()) + 1;
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All pipelines");
        case IsDefaultRole:
            return false;
        default:
            return {};
        }
    }
    const Pipeline &pipeline = m_pipelines[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return pipeline.name;
    case PipelineIdRole:
        return pipeline.id;
    case IsDefaultRole:
        return pipeline.isDefault;
    case Qt::ToolTipRole:
        return tr("%n stage(s)", nullptr, int(pipeline.stages.size()));
    default:
        return {};
    }
}

QHash<int, QByteArray> PipelineListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PipelineIdRole, "pipelineId");
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

} // namespace comptoir
