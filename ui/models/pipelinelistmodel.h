// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QAbstractListModel>
#include <functional>
#include <optional>

namespace comptoir {

class Workspace;

// The choices of a pipeline selector: "All pipelines" first, then each pipeline in its order.
// Follows PipelineService::pipelinesChanged.
class PipelineListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineListModel)
public:
    enum Role {
        PipelineIdRole = Qt::UserRole + 1, // comptoir::Id, or a null QVariant for "All pipelines"
        IsDefaultRole,
    };
    Q_ENUM(Role)

    using ErrorHandler = std::function<void(const Error &)>;

    explicit PipelineListModel(Workspace &workspace, QObject *parent = nullptr);

    void setErrorHandler(ErrorHandler handler);
    void reload();

    // The pipeline of a row; nullopt for "All pipelines" (row 0) and rows out of range.
    std::optional<Id> pipelineId(int row) const;
    // The row of a pipeline, 0 ("All pipelines") for nullopt or an unknown id.
    int rowOf(std::optional<Id> pipelineId) const;
    QList<Pipeline> pipelines() const { return m_pipelines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Workspace &m_workspace;
    ErrorHandler m_errorHandler;
    QList<Pipeline> m_pipelines;
};

} // namespace comptoir
