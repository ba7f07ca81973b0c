# kmsw-op: install-key
# Install a key (ospp: Office 2010 service); report its product.
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
function B($v, $what) { if ($v -isnot [bool]) { throw [ArgumentException]"invalid $what" }; $v }
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $k = $a.key
  if ($k -isnot [string]) { throw [ArgumentException]'invalid key' }
  $c = 'SoftwareLicensing'; if ($null -ne $a.ospp -and (B $a.ospp 'ospp')) { $c = 'OfficeSoftwareProtection' }
  $s = gwmi "$($c)Service"
  $s.InstallProductKey($k) | Out-Null
  $s.RefreshLicenseStatus() | Out-Null
  # Re-read: the product whose PartialProductKey is the key's last five characters.
  $l = $k.Trim(); $l = $l.Substring($l.Length - 5)
  if ($l -notmatch '^\w{5}\z') { throw [ArgumentException]'invalid key' }
  $o = [ordered]@{ ok = $true; product = J @(gwmi "$($c)Product" -Filter "PartialProductKey='$l'")[0] }
} catch {
  $e = $_.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h) { $h = $e.ErrorCode }
  $o = [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
$o | ConvertTo-Json -Compress -Depth 5
