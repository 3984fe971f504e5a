when HTTP_REQUEST {
  if { [class match [HTTP::uri] starts_with uri_pools] } {
    pool [class match -value [HTTP::uri] starts_with uri_pools]
  }
}
