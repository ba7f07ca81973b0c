# kmsw-fragment: dns-srv
# For dns-server-srv and set-dns-server-srv, run ON a Windows DNS server (a domain controller):
# D checks the zone and record name and that this machine runs the DNS Server role (its
# DnsServer module, Windows Server 2012 and later); R reads the zone's _vlmcs._tcp SRV records
# with Get-DnsServerResourceRecord, and for an AD-integrated zone the owner of the record's AD
# object (dnsNode), the account that created it: a KMS host can update only a record it owns.
function D($a) {
  $z = $a.zone; $m = $a.name
  if ($z -isnot [string] -or $z -notmatch '^(?=.{1,253}\z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\z') { throw [ArgumentException]'invalid zone' }
  if ($m -isnot [string] -or $m -notmatch '^_vlmcs\._tcp(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\z') { throw [ArgumentException]'invalid name' }
  if (!(Get-Command Get-DnsServerZone -EA 0)) { throw [NotSupportedException]'This machine has no DnsServer module: it is not a Windows DNS server.' }
  # 9601 DNS_ERROR_ZONE_DOES_NOT_EXIST, as an HRESULT.
  if (!(Get-DnsServerZone -Name $z -EA 0)) { throw (New-Object Runtime.InteropServices.COMException "The zone $z does not exist on this DNS server.", 0x80072581) }
  $z, $m
}
function R($z, $m) {
  $q = Get-DnsServerZone -Name $z
  $rs = @(foreach ($r in @(Get-DnsServerResourceRecord -ZoneName $z -Name $m -RRType Srv -EA 0)) {
    $d = $r.RecordData; $ow = $null
    if ($q.IsDsIntegrated -and $r.DistinguishedName) {
      try { $ow = ([ADSI]"LDAP://$($r.DistinguishedName)").psbase.ObjectSecurity.GetOwner([Security.Principal.NTAccount]).Value } catch { }
    }
    [ordered]@{ target = "$($d.DomainName)"; priority = [int]$d.Priority; weight = [int]$d.Weight; port = [int]$d.Port; ttl = [int]$r.TimeToLive.TotalSeconds; owner = $ow } })
  [ordered]@{ ok = $true; zone = "$($q.ZoneName)"; ds_integrated = [bool]$q.IsDsIntegrated; dynamic_update = "$($q.DynamicUpdate)"; records = $rs }
}
