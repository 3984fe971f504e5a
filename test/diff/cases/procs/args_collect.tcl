proc f {first args} {
    return "first=$first rest=$args n=[llength $args]"
}
puts [f 1]
puts [f 1 2 3]
puts [f 1 {2 3} 4]
