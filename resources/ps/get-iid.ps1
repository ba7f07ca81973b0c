# kmsw-op: get-iid
# The Installation ID for phone activation of one product.
# kmsw-uses: product-lookup error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $p = P $a.activation_id
  $o = [ordered]@{ ok = $true; id = $p.ID; iid = $p.OfflineInstallationId }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
