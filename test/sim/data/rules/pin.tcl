when HTTP_REQUEST {
  set id [HTTP::header value "X-Conversation-ID"]
  if { $id ne "" } { persist uie $id 1800 }
}
