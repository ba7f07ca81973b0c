# kmsw-op: dns-server-srv
# Read the _vlmcs._tcp SRV records of one zone on this Windows DNS server (a domain controller)
# with its own DnsServer cmdlets. Read-only.
# kmsw-uses: error-json dns-srv
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $z, $m = D $a
  $o = R $z $m
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
