// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/fields.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class ImportWizard;

// Step 2: what each column fills (a deal, client or product field, or nothing), matched
// automatically on its header and the CRM export format; saved and loaded as named profiles.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The field chosen for a column (tests and screenshots read it back).
    import::Field fieldOf(int column) const;
    void setField(int column, import::Field field);

private:
    void presetChosen();
    void applyMapping(const QList<import::Field> &mapping);
    void fieldChosen(int column);
    void fillProfiles();
    void saveProfile();
    void loadProfile();
    void updateSummary();
    QComboBox *fieldCombo(int column) const;

    ImportWizard *m_wizard;
    QComboBox *m_preset;
    QComboBox *m_profiles;
    QPushButton *m_load;
    QTableWidget *m_table;
    QLabel *m_summary;
    bool m_filling = false;
};

} // namespace comptoir
