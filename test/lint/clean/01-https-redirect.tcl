# Redirect plain HTTP to HTTPS, keep the host and the URI; retire an old host name.
# profiles: tcp, http
when HTTP_REQUEST {
  if { [string tolower [HTTP::host]] eq "old.example.com" } {
    HTTP::respond 301 Location "https://www.example.com[HTTP::uri]" Connection close
    return
  }
  if { [TCP::local_port] == 80 } {
    HTTP::redirect "https://[getfield [HTTP::host] ":" 1][HTTP::uri]"
    return
  }
  HTTP::header replace "Strict-Transport-Security" "max-age=31536000"
}
