@echo off
rem Builds the Serverless Studio installer for Windows (an .msi) - docs/decisions/0042.
rem Needs a JDK 17 or newer (with jpackage and jlink), Maven, and the WiX Toolset 3 (candle.exe, light.exe) on the PATH.
rem   installers\build.cmd          extra arguments go to Maven
rem The .msi lands in installers\target\installer\, the app image in installers\target\jpackage\image\.
setlocal
cd /d "%~dp0.."
call mvn -B -q -pl installers -am package -DskipTests -Pinstaller %*
if errorlevel 1 exit /b 1
echo installers\build.cmd: built
dir /b installers\target\installer
