set x 3
if {$x == 3} then { puts three } else { puts other }
if {$x != 3} then { puts no } elseif {$x > 1} then { puts yes }
