# kmsw-op: get-iid
# The Installation ID for phone activation of one product.
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
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
  $p = P $a.activation_id
  $o = [ordered]@{ ok = $true; id = $p.ID; iid = $p.OfflineInstallationId }
} catch {
  $e = $_.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h) { $h = $e.ErrorCode }
  $o = [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
$o | ConvertTo-Json -Compress -Depth 5
