set a(x) X
set b(X) final
puts $b($a(x))
set idx x
puts $b($a($idx))
