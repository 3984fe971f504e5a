# Handler words that come from variables are interpreted at run time.
set kw on
set code error
set vars {m}
set body {puts "dynamic: $m"}
try {error one} $kw $code $vars $body
set t try
$t {error two} trap {} msg {puts "via variable command: $msg"}
set script {error three}
try $script on error m {puts "script from variable: $m"}
set fin finally
try {puts body} $fin {puts "finally from variable"}
