# kmsw-op: activate
# Activate one product online (KMS, MAK or host key) and report its verified state.
# kmsw-uses: product-json product-lookup error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $p = P $a.activation_id; $id = $p.ID; $c = $p.__CLASS
  $p.Activate() | Out-Null
  if ($c -like 'S*') { try { $null = (gwmi SoftwareLicensingService).RefreshLicenseStatus() } catch {} } # as on SPP, never on OSPP (README)
  $o = [ordered]@{ ok = $true; product = J (gwmi $c -Filter "ID='$id'") }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
