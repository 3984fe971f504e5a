# glibc rounds the exact binary value half-to-even: ties only exist for dyadic fractions.
foreach v {0.5 1.5 2.5 3.5 -0.5 -2.5 0.125 0.375 2.675 1.005 0.045 1e22 1e23 5e-324} {
    puts "$v: [format {%.0f %.2f %.1e %.0e %.3g %.17g} $v $v $v $v $v $v]"
}
puts [format %.0e 25]
puts [format %.0e 35]
puts [format %.1f 0.25]
puts [format %.1f 0.35]
puts [format %.30f 0.1]
puts [format %.20e 1e300]
