namespace eval bar {}
namespace eval foo {
    # a relative name is a child of the current namespace, even when ::bar exists
    namespace eval bar { puts [namespace current] }
    puts [namespace exists bar]
    puts [namespace exists baz]
}
namespace eval x {
    puts [namespace exists bar]
    puts [namespace exists ::bar]
    puts [namespace exists ::foo::bar]
}
puts [lsort [namespace children ::foo]]
