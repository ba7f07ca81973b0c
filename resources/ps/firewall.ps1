# kmsw-op: firewall
# Open or close the KMS port per network profile, by rule Name (firewall-state reads it back).
# Windows ships two disabled rules (group "Key Management Service"):
#   SPPSVC-In-TCP-NoScope  Domain,           any remote address
#   SPPSVC-In-TCP          Private + Public, RemoteAddress LocalSubnet
# Domain enables NoScope; Private and Public together enable SPPSVC-In-TCP. The stock rules are
# only enabled or disabled, never re-profiled: moving SPPSVC-In-TCP to Domain keeps its
# LocalSubnet scope and shuts out clients on routed subnets. Private or Public alone: enabling
# SPPSVC-In-TCP would open the other profile too, so we write our own rule
# KMSW-KMS-In-TCP-<port>-LocalSubnet (same scope, that profile only). Another port: our rules
# KMSW-KMS-In-TCP-<port> (Domain, any address) and ...-LocalSubnet. Closing Private or Public at
# 1688 disables SPPSVC-In-TCP (closing more than asked is the safe side).
# Each target is @(stock rule or '', our rule, profile mask, remote address).
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
function E($w) { throw [ArgumentException]"invalid $w" }
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $pt = $a.port; $en = $a.enabled; $m = 0; $pm = @{ Domain = 1; Private = 2; Public = 4 }
  if ($pt -isnot [int] -or $pt -lt 1 -or $pt -gt 65535) { E port }
  if ($en -isnot [bool]) { E enabled }
  $a.profiles | % { $v = $pm["$_"]; if (!$v) { E profile }; $m = $m -bor $v }
  if (!$m) { E profile }
  $d = $pt -eq 1688; $k = "KMSW-KMS-In-TCP-$pt"; $o = $m -band 6; $t = @()
  if ($m -band 1) { $t += , @($(if ($d) { 'SPPSVC-In-TCP-NoScope' } else { '' }), $k, 1, 'Any') }
  if ($o) { $t += , @($(if ($d -and ($o -eq 6 -or !$en)) { 'SPPSVC-In-TCP' } else { '' }), "$k-LocalSubnet", $o, 'LocalSubnet') }
  $c = !(Get-Command Get-NetFirewallRule -EA 0); $w = 'netsecurity'
  if ($c) {
    # Windows 7 / 2008 R2: COM names a rule by its localised display name, the same for both
    # stock rules; they are found by service and port and told apart by scope ('*' = NoScope).
    $w = 'com'; $fw = New-Object -ComObject HNetCfg.FwPolicy2
    $sr = @($fw.Rules | ? { $_.serviceName -eq 'sppsvc' -and $_.LocalPorts -eq "$pt" })
  }
  foreach ($u in $t) {
    $s, $n, $q, $ra = $u
    if ($c) {
      $x = @($sr | ? { $s -and ($_.RemoteAddresses -eq '*') -eq ($s -like '*NoScope') })[0]
      if ($x) { $x.Enabled = $en; if ($en) { continue } }
      $x = @($fw.Rules | ? { $_.Name -eq $n })[0]; $nw = !$x
      if ($nw -and $en) { $x = New-Object -ComObject HNetCfg.FWRule; $x.Name = $n; $x.Protocol = 6; $x.LocalPorts = "$pt"; $x.Action = 1 }
      if ($x) { $x.Profiles = $q; $x.RemoteAddresses = $ra -replace 'Any', '*'; $x.Enabled = $en; if ($nw) { $fw.Rules.Add($x) } }
    } else {
      if ($s) { Set-NetFirewallRule -Name $s -Enabled "$en" -EA 0; if ($? -and $en) { continue } }
      # Ours: set if it exists, else (when opening) create it with that profile and scope.
      Set-NetFirewallRule -Name $n -Profile $q -RemoteAddress $ra -Enabled "$en" -EA 0
      if (!$? -and $en) { New-NetFirewallRule -Name $n -DisplayName $n -Protocol TCP -LocalPort $pt -Profile $q -RemoteAddress $ra | Out-Null }
    }
  }
  $o = [ordered]@{ ok = $true; method = $w }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
