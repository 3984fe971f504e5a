# Server-side header rewriting: the request leaves with the client's address and the member's name
# (HTTP_REQUEST_SEND runs on the server side, so clientside {} reads the client); the response loses
# the headers that reveal the back end, gets HSTS, and internal redirects are rewritten to the public host.
when HTTP_REQUEST_SEND {
  HTTP::header remove X-Forwarded-For
  HTTP::header insert X-Forwarded-For [clientside {IP::remote_addr}]
  HTTP::header replace X-Backend "[IP::remote_addr]:[TCP::remote_port]"
}
when HTTP_RESPONSE {
  HTTP::header remove Server
  HTTP::header remove X-Powered-By
  HTTP::header replace Strict-Transport-Security "max-age=31536000"
  if { [HTTP::is_redirect] } {
    set location [HTTP::header Location]
    set fixed [string map -nocase {http://app.internal:8080 https://www.example.com} $location]
    if { $fixed ne $location } {
      HTTP::header replace Location $fixed
      log local0. "Location $location -> $fixed"
    }
  }
  foreach name [HTTP::cookie names] {
    HTTP::cookie secure $name enable
    HTTP::cookie httponly $name enable
  }
  log local0. "[HTTP::status] from [IP::remote_addr]: [HTTP::header names]"
}
