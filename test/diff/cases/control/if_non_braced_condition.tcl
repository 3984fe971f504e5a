set x 5
if $x>3 { puts gt }
if "$x == 5" { puts eq }
