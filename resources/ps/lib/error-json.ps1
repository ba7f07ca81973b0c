# kmsw-fragment: error-json
# F: a caught error as the failure document, with the Windows HRESULT (on .NET 4.0
# HResult is not readable: fall back to ErrorCode).
function F($err) {
  $e = $err.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h) { $h = $e.ErrorCode }
  [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
