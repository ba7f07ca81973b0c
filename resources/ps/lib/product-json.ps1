# kmsw-fragment: product-json
# J: one licensed product as the JSON record the Python side reads (resources/ps/README.md).
# Uses $n ('KeyManagementService'), set by the including script.
function J($p) {
  $d = $p.Description; $c = 'OTHER'; $ov = $null
  if ($d -match 'KMSCLIENT|VOLUME_KMS(?!CLIENT)|MAK|TIMEBASED|VIRTUAL_MACHINE|RETAIL|OEM') { $c = $Matches[0].ToUpper() -replace 'KMSCLIENT', 'GVLK' -replace 'VOLUME_KMS', 'CSVLK' -replace 'VIRTUAL_MACHINE', 'AVMA' }
  if ($p.Name -match '^Office (\d\d)') { $ov = "20$($Matches[1])" -replace '2014', '2010' -replace '2015', '2013' }
  [ordered]@{
    id = $p.ID; application_id = $p.ApplicationID; name = $p.Name; description = $d; channel = $c
    license_status = $p.LicenseStatus; status_reason = '0x{0:X8}' -f $p.LicenseStatusReason
    grace_minutes = $p.GracePeriodRemaining; partial_key = $p.PartialProductKey
    kms_machine = $p."$($n)Machine"; kms_port = $p."$($n)Port"
    discovered_host = $p."Discovered$($n)MachineName"; discovered_port = $p."Discovered$($n)MachinePort"
    is_kms_host_key = $c -eq 'CSVLK'; current_count = $p."$($n)CurrentCount"; required_count = $p.RequiredClientCount
    office_version = $ov; source = @('spp', 'ospp')[$p.__CLASS -like 'Office*']
  }
}
