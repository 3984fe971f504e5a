puts ok
string length
