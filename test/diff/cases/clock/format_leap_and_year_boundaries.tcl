foreach t {951782400 978307199 978307200 4102444800} {
    puts [clock format $t -gmt 1 -format {%Y-%m-%d %j %a}]
}
