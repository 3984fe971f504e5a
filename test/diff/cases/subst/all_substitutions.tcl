set name World
puts [subst {Hello $name [string length $name] \t!}]
puts [subst {no {braces} special}]
