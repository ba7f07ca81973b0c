# kmsw-op: deposit-cid
# Phone activation: deposit the Confirmation ID.
# kmsw-uses: product-json product-lookup error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $i = $a.iid; $c = $a.cid
  if ($i -isnot [string] -or $c -isnot [string]) { throw [ArgumentException]'invalid iid or cid' }
  $p = P $a.activation_id; $id = $p.ID; $cl = $p.__CLASS
  $p.DepositOfflineConfirmationId(($i -replace '[\s-]'), ($c -replace '[\s-]')) | Out-Null
  if ($cl -like 'S*') { try { $null = (gwmi SoftwareLicensingService).RefreshLicenseStatus() } catch {} } # as on SPP, never on OSPP (README)
  $o = [ordered]@{ ok = $true; product = J (gwmi $cl -Filter "ID='$id'") }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
