# Pin each session to one server: the application sets a cookie on the first response, and
# later requests carry it.
# profiles: tcp, http, universal
when HTTP_REQUEST {
  set session [HTTP::cookie value "APPSESSION"]
  if { $session ne "" } {
    persist uie $session 1800
  }
}
when HTTP_RESPONSE {
  set session [HTTP::cookie value "APPSESSION"]
  if { $session ne "" } {
    persist add uie $session 1800
  }
}
