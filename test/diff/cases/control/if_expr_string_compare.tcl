set s abc
if {$s eq "abc"} { puts eq }
if {$s ne "abd"} { puts ne }
if {$s < "abd"} { puts lt }
if {"10" == "10.0"} { puts numeq }
