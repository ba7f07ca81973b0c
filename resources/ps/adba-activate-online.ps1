# kmsw-op: adba-activate-online
# Activate the forest online with a host key (what /ad-activation-online calls: DoActiveDirectoryOnlineActivation(key, name)), then read the activation object back.
# kmsw-uses: adba-key adba-object error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $k = K; $nm = N $a.name; $s = S
  $s.DoActiveDirectoryOnlineActivation($k, $nm) | Out-Null
  $o = [ordered]@{ ok = $true; object = A $nm }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
