# kmsw-fragment: product-json
# J: one licensed product as the JSON record the Python side reads (resources/ps/README.md).
# Uses $n ('KeyManagementService'), set by the including script. Not indented: every
# character costs 2.7 in the command line (resources/ps/README.md).
# U: WMI's uint32 -1 ("none": not a KMS host, no request yet) reaches PowerShell as
# 4294967295; the documents say null instead ($null passes through as $null).
function U($v) { if ($v -ne [uint32]::MaxValue) { $v } }
function J($p) {
$d = $p.Description; $c = 'OTHER'; $v = $null
if ($d -match 'KMSCLIENT|VOLUME_KMS(?!CLIENT)|MAK|TIMEBASED|VIRTUAL_MACHINE|RETAIL|OEM') { $c = $Matches[0].ToUpper() -replace 'KMSCLIENT', 'GVLK' -replace 'VOLUME_KMS', 'CSVLK' -replace 'VIRTUAL_MACHINE', 'AVMA' }
if ($p.Name -match '^Office (\d\d)') { $v = "20$($Matches[1])" -replace '2014', '2010' -replace '2015', '2013' }
[ordered]@{
id = $p.ID; application_id = $p.ApplicationID; name = $p.Name; description = $d; channel = $c
license_status = $p.LicenseStatus; status_reason = '0x{0:X8}' -f $p.LicenseStatusReason
grace_minutes = $p.GracePeriodRemaining; partial_key = $p.PartialProductKey
kms_machine = $p."${n}Machine"; kms_port = $p."${n}Port"
discovered_host = $p."Discovered${n}MachineName"; discovered_port = $p."Discovered${n}MachinePort"
is_kms_host_key = $c -eq 'CSVLK'; current_count = U $p."${n}CurrentCount"; required_count = U $p.RequiredClientCount
is_addon = [bool]$p.LicenseIsAddon; office_version = $v; source = @('spp', 'ospp')[$p.__CLASS -like 'Office*']
}
}
