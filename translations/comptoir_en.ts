<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkCommand</name>
    <message numerus="yes">
        <location filename="../ui/models/bulkcommands.cpp" line="+183"/>
        <source>Move %n deal(s) to “%1”</source>
        <translation>
            <numerusform>Move %n deal to “%1”</numerusform>
            <numerusform>Move %n deals to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Move %n deal(s) to the pipeline “%1”</source>
        <translation>
            <numerusform>Move %n deal to the pipeline “%1”</numerusform>
            <numerusform>Move %n deals to the pipeline “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Give %n deal(s) to %1</source>
        <translation>
            <numerusform>Give %n deal to %1</numerusform>
            <numerusform>Give %n deals to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the type of %n deal(s)</source>
        <translation>
            <numerusform>Set the type of %n deal</numerusform>
            <numerusform>Set the type of %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the source of %n deal(s)</source>
        <translation>
            <numerusform>Set the source of %n deal</numerusform>
            <numerusform>Set the source of %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Close %n deal(s) as won</source>
        <translation>
            <numerusform>Close %n deal as won</numerusform>
            <numerusform>Close %n deals as won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Close %n deal(s) as lost</source>
        <translation>
            <numerusform>Close %n deal as lost</numerusform>
            <numerusform>Close %n deals as lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Delete %n deal</numerusform>
            <numerusform>Delete %n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message numerus="yes">
        <location filename="../core/bulkservice.cpp" line="+162"/>
        <source>%n of the deals are in another pipeline. Move them to the pipeline of this stage instead.</source>
        <translation>
            <numerusform>%n of the deals is in another pipeline. Move it to the pipeline of this stage instead.</numerusform>
            <numerusform>%n of the deals are in another pipeline. Move them to the pipeline of this stage instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cliimport.cpp" line="+247"/>
        <source>... and %Ln more error(s).</source>
        <translation>
            <numerusform>... and %Ln more error.</numerusform>
            <numerusform>... and %Ln more errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) with errors left out; their errors are in %1.</source>
        <translation>
            <numerusform>%n row with errors left out; its errors are in %1.</numerusform>
            <numerusform>%n rows with errors left out; their errors are in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n error.</numerusform>
            <numerusform>Nothing was imported: %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cliexport.cpp" line="+90"/>
        <source>%Ln deal(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln deal exported to %1.</numerusform>
            <numerusform>%Ln deals exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clilist.cpp" line="+73"/>
        <source>%Ln deal(s) in the recycle bin</source>
        <translation>
            <numerusform>%Ln deal in the recycle bin</numerusform>
            <numerusform>%Ln deals in the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <location line="+28"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%Ln deal(s) changed.</source>
        <translation>
            <numerusform>%Ln deal changed.</numerusform>
            <numerusform>%Ln deals changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cliactivities.cpp" line="+58"/>
        <source> (%n min)</source>
        <translation>
            <numerusform> (%n min)</numerusform>
            <numerusform> (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clicalendar.cpp" line="+198"/>
        <source>%n activities written to %1.</source>
        <translation>
            <numerusform>%n activity written to %1.</numerusform>
            <numerusform>%n activities written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n activities planned on deal %1.</source>
        <translation>
            <numerusform>%n activity planned on deal %1.</numerusform>
            <numerusform>%n activities planned on deal %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message numerus="yes">
        <location filename="../core/csv/dateguess.cpp" line="+116"/>
        <source>%n value(s) in this column are not dates, for example &quot;%1&quot;%2.</source>
        <translation>
            <numerusform>%n value in this column is not a date, for example &quot;%1&quot;%2.</numerusform>
            <numerusform>%n values in this column are not dates, for example &quot;%1&quot;%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) could be read either way, for example &quot;%1&quot;: %2 (%3) or %4 (%5). Choose the date order.</source>
        <translation>
            <numerusform>%n row could be read either way, for example &quot;%1&quot;: %2 (%3) or %4 (%5). Choose the date order.</numerusform>
            <numerusform>%n rows could be read either way, for example &quot;%1&quot;: %2 (%3) or %4 (%5). Choose the date order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n date(s) read as %1.</source>
        <translation>
            <numerusform>The %n date reads as %1.</numerusform>
            <numerusform>All %n dates read as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n date(s) are unambiguous.</source>
        <translation>
            <numerusform>The %n date is unambiguous.</numerusform>
            <numerusform>All %n dates are unambiguous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/csv/encoding.cpp" line="+226"/>
        <source>This file does not look like text (it holds %n control or NUL bytes), so it cannot be a CSV file.</source>
        <translation>
            <numerusform>This file does not look like text (it holds %n control or NUL byte), so it cannot be a CSV file.</numerusform>
            <numerusform>This file does not look like text (it holds %n control or NUL bytes), so it cannot be a CSV file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/csv/reader.cpp" line="+171"/>
        <source>the file has more than %n rows, the most one import takes.</source>
        <translation>
            <numerusform>the file has more than %n row, the most one import takes.</numerusform>
            <numerusform>the file has more than %n rows, the most one import takes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the header has %n</source>
        <translation>
            <numerusform>the header has %n</numerusform>
            <numerusform>the header has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the first row has %n</source>
        <translation>
            <numerusform>the first row has %n</numerusform>
            <numerusform>the first row has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>this row has %n field(s) where %1.</source>
        <translation>
            <numerusform>this row has %n field where %1.</numerusform>
            <numerusform>this row has %n fields where %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/csv/readerscan.cpp" line="+115"/>
        <source>this row has more than %n fields, the most a row may have.</source>
        <translation>
            <numerusform>this row has more than %n field, the most a row may have.</numerusform>
            <numerusform>this row has more than %n fields, the most a row may have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>a field is longer than %n characters, the most a field may hold.</source>
        <translation>
            <numerusform>a field is longer than %n character, the most a field may hold.</numerusform>
            <numerusform>a field is longer than %n characters, the most a field may hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>this row is longer than %n characters, the most a row may hold.</source>
        <translation>
            <numerusform>this row is longer than %n character, the most a row may hold.</numerusform>
            <numerusform>this row is longer than %n characters, the most a row may hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/csv/values.cpp" line="+206"/>
        <source>%1 has more than %n decimal(s).</source>
        <translation>
            <numerusform>%1 has more than %n decimal.</numerusform>
            <numerusform>%1 has more than %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCommand</name>
    <message numerus="yes">
        <location filename="../ui/models/dealcommands.cpp" line="+106"/>
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>Move %n deal to %1</numerusform>
            <numerusform>Move %n deals to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Mark %n deal(s) as won</source>
        <translation>
            <numerusform>Mark %n deal as won</numerusform>
            <numerusform>Mark %n deals as won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mark %n deal(s) as lost</source>
        <translation>
            <numerusform>Mark %n deal as lost</numerusform>
            <numerusform>Mark %n deals as lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Delete %n deal</numerusform>
            <numerusform>Delete %n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <location filename="../core/import/importrun.cpp" line="+60"/>
        <source>The mapping has %n column(s) but the file has %1.</source>
        <translation>
            <numerusform>The mapping has %n column but the file has %1.</numerusform>
            <numerusform>The mapping has %n columns but the file has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+436"/>
        <source>%n row(s) name a responsible who is not a user; you are responsible for those deals.</source>
        <translation>
            <numerusform>%n row names a responsible who is not a user; you are responsible for that deal.</numerusform>
            <numerusform>%n rows name a responsible who is not a user; you are responsible for those deals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDealsCommand</name>
    <message numerus="yes">
        <location filename="../ui/models/binmodel.cpp" line="+119"/>
        <source>Restore %n deal(s)</source>
        <translation>
            <numerusform>Restore %n deal</numerusform>
            <numerusform>Restore %n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ActivitiesTab</name>
    <message numerus="yes">
        <location filename="../ui/editor/activitiestab.cpp" line="+93"/>
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityService</name>
    <message numerus="yes">
        <location filename="../core/activityreminders.cpp" line="+36"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::BulkBar</name>
    <message numerus="yes">
        <location filename="../ui/bulkbar.cpp" line="+189"/>
        <source>All %Ln filtered deal(s) are selected.</source>
        <translation>
            <numerusform>All %Ln filtered deal is selected.</numerusform>
            <numerusform>All %Ln filtered deals are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+6"/>
        <source>%Ln deal(s) selected.</source>
        <translation>
            <numerusform>%Ln deal selected.</numerusform>
            <numerusform>%Ln deals selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Select all %Ln filtered deal(s)</source>
        <translation>
            <numerusform>Select all %Ln filtered deal</numerusform>
            <numerusform>Select all %Ln filtered deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>Move %Ln deal(s) to the recycle bin? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Move %Ln deal to the recycle bin? Edit &gt; Undo brings them back.</numerusform>
            <numerusform>Move %Ln deals to the recycle bin? Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ClientService</name>
    <message numerus="yes">
        <location filename="../core/clientservice.cpp" line="+149"/>
        <source>The company “%1” is still used by %n deal(s) or contact(s).</source>
        <translation>
            <numerusform>The company “%1” is still used by %n deal or contact.</numerusform>
            <numerusform>The company “%1” is still used by %n deals or contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::CustomFieldService</name>
    <message numerus="yes">
        <location filename="../core/customfielddefs.cpp" line="+145"/>
        <source>The choice “%1” is used by %n deal(s); it cannot be removed.</source>
        <translation>
            <numerusform>The choice “%1” is used by %n deal; it cannot be removed.</numerusform>
            <numerusform>The choice “%1” is used by %n deals; it cannot be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="+42"/>
        <source>Export the %Ln deal(s) of the list, in its order.</source>
        <translation>
            <numerusform>Export the %Ln deal of the list, in its order.</numerusform>
            <numerusform>Export the %Ln deals of the list, in its order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The &amp;visible columns of the list (%n)</source>
        <translation>
            <numerusform>The &amp;visible columns of the list (%n)</numerusform>
            <numerusform>The &amp;visible columns of the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;All fields (%n)</source>
        <translation>
            <numerusform>&amp;All fields (%n)</numerusform>
            <numerusform>&amp;All fields (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportDryRunPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importdryrunpage.cpp" line="+228"/>
        <source>%Ln more error(s) are not listed.</source>
        <translation>
            <numerusform>%Ln more error is not listed.</numerusform>
            <numerusform>%Ln more errors are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln row(s) in error will be left out; their errors will be written to &quot;%1&quot;. Import writes the others in one transaction.</source>
        <translation>
            <numerusform>%Ln row in error will be left out; its error will be written to &quot;%1&quot;. Import writes the others in one transaction.</numerusform>
            <numerusform>%Ln rows in error will be left out; their errors will be written to &quot;%1&quot;. Import writes the others in one transaction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportMappingPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importmappingpage.cpp" line="+256"/>
        <source>%1 of %Ln column(s) imported; the others are ignored.</source>
        <translation>
            <numerusform>%1 of %Ln column imported; the others are ignored.</numerusform>
            <numerusform>%1 of %Ln columns imported; the others are ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportRulesPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importrulespage.cpp" line="+278"/>
        <source>%Ln value(s) are not stages of this pipeline.</source>
        <translation>
            <numerusform>%Ln value is not stages of this pipeline.</numerusform>
            <numerusform>%Ln values are not stages of this pipeline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>All %Ln date(s) of the file read as %1.</source>
        <translation>
            <numerusform>All %Ln date of the file read as %1.</numerusform>
            <numerusform>All %Ln dates of the file read as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportRunPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importrunpage.cpp" line="+105"/>
        <source>The import stopped on %Ln error(s) and nothing was written. The file changed since the check?</source>
        <translation>
            <numerusform>The import stopped on %Ln error and nothing was written. The file changed since the check?</numerusform>
            <numerusform>The import stopped on %Ln errors and nothing was written. The file changed since the check?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportSummaryPage</name>
    <message numerus="yes">
        <location line="+110"/>
        <source>Remove the %Ln deal(s) this import created and restore the ones it changed?</source>
        <translation>
            <numerusform>Remove the %Ln deal this import created and restore the ones it changed?</numerusform>
            <numerusform>Remove the %Ln deals this import created and restore the ones it changed?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanView</name>
    <message numerus="yes">
        <location filename="../ui/kanbanview.cpp" line="+318"/>
        <source>Move %n deal(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n deal to the recycle bin?</numerusform>
            <numerusform>Move %n deals to the recycle bin?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::LostReasonDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkdialogs.cpp" line="+50"/>
        <source>Close %Ln deal(s) as lost.</source>
        <translation>
            <numerusform>Close %Ln deal as lost.</numerusform>
            <numerusform>Close %Ln deals as lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+297"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/pipelinelistmodel.cpp" line="+83"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineService</name>
    <message numerus="yes">
        <location filename="../core/pipelineservice.cpp" line="+345"/>
        <source>“%1” holds %n deal(s). Move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>“%1” holds %n deal. Move or delete it before deleting the pipeline.</numerusform>
            <numerusform>“%1” holds %n deals. Move or delete them before deleting the pipeline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>“%1” holds %n deal(s). Choose the stage they move to.</source>
        <translation>
            <numerusform>“%1” holds %n deal. Choose the stage it moves to.</numerusform>
            <numerusform>“%1” holds %n deals. Choose the stage they move to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineTargetDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkdialogs.cpp" line="+36"/>
        <source>Move %Ln deal(s) to another pipeline.</source>
        <translation>
            <numerusform>Move %Ln deal to another pipeline.</numerusform>
            <numerusform>Move %Ln deals to another pipeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PipelinesPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/pipelinespage.cpp" line="+463"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>“%1” holds %n deal. Move them to:</numerusform>
            <numerusform>“%1” holds %n deals. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::RecycleBinView</name>
    <message numerus="yes">
        <location filename="../ui/recyclebinview.cpp" line="+114"/>
        <source>Delete %n deal(s) for good?</source>
        <translation>
            <numerusform>Delete %n deal for good?</numerusform>
            <numerusform>Delete %n deals for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The %Ln most recently deleted deal(s).</source>
        <translation>
            <numerusform>The %Ln most recently deleted deal.</numerusform>
            <numerusform>The %Ln most recently deleted deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln deleted deal(s). Restore brings a deal back with its history.</source>
        <translation>
            <numerusform>%Ln deleted deal. Restore brings a deal back with its history.</numerusform>
            <numerusform>%Ln deleted deals. Restore brings a deal back with its history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::WeekCanvas</name>
    <message numerus="yes">
        <location filename="../ui/calendarweekcanvas.cpp" line="+275"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
