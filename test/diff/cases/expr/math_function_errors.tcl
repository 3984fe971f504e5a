# Math functions: argument counts, unknown functions, conversions and domain errors.
foreach e {
  {sin()} {sin(1,2)} {atan2(1)} {rand(1)} {min()} {max()} {foo(1)} {true(1)}
  {abs("x")} {abs("")} {int("abc")} {double("x")} {sqrt(-1)} {log(-1)} {asin(2)} {fmod(1,0)}
  {isqrt(-4)} {int(Inf)} {round(Inf)} {entier(NaN)} {bool("maybe")} {srand(1.5)} {srand("x")}
  {max("a", 1)} {min(1, NaN)} {pow(-8, 1.0/3)} {log(0)} {exp(1000)} {+sqrt(-1)}
} {
  set r [catch {expr $e} m]
  puts "$r: $m"
}
