# Tell the servers who the client is: remove what the client sent, then insert our own values.
# profiles: tcp, http
when HTTP_REQUEST {
  HTTP::header remove "X-Forwarded-For"
  HTTP::header remove "X-Forwarded-Proto"
  HTTP::header remove "X-Real-IP"
  HTTP::header insert "X-Forwarded-For" [IP::client_addr]
  HTTP::header insert "X-Forwarded-Proto" "https"
  HTTP::header insert "X-Real-IP" [IP::client_addr]
}
when HTTP_RESPONSE {
  HTTP::header remove "Server"
  HTTP::header remove "X-Powered-By"
  if { ![HTTP::header exists "X-Content-Type-Options"] } {
    HTTP::header insert "X-Content-Type-Options" "nosniff"
  }
}
