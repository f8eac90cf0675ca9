budget;10
META
key;value
budget;10
