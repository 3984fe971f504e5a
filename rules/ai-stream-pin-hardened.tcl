# ai-stream-pin-hardened: pins every request of one AI conversation (SSE and chunked streams,
# WebSocket upgrades) to one pool member with universal persistence. It is the hardened form of
# ai-stream-pin.tcl; docs/pinning.md lists each difference and the golden case under
# fixtures/ai-stream-pin-hardened/ that shows it. `irule new session-pinning` with its default
# options generates the same behaviour (test/generate/ checks it on those fixtures).
#
# Needs on the virtual server: an HTTP profile, a universal persistence profile naming this rule,
# and a OneConnect profile (without it BIG-IP persists only the first request of a keep-alive
# connection, whatever key later requests carry).
#
# Key, first source that gives a valid one wins:
#   1. the X-Conversation-ID header (exactly one copy: duplicates are ambiguous)
#   2. the conversation_id query parameter (browsers cannot add headers to WebSocket or
#      EventSource requests)
#   3. the X-Session-ID header (exactly one copy)
#   4. the X-API-Key header, as "apikey:" and 32 hex digits of its SHA-256, never the key itself
#   5. the client address
# Identifiers are valid when they match ^[A-Za-z0-9._:-]{1,128}$; an invalid one is skipped, not
# refused (the next source is tried).
# Sec-WebSocket-Key is never a key: it is a fresh random nonce on every handshake (RFC 6455 4.1),
# so a record keyed on it is never found again; a WebSocket upgrade is pinned like any request.
# Constants are literals, not static:: variables: static:: names are shared by every rule on the
# system, so two pinning rules with different timeouts would overwrite each other's.

when HTTP_REQUEST {
  # The X-AI- headers below are this rule's: drop client-sent copies on every request, so the
  # servers never see a forged value next to (or instead of) the one inserted here.
  HTTP::header remove "X-AI-Session-Pinning"
  HTTP::header remove "X-AI-Conversation-ID"
  HTTP::header remove "X-AI-Pin-Source"

  # HTTP::path is the raw request target; for an absolute-form target (http://host/path) it
  # holds the whole URI, so keep only what follows the authority.
  set path [HTTP::path]
  if { not ($path starts_with "/") } {
    if { not [regexp {^[A-Za-z][A-Za-z0-9+.-]*://[^/]*(/.*)?$} $path -> path] } {
      return
    }
  }

  # Pinned endpoints, with path boundaries: /ws/...; /chat, /chat/...; /v1/stream, /v1/stream/...;
  # the OpenAI-style /v1/chat/completions, /v1/responses (SSE when "stream": true) and /v1/realtime
  # (WebSocket), each with /... below it (a ";param" suffix counts as the endpoint).
  switch -glob -- $path {
    "/ws/*" -
    "/chat" -
    "/chat/*" -
    "/chat;*" -
    "/v1/stream" -
    "/v1/stream/*" -
    "/v1/stream;*" -
    "/v1/chat/completions" -
    "/v1/chat/completions/*" -
    "/v1/chat/completions;*" -
    "/v1/responses" -
    "/v1/responses/*" -
    "/v1/responses;*" -
    "/v1/realtime" -
    "/v1/realtime/*" -
    "/v1/realtime;*" {
      # pinned: go on below
    }
    default {
      return
    }
  }

  set key ""
  set pin_source ""
  if { [HTTP::header count "X-Conversation-ID"] == 1 } {
    set id [HTTP::header value "X-Conversation-ID"]
    if { [regexp {^[A-Za-z0-9._:-]{1,128}$} $id] } {
      set key $id
      set pin_source "header:X-Conversation-ID"
    }
  }
  if { $key eq "" } {
    set id [URI::query [HTTP::uri] "conversation_id"]
    if { [regexp {^[A-Za-z0-9._:-]{1,128}$} $id] } {
      set key $id
      set pin_source "query:conversation_id"
    }
  }
  if { $key eq "" && [HTTP::header count "X-Session-ID"] == 1 } {
    set id [HTTP::header value "X-Session-ID"]
    if { [regexp {^[A-Za-z0-9._:-]{1,128}$} $id] } {
      set key $id
      set pin_source "header:X-Session-ID"
    }
  }
  if { $key eq "" && [HTTP::header count "X-API-Key"] == 1 && [HTTP::header value "X-API-Key"] ne "" } {
    # 128 bits of the digest: unique enough for a persistence key, and the credential cannot be
    # read back from the persistence table, the headers sent to the servers or the log.
    binary scan [sha256 [HTTP::header value "X-API-Key"]] H32 digest
    set key "apikey:$digest"
    set pin_source "apikey:X-API-Key"
  }
  if { $key eq "" } {
    set key [IP::client_addr]
    set pin_source "client-ip"
  }

  persist uie $key 1800

  HTTP::header insert "X-AI-Session-Pinning" "enabled"
  HTTP::header insert "X-AI-Conversation-ID" $key
  HTTP::header insert "X-AI-Pin-Source" $pin_source

  # Sampled logging: one line per key per 60 s and at most 100 lines a minute, so a busy
  # conversation or a flood of new keys cannot flood /var/log/ltm. The path only: query strings may
  # carry tokens.
  if { [table lookup -notouch -subtable aipin_logged -- $key] eq "" } {
    set minute [expr { [clock seconds] / 60 }]
    if { [table incr -notouch -subtable aipin_log_budget $minute] <= 100 } {
      table set -subtable aipin_logged -- $key 1 indefinite 60
      log local0. "AI_STREAM_PIN source=$pin_source key=$key path=$path client=[IP::client_addr]"
    }
  }
}
