# Choose the pool from the request path; the most specific patterns come first.
# profiles: tcp, http, oneconnect
when HTTP_REQUEST {
  switch -glob -- [string tolower [HTTP::path]] {
    "/api/v2/*" { pool api_v2_pool }
    "/api/*" { pool api_pool }
    "/static/*" -
    "*.css" -
    "*.js" { pool static_pool }
    "/health" {
      HTTP::respond 200 content "OK" Content-Type "text/plain"
      return
    }
    default { pool web_pool }
  }
}
