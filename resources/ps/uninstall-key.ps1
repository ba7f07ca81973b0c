# kmsw-op: uninstall-key
# Remove the key of one product (activation_id is required: no ID would remove every key).
# kmsw-uses: product-json product-lookup error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  if ($null -eq $a.activation_id) { throw [ArgumentException]'invalid activation_id' }
  $p = P $a.activation_id; $id = $p.ID; $c = $p.__CLASS
  if ($c -like 'O*') { $null = $p.UninstallProductKey($p.ProductKeyID) } # OSPP wants its ProductKeyID (README)
  else { $null = $p.UninstallProductKey(); try { $null = (gwmi SoftwareLicensingService).RefreshLicenseStatus() } catch {} }
  $p = gwmi $c -Filter "ID='$id'"
  $o = [ordered]@{ ok = $true; product = J $p }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
