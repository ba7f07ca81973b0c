# kmsw-fragment: adba-key
# K: the host key from standard input ($KmswInput: base64 JSON), never from the command;
# no cmdlet sees it. S: SoftwareLicensingService, refused where it has no ADBA methods
# (Windows 7 / Server 2008 R2: DoActiveDirectoryOnlineActivation came with Windows 8 /
# Server 2012, slmgr.vbs of that generation; NotSupportedException, 0x80131515).
function K {
$k = $null; if ($KmswInput) { Add-Type -AssemblyName System.Web.Extensions; $k = (New-Object Web.Script.Serialization.JavaScriptSerializer).DeserializeObject([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswInput)))['key'] }
if ($k -isnot [string]) { throw [ArgumentException]'invalid key' }
$k
}
function S {
$s = gwmi SoftwareLicensingService
if (!($s | gm DoActiveDirectoryOnlineActivation)) { throw (New-Object NotSupportedException 'No activation via Active Directory before Windows 8 / Server 2012.') }
$s
}
function N($v) { if ($v -isnot [string] -or $v.Trim().Length -eq 0 -or $v.Length -gt 64 -or $v -match '[\x00-\x1f]') { throw [ArgumentException]'invalid name' }; $v }
