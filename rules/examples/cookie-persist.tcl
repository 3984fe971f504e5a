# Cookie persistence on the application's own session cookie: the server sets JSESSIONID, the rule
# records which member issued it, and later requests carrying the cookie go back to that member.
when HTTP_REQUEST {
  set jsid [HTTP::cookie value JSESSIONID]
  if { [regexp {^[A-Za-z0-9-]{3,64}$} $jsid] } {
    persist uie $jsid 1800
  }
}
when HTTP_RESPONSE {
  set issued [HTTP::cookie value JSESSIONID]
  if { $issued ne "" && $issued ne $jsid } {
    persist add uie $issued 1800
    log local0. "session [string range [b64encode [sha256 $issued]] 0 11] issued by [IP::server_addr]:[TCP::server_port]"
  }
}
