puts first
break
