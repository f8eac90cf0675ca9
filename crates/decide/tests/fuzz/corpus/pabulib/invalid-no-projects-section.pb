META
key;value
budget;10
