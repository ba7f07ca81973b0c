# kmsw-op: adba-apply-cid
# Phone activation of the forest (what /ad-activation-apply-cid calls: DepositActiveDirectoryOfflineActivationConfirmation(key, CID, name)), then read the activation object back.
# kmsw-uses: adba-key adba-object error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $c = $a.cid; if ($c -isnot [string]) { throw [ArgumentException]'invalid cid' }
  $k = K; $nm = N $a.name; $s = S
  $s.DepositActiveDirectoryOfflineActivationConfirmation($k, ($c -replace '[\s-]'), $nm) | Out-Null
  $o = [ordered]@{ ok = $true; object = A $nm }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
