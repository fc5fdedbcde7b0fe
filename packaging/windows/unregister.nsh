; Included into the CPack NSIS uninstall section (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS).
; Undoes register.nsh; tel: and callto: scheme keys are removed only when they still open
; CallDock, so a handler installed later by another program survives.
!include LogicLib.nsh

DeleteRegValue SHCTX "Software\RegisteredApplications" "CallDock"
DeleteRegKey SHCTX "Software\CallDock\Capabilities"
DeleteRegKey /ifempty SHCTX "Software\CallDock"
DeleteRegKey SHCTX "Software\Classes\CallDock.PhoneLink"

ReadRegStr $0 SHCTX "Software\Classes\tel\shell\open\command" ""
${If} $0 == '"$INSTDIR\bin\calldock.exe" "%1"'
    DeleteRegKey SHCTX "Software\Classes\tel"
${EndIf}
ReadRegStr $0 SHCTX "Software\Classes\callto\shell\open\command" ""
${If} $0 == '"$INSTDIR\bin\calldock.exe" "%1"'
    DeleteRegKey SHCTX "Software\Classes\callto"
${EndIf}
ClearErrors

System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
