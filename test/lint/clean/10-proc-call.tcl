# A proc normalizes the path; handlers call it with `call`.
# profiles: tcp, http
proc normalize_path { path } {
  set p [string tolower $path]
  while { [string first "//" $p] >= 0 } {
    set p [string map {"//" "/"} $p]
  }
  if { $p ne "/" && [string index $p end] eq "/" } {
    set p [string range $p 0 end-1]
  }
  return $p
}
proc is_api { path {prefix "/api"} } {
  return [expr { $path eq $prefix || [string first "$prefix/" $path] == 0 }]
}
when HTTP_REQUEST {
  set path [call normalize_path [HTTP::path]]
  if { [call is_api $path] } {
    pool api_pool
  } elseif { [call is_api $path "/graphql"] } {
    pool graphql_pool
  } else {
    pool web_pool
  }
}
