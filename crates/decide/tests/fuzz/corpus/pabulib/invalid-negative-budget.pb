META
key;value
budget;-1
PROJECTS
project_id;cost
1;5
