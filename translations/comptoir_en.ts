<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkService</name>
    <message numerus="yes">
        <location filename="../core/bulkservice.cpp" line="+156"/>
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
        <location filename="../app/cliimport.cpp" line="+191"/>
        <source>... and %Ln more error(s).</source>
        <translation>
            <numerusform>... and %Ln more error.</numerusform>
            <numerusform>... and %Ln more errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n error.</numerusform>
            <numerusform>Nothing was imported: %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cliexport.cpp" line="+72"/>
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
        <location line="+55"/>
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
        <location filename="../core/import/importrun.cpp" line="+57"/>
        <source>The mapping has %n column(s) but the file has %1.</source>
        <translation>
            <numerusform>The mapping has %n column but the file has %1.</numerusform>
            <numerusform>The mapping has %n columns but the file has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+334"/>
        <source>%n row(s) name a responsible who is not a user; you are responsible for those deals.</source>
        <translation>
            <numerusform>%n row names a responsible who is not a user; you are responsible for that deal.</numerusform>
            <numerusform>%n rows name a responsible who is not a user; you are responsible for those deals.</numerusform>
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
    <name>comptoir::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+242"/>
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
        <location filename="../core/pipelineservice.cpp" line="+309"/>
        <source>“%1” holds %n deal(s). Move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>“%1” holds %n deal. Move or delete it before deleting the pipeline.</numerusform>
            <numerusform>“%1” holds %n deals. Move or delete them before deleting the pipeline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>“%1” holds %n deal(s). Choose the stage they move to.</source>
        <translation>
            <numerusform>“%1” holds %n deal. Choose the stage it moves to.</numerusform>
            <numerusform>“%1” holds %n deals. Choose the stage they move to.</numerusform>
        </translation>
    </message>
</context>
</TS>
