; The GramDesk installer for Windows (NSIS 3, Modern UI 2). Built by build-installer.sh, which passes
; VERSION, STAGE (the folder with the programs and their DLLs), OUTFILE and ICON.
Unicode true
!include "MUI2.nsh"

Name "GramDesk (ग्रामडेस्क) ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\GramDesk"
InstallDirRegKey HKLM "Software\GramDesk" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"

!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\gramdesk.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Hindi"

Section "GramDesk" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\GramDesk" "InstallDir" "$INSTDIR"
  CreateShortcut "$SMPROGRAMS\GramDesk.lnk" "$INSTDIR\gramdesk.exe"
  CreateShortcut "$DESKTOP\GramDesk.lnk" "$INSTDIR\gramdesk.exe"
  !define UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\GramDesk"
  WriteRegStr HKLM "${UNINST}" "DisplayName" "GramDesk (ग्रामडेस्क)"
  WriteRegStr HKLM "${UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST}" "DisplayIcon" "$INSTDIR\gramdesk.exe"
  WriteRegStr HKLM "${UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINST}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST}" "NoRepair" 1
SectionEnd

; The office's books and backups live in the user's application data (%APPDATA%\GramDesk), never in the
; program folder: uninstalling removes the program only.
Section "Uninstall"
  Delete "$SMPROGRAMS\GramDesk.lnk"
  Delete "$DESKTOP\GramDesk.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\GramDesk"
  DeleteRegKey HKLM "Software\GramDesk"
SectionEnd
