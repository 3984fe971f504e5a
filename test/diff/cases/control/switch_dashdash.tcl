set v -x
switch -- $v {
    -x { puts dash-x }
    default { puts none }
}
switch -exact -- -glob { -glob { puts literal } }
