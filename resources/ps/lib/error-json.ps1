# kmsw-fragment: error-json
# F: a caught error as the failure document, with the Windows HRESULT (on .NET 4.0
# HResult is not readable: fall back to ErrorCode). A WMI ManagementException's HResult
# is a generic .NET code: its ErrorCode is the WBEM code (0x80041003 access denied). The
# type is compared by name: System.Management may not be loaded yet.
function F($err) {
  $e = $err.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h -or $e.GetType().FullName -eq 'System.Management.ManagementException') { $h = $e.ErrorCode }
  [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
