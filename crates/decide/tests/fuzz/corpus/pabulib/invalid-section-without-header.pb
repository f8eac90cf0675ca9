META
key;value
budget;10
PROJECTS
