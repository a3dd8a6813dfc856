@echo off
rem Serverless Studio launcher for Windows: "studio" opens the desktop app, "studio validate FILE..." checks
rem diagrams, "studio --help" lists the commands. Builds the app with Maven on first use.
setlocal
set "ROOT=%~dp0"
set "TARGET=%ROOT%app\target"
set "JAR=%TARGET%\studio-app.jar"

set "NEEDS_BUILD="
if not exist "%JAR%" set NEEDS_BUILD=1
if not exist "%TARGET%\lib\" set NEEDS_BUILD=1
if not exist "%TARGET%\javafx\" set NEEDS_BUILD=1
if defined NEEDS_BUILD (
    echo Building Serverless Studio ^(first run^)... 1>&2
    pushd "%ROOT%"
    call mvn -B -q -DskipTests package -pl app -am 1>&2
    if errorlevel 1 (
        popd
        echo studio: the build failed ^(see above^). 1>&2
        exit /b 2
    )
    popd
)

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"

"%JAVA%" --module-path "%TARGET%\javafx" --add-modules javafx.controls,javafx.swing ^
    --enable-native-access=javafx.graphics ^
    --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED ^
    --add-exports javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED ^
    --add-exports javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED ^
    -cp "%JAR%;%TARGET%\lib\*" studio.serverless.app.Main %*
exit /b %ERRORLEVEL%
