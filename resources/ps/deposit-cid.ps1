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
  $p = P $a.activation_id; $id = $p.ID; $cl = $p.__CLASS; $s = gwmi ($cl -replace 'Product$', 'Service')
  $p.DepositOfflineConfirmationId(($i -replace '[\s-]'), ($c -replace '[\s-]')) | Out-Null
  $s.RefreshLicenseStatus() | Out-Null
  $o = [ordered]@{ ok = $true; product = J (gwmi $cl -Filter "ID='$id'") }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
