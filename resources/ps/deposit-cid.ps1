# kmsw-op: deposit-cid
# Phone activation: deposit the Confirmation ID.
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
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
function P($id) {
  if ($null -eq $id) { $q = "ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f' AND PartialProductKey IS NOT NULL" }
  elseif ($id -is [string] -and $id -match '^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\z') { $q = "ID='$id'" }
  else { throw [ArgumentException]'invalid activation_id' }
  $p = @(gwmi SoftwareLicensingProduct -Filter $q) + @(gwmi OfficeSoftwareProtectionProduct -Filter $q -EA 0)
  if (!$p[0]) { throw (New-Object Runtime.InteropServices.COMException -ArgumentList @('No such product holds a key.', -1073418222)) }
  $p[0]
}
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $i = $a.iid; $c = $a.cid
  if ($i -isnot [string] -or $c -isnot [string]) { throw [ArgumentException]'invalid iid or cid' }
  $p = P $a.activation_id; $id = $p.ID; $cl = $p.__CLASS; $s = gwmi ($cl -replace 'Product$', 'Service')
  $p.DepositOfflineConfirmationId(($i -replace '[\s-]'), ($c -replace '[\s-]')) | Out-Null
  $s.RefreshLicenseStatus() | Out-Null
  $o = [ordered]@{ ok = $true; product = J (gwmi $cl -Filter "ID='$id'") }
} catch {
  $e = $_.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h) { $h = $e.ErrorCode }
  $o = [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
$o | ConvertTo-Json -Compress -Depth 5
