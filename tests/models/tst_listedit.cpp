// SPDX-License-Identifier: GPL-3.0-or-later
// Inline edit in the deal list model: each editable field is written through DealService with
// its history, undone and redone from the undo stack; a refused value is reported and leaves
// the deal as it was.

#include "testworkspace.h"

#include "deallistmodel.h"
#include "stores.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// The stored value of a field, as text, to compare before and after.
QString stored(Workspace &ws, Id id, int column)
{
    auto deal = ws.deals().get(ws.actor(), id);
    if (!deal)
        return deal.error().fullText();
    switch (column) {
    case DealListModel::TitleColumn:
        return deal->title;
    case DealListModel::AmountColumn:
        return QString::number(deal->amountMinor);
    case DealListModel::CloseDateColumn:
        return deal->closeDate.toString(Qt::ISODate);
    case DealListModel::TypeColumn:
        return deal->typeCode;
    case DealListModel::SourceColumn:
        return deal->sourceCode;
    case DealListModel::ResponsibleColumn:
        return QString::number(deal->responsibleId);
    }
    return {};
}

} // namespace

class TestListEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QVERIFY2(m_tw->isOpen(), qPrintable(m_tw->error()));
        Deal draft;
        draft.title = QStringLiteral("Website redesign");
        draft.amountMinor = 250000;
        draft.closeDate = QDate(2026, 4, 30);
        COMPTOIR_TRY(deal, (*m_tw)->deals().create(m_tw->actor(), draft));
        m_id = deal->id;
        User seller;
        seller.login = QStringLiteral("claire");
        seller.name = QStringLiteral("Claire Martin");
        COMPTOIR_TRY(user, UserStore(m_tw->db()).insert(seller, m_tw->clock().now()));
        m_seller = *user;
    }

    void anEditIsWrittenWithHistoryAndUndone_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << int(DealListModel::TitleColumn) << QVariant(QStringLiteral("New site")) << "New site";
        QTest::newRow("amount in French") << int(DealListModel::AmountColumn) << QVariant(QStringLiteral("1 234,50"))
                                          << "123450";
        QTest::newRow("close date") << int(DealListModel::CloseDateColumn) << QVariant(QDate(2026, 6, 15))
                                    << "2026-06-15";
        QTest::newRow("type") << int(DealListModel::TypeColumn) << QVariant() << QString(); // first choice
        QTest::newRow("source") << int(DealListModel::SourceColumn) << QVariant() << QString();
        QTest::newRow("responsible") << int(DealListModel::ResponsibleColumn) << QVariant() << QString();
    }

    void anEditIsWrittenWithHistoryAndUndone()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        DealListModel model(m_tw->ws());
        model.setLocale(QLocale(QLocale::French, QLocale::France));
        QUndoStack stack;
        model.setUndoStack(&stack);
        QVERIFY(DealListModel::isEditableColumn(column));
        const QString before = stored(m_tw->ws(), m_id, column);
        if (!value.isValid()) { // a list column: the last choice the editor offers that differs
            const auto choices = model.editChoices(column);
            QVERIFY(choices.size() >= 2);
            for (const auto &choice : choices) {
                if (!choice.second.isEmpty() && choice.second != before)
                    expected = choice.second;
            }
            value = expected;
        }
        QVERIFY(before != expected);
        const qint64 history = rowCount(m_tw->db(), QStringLiteral("history"));

        QVERIFY(model.setData(model.index(0, column), value));
        QCOMPARE(stored(m_tw->ws(), m_id, column), expected);
        QCOMPARE(stack.count(), 1);
        QVERIFY(rowCount(m_tw->db(), QStringLiteral("history")) > history);
        stack.undo();
        QCOMPARE(stored(m_tw->ws(), m_id, column), before);
        stack.redo();
        QCOMPARE(stored(m_tw->ws(), m_id, column), expected);
    }

    void aRefusedEditIsReportedAndChangesNothing_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty title") << int(DealListModel::TitleColumn) << QString();
        QTest::newRow("amount in words") << int(DealListModel::AmountColumn) << QStringLiteral("a lot");
        QTest::newRow("unknown source") << int(DealListModel::SourceColumn) << QStringLiteral("NOPE");
    }

    void aRefusedEditIsReportedAndChangesNothing()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        DealListModel model(m_tw->ws());
        QUndoStack stack;
        model.setUndoStack(&stack);
        QSignalSpy errors(&model, &DealListModel::errorOccurred);
        const QString before = stored(m_tw->ws(), m_id, column);
        const qint64 history = rowCount(m_tw->db(), QStringLiteral("history"));
        QVERIFY(!model.setData(model.index(0, column), text));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stored(m_tw->ws(), m_id, column), before);
        QCOMPARE(rowCount(m_tw->db(), QStringLiteral("history")), history);
    }

    void onlyTheSimpleFieldsAreEditable()
    {
        QVERIFY(!DealListModel::isEditableColumn(DealListModel::StageColumn));
        QVERIFY(!DealListModel::isEditableColumn(DealListModel::IdColumn));
        QVERIFY(!DealListModel::isEditableColumn(DealListModel::CreatedColumn));
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Id m_id = 0;
    Id m_seller = 0;
};

QTEST_GUILESS_MAIN(TestListEdit)
#include "tst_listedit.moc"
