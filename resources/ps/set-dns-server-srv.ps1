# kmsw-op: set-dns-server-srv
# Add, replace or delete one KMS host's _vlmcs._tcp SRV record on this Windows DNS server with
# its own DnsServer cmdlets (Add-/Remove-DnsServerResourceRecord), then read the records back.
# add: this host's record, keeping other hosts'; replace: the only record; delete: this host's.
# kmsw-uses: error-json dns-srv
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
function I($v, $lo, $hi, $what) {
  if (($v -isnot [int] -and $v -isnot [long]) -or $v -lt $lo -or $v -gt $hi) { throw [ArgumentException]"invalid $what" }
  [int]$v
}
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $z, $m = D $a
  $t = $a.target
  if ($t -isnot [string] -or $t -notmatch '^(?=.{1,253}\z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?\z') { throw [ArgumentException]'invalid target' }
  $t = $t.TrimEnd('.')
  $p = I $a.priority 0 65535 'priority'; $w = I $a.weight 0 65535 'weight'
  $pt = I $a.port 1 65535 'port'; $tl = I $a.ttl 0 2147483647 'ttl'
  $md = $a.mode
  if ($md -isnot [string] -or @('add', 'replace', 'delete') -notcontains $md) { throw [ArgumentException]'invalid mode' }
  $have = $false
  foreach ($r in @(Get-DnsServerResourceRecord -ZoneName $z -Name $m -RRType Srv -EA 0)) {
    $d = $r.RecordData
    $mine = "$($d.DomainName)".TrimEnd('.') -eq $t
    $same = $mine -and ($d.Priority -eq $p) -and ($d.Weight -eq $w) -and ($d.Port -eq $pt)
    if (($md -eq 'delete' -and $mine) -or ($md -ne 'delete' -and !$same -and ($mine -or $md -eq 'replace'))) {
      $r | Remove-DnsServerResourceRecord -ZoneName $z -Force
    } elseif ($same) { $have = $true }
  }
  if ($md -ne 'delete' -and !$have) {
    Add-DnsServerResourceRecord -Srv -ZoneName $z -Name $m -DomainName $t -Priority $p -Weight $w -Port $pt -TimeToLive ([TimeSpan]::FromSeconds($tl))
  }
  $o = R $z $m
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
