foreach script {
    {try}
    {try {a} on}
    {try {a} on error}
    {try {a} on error {}}
    {try {a} on foo {} {}}
    {try {a} on err {} {}}
    {try {a} trap}
    {try {a} trap {A} {}}
    {try {a} finally}
    {try {a} finally {} x}
    {try {a} finally {} on error {} {}}
    {try {a} bogus {} {}}
    {try {a} on error {} -}
    {try {a} on error {} - finally {}}
    {try {set x 1} trap "\{" {} {}}
    {try {set x 1} on error "\{" {}}
} {
    puts "[catch $script m]: $m"
}
