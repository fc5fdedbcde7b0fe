; Included into the CPack NSIS install section (CPACK_NSIS_EXTRA_INSTALL_COMMANDS).
;
; Registers CallDock as a handler of tel: and callto: links the way Windows 8 and later expect:
; a ProgID that opens calldock.exe with the URL, and a Capabilities key listed under
; RegisteredApplications. Windows then offers CallDock in Settings > Default apps; an installer
; can no longer make itself the default. SHCTX follows the install mode (all users or the
; current user) that the CPack installer chose.
!include LogicLib.nsh

WriteRegStr SHCTX "Software\Classes\CallDock.PhoneLink" "" "CallDock phone link"
WriteRegStr SHCTX "Software\Classes\CallDock.PhoneLink" "URL Protocol" ""
WriteRegStr SHCTX "Software\Classes\CallDock.PhoneLink\DefaultIcon" "" "$INSTDIR\bin\calldock.exe,0"
WriteRegStr SHCTX "Software\Classes\CallDock.PhoneLink\shell\open\command" "" '"$INSTDIR\bin\calldock.exe" "%1"'

WriteRegStr SHCTX "Software\CallDock\Capabilities" "ApplicationName" "CallDock"
WriteRegStr SHCTX "Software\CallDock\Capabilities" "ApplicationDescription" "Make and take RingCentral calls and log every call."
WriteRegStr SHCTX "Software\CallDock\Capabilities" "ApplicationIcon" "$INSTDIR\bin\calldock.exe,0"
WriteRegStr SHCTX "Software\CallDock\Capabilities\URLAssociations" "tel" "CallDock.PhoneLink"
WriteRegStr SHCTX "Software\CallDock\Capabilities\URLAssociations" "callto" "CallDock.PhoneLink"
WriteRegStr SHCTX "Software\RegisteredApplications" "CallDock" "Software\CallDock\Capabilities"

; Windows lists a scheme in Default apps only when the scheme itself is registered. When no
; other program registered tel: or callto:, register them pointing at CallDock; an existing
; registration of another program is left alone.
ClearErrors
ReadRegStr $0 HKCR "tel" "URL Protocol"
${If} ${Errors}
    WriteRegStr SHCTX "Software\Classes\tel" "" "URL:tel"
    WriteRegStr SHCTX "Software\Classes\tel" "URL Protocol" ""
    WriteRegStr SHCTX "Software\Classes\tel\shell\open\command" "" '"$INSTDIR\bin\calldock.exe" "%1"'
${EndIf}
ClearErrors
ReadRegStr $0 HKCR "callto" "URL Protocol"
${If} ${Errors}
    WriteRegStr SHCTX "Software\Classes\callto" "" "URL:callto"
    WriteRegStr SHCTX "Software\Classes\callto" "URL Protocol" ""
    WriteRegStr SHCTX "Software\Classes\callto\shell\open\command" "" '"$INSTDIR\bin\calldock.exe" "%1"'
${EndIf}
ClearErrors

; SHCNE_ASSOCCHANGED: Explorer and the Settings app reread the associations.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
