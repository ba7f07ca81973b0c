# kmsw-op: publishing-events
# The KMS host's DNS publishing events, newest first: 12293 (publishing in a domain failed:
# HRESULT, domain) and 12294 (published in a domain), with their insertion strings, never the
# localised message. No events is normal (publishing off, or not a KMS host yet). Read-only.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $ev = @(try { Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'Microsoft-Windows-Security-SPP'; Id = 12293, 12294 } -MaxEvents 8 -EA 0 | % { [ordered]@{ id = $_.Id; time = $_.TimeCreated.ToUniversalTime().ToString('o'); data = @($_.Properties | % { "$($_.Value)" }) } } } catch {})
  $o = [ordered]@{ ok = $true; events = $ev }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
