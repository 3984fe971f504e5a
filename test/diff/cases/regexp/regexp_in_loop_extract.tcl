set log "id=1 name=a; id=2 name=b; id=3 name=c"
foreach {- id name} [regexp -all -inline {id=(\d+) name=(\w+)} $log] {
    puts "$id:$name"
}
