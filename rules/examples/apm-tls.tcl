# TLS- and APM-dependent routing: old protocol versions are refused, the client certificate's CN and
# the APM user travel to the server in headers, members of the admins group go to the admin pool, and
# a request without a client certificate gets a 403.
when CLIENTSSL_HANDSHAKE {
  set tls_version [SSL::cipher version]
  set cert_cn ""
  if { [SSL::cert count] > 0 } {
    set cert_cn [findstr [X509::subject [SSL::cert 0]] "CN=" 3 ","]
  }
}
when HTTP_REQUEST {
  if { $tls_version eq "TLSv1" || $tls_version eq "TLSv1.1" } {
    HTTP::respond 426 content "upgrade your TLS client" Upgrade "TLS/1.2"
    return
  }
  if { $cert_cn eq "" } {
    HTTP::respond 403 content "client certificate required"
    return
  }
  set user [ACCESS::session data get session.logon.last.username]
  HTTP::header replace X-Client-CN $cert_cn
  HTTP::header replace X-User $user
  HTTP::header replace X-TLS "[SSL::cipher version] [SSL::cipher name]"
  if { [ACCESS::session data get session.ad.last.attr.memberOf] contains "CN=admins" } {
    pool admin_pool
  }
}
