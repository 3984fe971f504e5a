# An authorization check over a sideband connection to another virtual server, failing closed when
# the check cannot be made or is denied, with every refusal sent to a remote log pool over HSL. The
# emulator opens no socket: the scenario's `sideband` responder is what the authz virtual answers.
when CLIENT_ACCEPTED {
  set hsl [HSL::open -proto UDP -pool /Common/syslog_pool]
}
when HTTP_REQUEST {
  set path [string tolower [HTTP::path]]
  if { $path ne "/admin" && ![string match "/admin/*" $path] } { return }
  if { [catch { connect -timeout 200 -idle 30 -status status /Common/vs_authz } conn] } {
    HSL::send $hsl "authz unavailable for [IP::client_addr] [HTTP::uri]: $conn"
    HTTP::respond 503 content "authorization service unavailable" Content-Type text/plain Connection close
    return
  }
  send -timeout 200 -status status $conn "GET /check?uri=[URI::encode [HTTP::uri]] HTTP/1.0\r\n\r\n"
  set answer [recv -timeout 200 -status status 12 $conn]
  close $conn
  if { ![string match "HTTP/1.? 200*" $answer] } {
    HSL::send $hsl "authz denied [IP::client_addr] [HTTP::uri]"
    HTTP::respond 403 content "forbidden"
  }
}
