<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>&lt;b&gt;Cannot train yet:&lt;/b&gt; fix %n problem(s) first (see the Problems panel)&lt;ul style='margin-left:12px'&gt;{0}{1}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Cannot train yet:&lt;/b&gt; fix %n problem first (see the Problems panel)&lt;ul style='margin-left:12px'&gt;{0}{1}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;b&gt;Cannot train yet:&lt;/b&gt; fix %n problems first (see the Problems panel)&lt;ul style='margin-left:12px'&gt;{0}{1}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n seed</numerusform>
            <numerusform>%n seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n problem(s)</source>
        <translation>
            <numerusform>{0}: %n problem</numerusform>
            <numerusform>{0}: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message numerus="yes">
        <source>colour {0!r} does not fit a network taking %n channel(s)</source>
        <translation>
            <numerusform>colour {0!r} does not fit a network taking %n channel</numerusform>
            <numerusform>colour {0!r} does not fit a network taking %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n more epoch(s)</source>
        <translation>
            <numerusform>%n more epoch</numerusform>
            <numerusform>%n more epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>Copied %n layer(s) as JSON</source>
        <translation>
            <numerusform>Copied %n layer as JSON</numerusform>
            <numerusform>Copied %n layers as JSON</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>This network has %n problem(s), so it cannot be trained, and NetBuilder will refuse to open the file until they are fixed.</source>
        <translation>
            <numerusform>This network has %n problem, so it cannot be trained, and NetBuilder will refuse to open the file until they are fixed.</numerusform>
            <numerusform>This network has %n problems, so it cannot be trained, and NetBuilder will refuse to open the file until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBinding</name>
    <message numerus="yes">
        <source>Training on for %n more epoch(s) from the current weights</source>
        <translation>
            <numerusform>Training on for %n more epoch from the current weights</numerusform>
            <numerusform>Training on for %n more epochs from the current weights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message numerus="yes">
        <source>%n local worker process(es), one BLAS thread each</source>
        <translation>
            <numerusform>%n local worker process, one BLAS thread each</numerusform>
            <numerusform>%n local worker processes, one BLAS thread each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dask cluster at {0} (%n worker(s))</source>
        <translation>
            <numerusform>Dask cluster at {0} (%n worker)</numerusform>
            <numerusform>Dask cluster at {0} (%n workers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message numerus="yes">
        <source>Delete %n run(s) ({0}) and their files?</source>
        <translation>
            <numerusform>Delete %n run ({0}) and their files?</numerusform>
            <numerusform>Delete %n runs ({0}) and their files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message numerus="yes">
        <source> %n run(s) failed, e.g.: {0}</source>
        <translation>
            <numerusform> %n run failed, e.g.: {0}</numerusform>
            <numerusform> %n runs failed, e.g.: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n seed</numerusform>
            <numerusform>%n seeds</numerusform>
        </translation>
    </message>
</context>
</TS>
