# Keeps the hall terminal running on Windows: starts the host and starts it again whenever it exits
# (a crash, or the daily restart at watchdog.dailyRestartAt, which exits with code 75), waiting a
# little longer after each quick failure so a broken install does not spin the CPU.
# Started at logon by hall-terminal-task.xml (see packaging/README.md).
param(
  [string]$Exe = "$env:LOCALAPPDATA\Programs\hall-terminal\hall-terminal.exe",
  [string]$Config = "$env:ProgramData\hall-terminal\terminal.json",
  [string]$LogFile = "$env:ProgramData\hall-terminal\run-terminal.log"
)
$env:HALL_CONFIG = $Config
$wait = 5
while ($true) {
  $started = Get-Date
  $p = Start-Process -FilePath $Exe -PassThru -Wait
  $ran = ((Get-Date) - $started).TotalSeconds
  Add-Content -Path $LogFile -Value "$(Get-Date -Format o) exited with $($p.ExitCode) after $([int]$ran) s"
  # Exit 0 is staff quitting from the admin panel: it stays down until the next logon.
  if ($p.ExitCode -eq 0) { break }
  # A run of more than ten minutes counts as healthy: the wait starts again at 5 s.
  if ($ran -gt 600) { $wait = 5 } else { $wait = [Math]::Min($wait * 2, 300) }
  if ($p.ExitCode -eq 75) { $wait = 1 }
  Start-Sleep -Seconds $wait
}
