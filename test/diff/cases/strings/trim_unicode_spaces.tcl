puts <[string trim "\u00a0\u3000 a \u2028\ufeff"]>
puts <[string trim "\0a\0"]>
puts <[string trim "\x1ca\x1c"]>
puts <[string trimleft "\u200ba"]>
puts <[string trimright "a\u00a0\u0085"]>
puts <[string trim xxaxx ""]>
puts <[string trim abcba ab]>
puts <[string trim "ééaé" é]>
