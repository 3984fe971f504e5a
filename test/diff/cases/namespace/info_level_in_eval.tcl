namespace eval lv {
    puts [info level]
    puts [info level 1]
    puts [uplevel 1 {info level}]
}
proc p {} {
    namespace eval lv {
        puts "level in eval inside proc: [info level]"
        puts [info level 1]
    }
}
p
proc lv::q {} { info level 0 }
puts [lv::q]
puts [namespace eval lv {q}]
