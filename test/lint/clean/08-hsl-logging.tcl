# Access log over high-speed logging: one line per request, sent when the response arrives.
# profiles: tcp, http
when CLIENT_ACCEPTED {
  set hsl [HSL::open -proto UDP -pool syslog_pool]
}
when HTTP_REQUEST {
  set start [clock clicks -milliseconds]
  set method [HTTP::method]
  set uri [HTTP::uri]
  set host [HTTP::host]
}
when HTTP_RESPONSE {
  set elapsed [expr { [clock clicks -milliseconds] - $start }]
  HSL::send $hsl "<190> [IP::client_addr] $host \"$method $uri\" [HTTP::status] ${elapsed}ms\n"
}
