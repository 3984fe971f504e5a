proc myproc {} {}
puts [info commands myproc]
puts [info commands set]
puts "<[info commands nosuchcmd]>"
puts [llength [info commands puts]]
