<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>ConvertCommand</name>
        <message numerus="yes">
            <source>Nothing to change on %n host(s): %1.</source>
            <translation>
                <numerusform>Nothing to change on %n host: %1.</numerusform>
                <numerusform>Nothing to change on %n hosts: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change %n host(s) as planned above? Type “yes” to go ahead: </source>
            <translation>
                <numerusform>Change %n host as planned above? Type “yes” to go ahead: </numerusform>
                <numerusform>Change %n hosts as planned above? Type “yes” to go ahead: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DnsPage</name>
        <message numerus="yes">
            <source>%n problem(s) found: clients may not find this host.</source>
            <translation>
                <numerusform>%n problem found: clients may not find this host.</numerusform>
                <numerusform>%n problems found: clients may not find this host.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FleetInventory</name>
        <message numerus="yes">
            <source>… and %n more line(s) left out.</source>
            <translation>
                <numerusform>… and %n more line left out.</numerusform>
                <numerusform>… and %n more lines left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FleetReport</name>
        <message numerus="yes">
            <source>Licensing scan of %n host(s)</source>
            <translation>
                <numerusform>Licensing scan of %n host</numerusform>
                <numerusform>Licensing scan of %n hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ending within %n day(s)</source>
            <translation>
                <numerusform>Ending within %n day</numerusform>
                <numerusform>Ending within %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HostDashboard</name>
        <message numerus="yes">
            <source>%n more machine(s) must ask this host before Windows Server machines activate (count %1 of %2).</source>
            <translation>
                <numerusform>%n more machine must ask this host before Windows Server machines activate (count %1 of %2).</numerusform>
                <numerusform>%n more machines must ask this host before Windows Server machines activate (count %1 of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more machine(s) must ask this host before Windows clients activate (count %1 of %2).</source>
            <translation>
                <numerusform>%n more machine must ask this host before Windows clients activate (count %1 of %2).</numerusform>
                <numerusform>%n more machines must ask this host before Windows clients activate (count %1 of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more Office installation(s) must ask this host before Office %1 activates (count %2 of %3).</source>
            <translation>
                <numerusform>%n more Office installation must ask this host before Office %1 activates (count %2 of %3).</numerusform>
                <numerusform>%n more Office installations must ask this host before Office %1 activates (count %2 of %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) failed: the host key does not cover those clients' editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</source>
            <translation>
                <numerusform>%n request failed: the host key does not cover those clients' editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</numerusform>
                <numerusform>%n requests failed: the host key does not cover those clients' editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanCommand</name>
        <message numerus="yes">
            <source>The scan was cancelled: %n host(s) not scanned.</source>
            <translation>
                <numerusform>The scan was cancelled: %n host not scanned.</numerusform>
                <numerusform>The scan was cancelled: %n hosts not scanned.</numerusform>
            </translation>
        </message>
    </context>
</TS>
