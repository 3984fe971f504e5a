proc kind {script} {
    try $script on break {} - on continue {} {
        return "loop control"
    } on error {m} - trap {X} {m} {
        return "failed: $m"
    } on ok {r} {
        return "ok: $r"
    }
}
puts [kind {break}]
puts [kind {continue}]
puts [kind {error oops}]
puts [kind {throw {X Y} thrown}]
puts [kind {set v 12}]
